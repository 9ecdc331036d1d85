using System.Globalization;
using Nunchi.Core.Findings;
using Nunchi.Core.Language;
using Nunchi.Core.Series;

namespace Nunchi.Cli.Detect;

/// <summary>Prints a <see cref="DetectReport"/> for people: a short header, then per series a table of findings with narratives.</summary>
/// <example>
/// <code>
/// data.csv: 12,345 rows, 2024-01-01 00:00:00 → 2024-01-15 06:30:00 (times in UTC)
///
/// value: 12,345 values, every 10 seconds, daily season, gauge; 1 finding at severity ≥ 0.50
///   kind    start                 end                   duration    severity
///   spike   2024-01-05 10:00:00   2024-01-05 10:00:00   one point       0.97
///     value spiked to 75.2 at Jan 5, 10:00. …
/// </code>
/// </example>
internal static class TextReport
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";
    private const string Gap = "   ";

    public static void Write(TextWriter output, DetectReport report, TimeZoneInfo zone, NarrativeLanguage language, AnsiStyle style)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(style);
        var words = ReportWords.For(language);
        var rowIndexed = report.TimeColumn is null;
        string Time(long unixMs) => rowIndexed ? words.RowAt(unixMs) : Local(unixMs, zone);

        var range = report.Rows == 0 ? string.Empty : $", {Time(report.FirstMs)} → {Time(report.LastMs)}";
        var timesIn = rowIndexed ? words.RowIndexTime : words.TimesIn(zone);
        output.WriteLine(style.Bold(report.FileName) + $": {words.Rows(report.Rows)}{range} ({timesIn})");
        foreach (var series in report.Series)
        {
            output.WriteLine();
            WriteSeries(output, series, report.MinSeverity, zone, words, style, Time);
        }
    }

    private static void WriteSeries(TextWriter output, SeriesReport series, double minSeverity, TimeZoneInfo zone, ReportWords words, AnsiStyle style, Func<long, string> time)
    {
        var summary = series.Summary;
        output.WriteLine(
            style.Bold(series.Name)
            + $": {words.Values(series.Points)}, {words.Cadence(summary.CadenceMs)}, {words.Season(summary.SeasonalPeriodMs, summary.CadenceMs)}, {words.Mode(summary.Mode)}; {words.Findings(series.Findings.Count, minSeverity)}");
        if (series.Findings.Count == 0)
        {
            return;
        }

        // 1. The cells, as plain text, to measure the columns.
        var label = new SeriesLabel(series.Name);
        var rows = new string[series.Findings.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            var finding = series.Findings[i];
            rows[i] =
            [
                FindingNarrative.KindName(finding.Kind, words.Language),
                time(finding.StartMs),
                finding.IsOpen ? $"{time(finding.EndMs)} {words.Ongoing}" : time(finding.EndMs),
                finding.DurationMs > 0 ? DurationText.Format(finding.DurationMs, words.Language) : words.SinglePoint,
                finding.Severity.ToString("0.00", CultureInfo.InvariantCulture),
            ];
        }

        string[] headings = [words.KindHeading, words.StartHeading, words.EndHeading, words.DurationHeading, words.SeverityHeading];
        var widths = new int[headings.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = TextWidth.Of(headings[c]);
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], TextWidth.Of(row[c]));
            }
        }

        // 2. The table: headings, then each finding and its narrative.
        output.WriteLine(style.Dim("  " + Line(headings, widths)));
        for (var i = 0; i < rows.Length; i++)
        {
            var finding = series.Findings[i];
            var cells = rows[i];
            var kind = style.Severity(finding.Severity, TextWidth.PadRight(cells[0], widths[0]));
            var middle = TextWidth.PadRight(cells[1], widths[1]) + Gap + TextWidth.PadRight(cells[2], widths[2]) + Gap + TextWidth.PadRight(cells[3], widths[3]);
            var severity = style.Severity(finding.Severity, cells[4].PadLeft(widths[4]));
            output.WriteLine("  " + kind + Gap + middle + Gap + severity);
            output.WriteLine("    " + FindingNarrative.Render(finding, label, words.Language, zone));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = string.Empty;
        for (var c = 0; c < cells.Length; c++)
        {
            line += c == 0 ? string.Empty : Gap;
            line += c == cells.Length - 1 ? cells[c] : TextWidth.PadRight(cells[c], widths[c]);
        }

        return line;
    }

    private static string Local(long unixMs, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), zone).ToString(TimeFormat, CultureInfo.InvariantCulture);
}
