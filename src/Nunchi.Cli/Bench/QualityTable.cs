using System.Globalization;
using Nunchi.Core.Evaluation;

namespace Nunchi.Cli.Bench;

/// <summary>Prints quality reports as plain-text tables: one row per run, then per kind over all runs.</summary>
internal static class QualityTable
{
    public static void Write(TextWriter output, IReadOnlyList<(string Label, QualityReport Report, long Points)> runs, bool verbose)
    {
        output.WriteLine(Row("run", "events", "found", "recall", "precision", "F1", "FP", "FP/10k", "planned", "learning"));
        var kinds = new Dictionary<string, KindScore>(StringComparer.Ordinal);
        var order = new List<string>();
        int events = 0, found = 0, truePositives = 0, falsePositives = 0, plannedOnce = 0, planned = 0, learning = 0;
        long normal = 0;
        foreach (var (label, report, _) in runs)
        {
            output.WriteLine(Row(
                label,
                Number(report.Events),
                Number(report.Found),
                Ratio(report.Recall),
                Ratio(report.Precision),
                Ratio(report.F1),
                Number(report.FalseAlarms.Count),
                report.FalsePositivesPer10K.ToString("F2", CultureInfo.InvariantCulture),
                $"{report.PlannedChangesOnce}/{report.PlannedChanges}",
                Number(report.LearningFindings)));
            events += report.Events;
            found += report.Found;
            truePositives += report.TruePositives;
            falsePositives += report.FalseAlarms.Count;
            plannedOnce += report.PlannedChangesOnce;
            planned += report.PlannedChanges;
            learning += report.LearningFindings;
            normal += report.NormalPoints;
            foreach (var kind in report.Kinds)
            {
                if (!kinds.TryGetValue(kind.Kind, out var sum))
                {
                    order.Add(kind.Kind);
                    sum = new KindScore(kind.Kind, 0, 0, 0, 0);
                }

                kinds[kind.Kind] = new KindScore(
                    kind.Kind,
                    sum.Events + kind.Events,
                    sum.Found + kind.Found,
                    sum.TruePositives + kind.TruePositives,
                    sum.FalsePositives + kind.FalsePositives);
            }
        }

        var recall = events == 0 ? 1 : (double)found / events;
        var precision = truePositives + falsePositives == 0 ? 1 : (double)truePositives / (truePositives + falsePositives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine(Row(
            "all",
            Number(events),
            Number(found),
            Ratio(recall),
            Ratio(precision),
            Ratio(f1),
            Number(falsePositives),
            (normal == 0 ? 0 : falsePositives * 10_000.0 / normal).ToString("F2", CultureInfo.InvariantCulture),
            $"{plannedOnce}/{planned}",
            Number(learning)));
        output.WriteLine();
        output.WriteLine(KindRow("kind", "events", "found", "recall", "TP", "FP", "precision", "F1"));
        foreach (var name in order)
        {
            var kind = kinds[name];
            output.WriteLine(KindRow(
                kind.Kind,
                Number(kind.Events),
                Number(kind.Found),
                Ratio(kind.Recall),
                Number(kind.TruePositives),
                Number(kind.FalsePositives),
                Ratio(kind.Precision),
                Ratio(kind.F1)));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{normal:N0} normal points scored; event F1 {f1:F3}; {falsePositives * 10_000.0 / Math.Max(1, normal):F2} false positives per 10,000 normal points"));
        if (verbose)
        {
            WriteDetails(output, runs);
        }
    }

    private static void WriteDetails(TextWriter output, IReadOnlyList<(string Label, QualityReport Report, long Points)> runs)
    {
        foreach (var (label, report, _) in runs)
        {
            foreach (var alarm in report.FalseAlarms)
            {
                var finding = alarm.Finding;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"false alarm  {label}  {alarm.Series}  {finding.Kind}  {Time(finding.StartMs)} .. {Time(finding.EndMs)}  severity {finding.Severity:F2}  {finding.Facts.Points} points"));
            }

            foreach (var miss in report.Missed)
            {
                var window = miss.Window;
                var note = window.ExpectOneFinding ? $"  ({miss.Findings} findings, expected 1)" : string.Empty;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"missed       {label}  {miss.Series}  {window.Kind}  {Time(window.StartMs)} .. {Time(window.EndMs)}{note}"));
            }
        }
    }

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Row(string run, string events, string found, string recall, string precision, string f1, string fp, string per10k, string planned, string learning) =>
        $"{run,-22} {events,7} {found,6} {recall,7} {precision,10} {f1,6} {fp,5} {per10k,7} {planned,8} {learning,9}";

    private static string KindRow(string kind, string events, string found, string recall, string tp, string fp, string precision, string f1) =>
        $"{kind,-18} {events,7} {found,6} {recall,7} {tp,5} {fp,5} {precision,10} {f1,6}";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
