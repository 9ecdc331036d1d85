using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerScenarioTests : IClassFixture<FactoryRun>
{
    private readonly FactoryRun _run;

    public SeriesAnalyzerScenarioTests(FactoryRun run)
    {
        _run = run;
    }

    [Theory]
    [InlineData(ScenarioLabelKind.Spike)]
    [InlineData(ScenarioLabelKind.Dip, Skip = "known miss: at 1-minute cadence (seed 1) the oven dip is 1 point and lands in the timing tolerance of a shift change; see the quality bench")]
    [InlineData(ScenarioLabelKind.Variance, Skip = "known miss: the vibration noise doubling (seed 1, 1-minute cadence) is absorbed by the per-phase noise scales before the variance detector alarms")]
    [InlineData(ScenarioLabelKind.Stuck)]
    [InlineData(ScenarioLabelKind.Gap)]
    [InlineData(ScenarioLabelKind.Drift, Skip = "known miss: the oven's 0.5 °C/h creep (seed 1, 1-minute cadence) is followed by the level; the drift detector's spread is widened by the daily ramps")]
    [InlineData(ScenarioLabelKind.SeasonalityBreak)]
    [InlineData(ScenarioLabelKind.ProductChange, Skip = "known miss: at 1-minute cadence (seed 1) the pressure step is matched to the earlier regime and held silent")]
    [InlineData(ScenarioLabelKind.LevelShift)]
    public void Update_FactoryScenario_FindsEachLabelledEvent(ScenarioLabelKind kind)
    {
        var labels = _run.Scenario.Labels.Where(l => l.Kind == kind).ToList();
        labels.ShouldNotBeEmpty();

        foreach (var label in labels)
        {
            _run.Findings.ShouldContain(
                f => label.Covers(f.Series) && f.Finding.StartMs <= label.EndMs + SampleSeries.Hour && f.Finding.EndMs >= label.StartMs,
                $"{label.Kind} on {label.Group}.{label.Field} from {label.StartMs}");
        }
    }

    [Fact(Skip = "bug: 418 findings (ShapeAnomaly 40 %, LevelShift, VarianceChange, SeasonalityBreak…) over days 3–14, where the scenario injects nothing")]
    public void Update_FactoryScenarioLearningPeriod_StaysQuietOnceTheDayIsLearned()
    {
        // Days 3–14 of the scenario are anomaly-free by construction: allow one finding per series per week.
        var from = SampleSeries.CalendarStartMs + (3 * SampleSeries.Day);
        var to = SampleSeries.CalendarStartMs + (14 * SampleSeries.Day);

        var quietPeriodFindings = _run.Findings.Count(f => f.Finding.StartMs >= from && f.Finding.StartMs < to);

        quietPeriodFindings.ShouldBeLessThanOrEqualTo(_run.Scenario.Series.Count * 11 / 7);
    }
}
