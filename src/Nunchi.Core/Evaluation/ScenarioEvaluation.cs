using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Evaluation;

/// <summary>Runs one analyzer per series over a generated scenario and collects what they found against its labels.</summary>
public static class ScenarioEvaluation
{
    /// <summary>Streams <paramref name="scenario"/> through fresh analyzers; findings in its learning period are not scored.</summary>
    public static IReadOnlyList<SeriesOutcome> Run(IScenario scenario, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var series = scenario.Series;
        var windows = WindowsBySeries(scenario);
        var analyzers = new SeriesAnalyzer[series.Count];
        var findings = new List<Finding>[series.Count];
        var normal = new long[series.Count];
        for (var i = 0; i < series.Count; i++)
        {
            analyzers[i] = new SeriesAnalyzer(options);
            findings[i] = [];
        }

        var range = scenario.Options.ToMs - scenario.Options.FromMs;
        var scoreFrom = range > ScenarioOptions.LearningPeriodMs
            ? scenario.Options.FromMs + ScenarioOptions.LearningPeriodMs
            : scenario.Options.FromMs;
        var reader = scenario.CreateReader();
        while (reader.Read())
        {
            var timestamp = reader.TimestampMs;
            for (var r = 0; r < reader.RowCount; r++)
            {
                var row = reader.GetRow(r);
                var first = row.Group.FirstSeries;
                for (var f = 0; f < row.Values.Length; f++)
                {
                    var index = first + f;
                    var analyzer = analyzers[index];
                    analyzer.Update(timestamp, row.Values[f]);
                    while (analyzer.TryTakeEvent(out var finding))
                    {
                        if (!finding.IsOpen)
                        {
                            findings[index].Add(finding);
                        }
                    }

                    if (timestamp >= scoreFrom && !Covered(windows[index], timestamp))
                    {
                        normal[index]++;
                    }
                }
            }
        }

        var outcomes = new SeriesOutcome[series.Count];
        for (var i = 0; i < series.Count; i++)
        {
            analyzers[i].Complete();
            while (analyzers[i].TryTakeEvent(out var late))
            {
                if (!late.IsOpen)
                {
                    findings[i].Add(late);
                }
            }

            if (analyzers[i].OpenFinding is { } open)
            {
                findings[i].Add(open);
            }

            outcomes[i] = new SeriesOutcome(series[i].Column, windows[i], findings[i], normal[i], scoreFrom);
        }

        return outcomes;
    }

    private static List<EvaluationWindow>[] WindowsBySeries(IScenario scenario)
    {
        var windows = new List<EvaluationWindow>[scenario.Series.Count];
        for (var i = 0; i < windows.Length; i++)
        {
            windows[i] = [];
        }

        for (var id = 0; id < scenario.Labels.Count; id++)
        {
            var label = scenario.Labels[id];
            var window = new EvaluationWindow(id, ScenarioLabelKinds.ToText(label.Kind), label.StartMs, label.EndMs, label.IsNormalEvent);
            foreach (var info in scenario.Series)
            {
                if (label.Covers(info))
                {
                    windows[info.Index].Add(window);
                }
            }
        }

        return windows;
    }

    private static bool Covered(List<EvaluationWindow> windows, long timestamp)
    {
        foreach (var window in windows)
        {
            if (timestamp >= window.StartMs && timestamp <= window.EndMs)
            {
                return true;
            }
        }

        return false;
    }
}
