using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// The factory scenario (27 series, seed 1) over 21 days at one-minute cadence, one analyzer per series, run once for
/// the scenario tests: the first 14 days are anomaly-free by construction, the last 7 hold the labelled events.
/// </summary>
public sealed class FactoryRun
{
    public FactoryRun()
    {
        Scenario = ScenarioRegistry.Create("factory", new ScenarioOptions
        {
            FromMs = SampleSeries.CalendarStartMs,
            ToMs = SampleSeries.CalendarStartMs + (21 * SampleSeries.Day),
            StepMs = SampleSeries.Minute,
            Seed = 1,
        });
        var index = Scenario.Series.ToDictionary(s => s.Key, s => s.Index);
        var analyzers = Scenario.Series.Select(_ => new SeriesAnalyzer()).ToArray();
        var findings = new List<(SeriesInfo Series, Finding Finding)>();
        foreach (var point in Scenario.Points())
        {
            var s = index[point.Series];
            analyzers[s].Update(point.TimestampMs, point.Value);
            while (analyzers[s].TryTakeEvent(out var finding))
            {
                if (!finding.IsOpen)
                {
                    findings.Add((Scenario.Series[s], finding));
                }
            }
        }

        Findings = findings;
    }

    public IScenario Scenario { get; }

    /// <summary>Every closed finding with the series it belongs to.</summary>
    public IReadOnlyList<(SeriesInfo Series, Finding Finding)> Findings { get; }
}
