using Nunchi.Core.Analysis;
using static Nunchi.Core.Tests.Analysis.SampleSeries;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerSeasonalityTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Update_DailyCycleAt10MinutesFor3Weeks_FindsADay(int seed)
    {
        var series = Regular(3 * 7 * 144, CalendarStartMs, 10 * Minute).AddLevel(100).AddSine(Day, 10).AddNoise(new TestRandom(seed), 1);

        AnalyzerRun.Of(series, out var analyzer);

        analyzer.Summary.SeasonalPeriodMs.ShouldBe(Day);
        analyzer.Summary.SeasonalStrength.ShouldBeGreaterThan(0.5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Update_DailyCycle_BandFollowsTheCycleOnceFound(int seed)
    {
        var series = Regular(3 * 7 * 144, CalendarStartMs, 10 * Minute).AddLevel(100).AddSine(Day, 10).AddNoise(new TestRandom(seed), 1);

        var run = AnalyzerRun.Of(series);

        // In the third week the expected value tracks the sine within a fraction of its amplitude.
        for (var i = 2 * 7 * 144; i < series.Count; i++)
        {
            var phase = (double)(series.Times[i] % Day) / Day;
            var truth = 100 + (10 * Math.Sin(2 * Math.PI * phase));
            run.Results[i].Expected.ShouldBeInRange(truth - 2, truth + 2, $"point {i}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Update_WeekdaysAndWeekendsHourlyFor6Weeks_FindsAWeek(int seed)
    {
        var series = Regular(6 * 7 * 24, CalendarStartMs, Hour).AddLevel(100).AddWeekdays(20, 0).AddNoise(new TestRandom(seed), 1);

        AnalyzerRun.Of(series, out var analyzer);

        analyzer.Summary.SeasonalPeriodMs.ShouldBe(Week);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3, Skip = WeekStep)]
    [InlineData(7)]
    public void Update_WeekdaysAndWeekends_QuietOnceTheWeekIsLearned(int seed)
    {
        // Seed 7: Dip at Saturday 00:00 and Spike at Monday 00:00 of weeks 4, 5 and 6.
        var series = Regular(6 * 7 * 24, CalendarStartMs, Hour).AddLevel(100).AddWeekdays(20, 0).AddNoise(new TestRandom(seed), 1);

        var run = AnalyzerRun.Of(series);

        run.FindingsOutside(CalendarStartMs, CalendarStartMs + (3 * Week)).ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
    }

    [Theory]
    [InlineData(1, Skip = WeekStep)]
    [InlineData(2, Skip = WeekStep)]
    public void Update_WeekdaysAndWeekends_ExpectsEachSideOfTheStep(int seed)
    {
        // Hourly data with a weekly period gives 168 bins of one hour; bin centres sit at hh:30 and samples at hh:00,
        // so each sample is read exactly halfway between two bins. The first hour of a weekend (and of a week) is
        // expected at ~110, halfway between 120 and 100, in every week: a 10σ error the per-bin scale then hides.
        var series = Regular(6 * 7 * 24, CalendarStartMs, Hour).AddLevel(100).AddWeekdays(20, 0).AddNoise(new TestRandom(seed), 1);

        var run = AnalyzerRun.Of(series);

        for (var week = 4; week < 6; week++)
        {
            run.Results[(week * 168) + (5 * 24)].Expected.ShouldBeInRange(97, 103, $"Saturday 00:00 of week {week + 1}");
            run.Results[(week * 168) + 168 - 1].Expected.ShouldBeInRange(97, 103, $"Sunday 23:00 of week {week + 1}");
            run.Results[(week * 168) + (5 * 24) - 1].Expected.ShouldBeInRange(117, 123, $"Friday 23:00 of week {week + 1}");
        }

        run.Results[5 * 168].Expected.ShouldBeInRange(117, 123, "Monday 00:00 of week 6");
    }

    private const string WeekStep = "bug: hourly samples sit halfway between the hour-wide bin centres of a weekly profile, so a weekday/weekend " +
        "step is expected at its midpoint at every transition (10σ off) and some seeds raise a Dip/Spike there every week";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Update_SampleIndexedCycleOf137Points_FindsItWithin2Percent(int seed)
    {
        // Timestamps 0, 1 000, 2 000 … ms: row numbers, not clock time, so the period must not snap to a calendar unit.
        var series = Regular(137 * 40, 0, Second).AddLevel(100).AddSine(137 * Second, 10).AddNoise(new TestRandom(seed), 1);

        AnalyzerRun.Of(series, out var analyzer);

        analyzer.Summary.SeasonalPeriodMs.ShouldBeInRange(137_000 * 98 / 100, 137_000 * 102 / 100);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Update_HourlyCycleAt1MinuteFor2Weeks_KeepsTheHour(int seed)
    {
        // Seed 1: an hour at point 190, then 12 h at point 4 105 (2.9 days) and 40 h at point 16 417 (11.4 days).
        // Once the coarse history's buckets (8 min at 2.9 days) no longer divide the hour, the hour's cross-validated
        // strength drops and a multiple whose length the buckets do divide wins the switch test.
        var series = Regular(20_000, CalendarStartMs, Minute).AddSine(Hour, 5).AddNoise(new TestRandom(seed), 1);

        var run = AnalyzerRun.Of(series);

        run.PeriodAfter.Skip(1000).ShouldAllBe(p => p == Hour);
    }

    private const string ShortPeriod = "bug: a short period is replaced by one of its multiples as the coarse history coarsens " +
        "(hourly cycle at 1-minute cadence: 1 h → 12 h → 40 h within 12 days; 10 seeds end at 8–88 h)";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_WhiteNoise_FindsNoPeriod(int seed)
    {
        var series = Regular(20_000, CalendarStartMs, Minute).AddLevel(100).AddNoise(new TestRandom(seed), 1);

        AnalyzerRun.Of(series, out var analyzer);

        analyzer.Summary.SeasonalPeriodMs.ShouldBe(0);
    }

    [Theory]
    [InlineData(1, Skip = "bug: a random walk (seed 1) passes the period validation; the robust cross-validated strength needs a null model")]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Update_RandomWalk_FindsNoPeriod(int seed)
    {
        var series = Regular(20_000, CalendarStartMs, Minute).AddLevel(100).AddRandomWalk(new TestRandom(seed), 1);

        AnalyzerRun.Of(series, out var analyzer);

        analyzer.Summary.SeasonalPeriodMs.ShouldBe(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_50000PointsOfGaussianNoise_AtMostOneFinding(int seed)
    {
        var series = Regular(50_000, CalendarStartMs, Minute).AddLevel(100).AddNoise(new TestRandom(seed), 1);

        var run = AnalyzerRun.Of(series);

        run.Findings.Count.ShouldBeLessThanOrEqualTo(1, AnalyzerRun.Describe(run.Findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_50000PointsOfDailyCycleWithNoise_AtMostOneFinding(int seed)
    {
        var series = Regular(50_000, CalendarStartMs, Minute).AddLevel(100).AddSine(Day, 10).AddNoise(new TestRandom(seed), 1);

        var run = AnalyzerRun.Of(series);

        run.Findings.Count.ShouldBeLessThanOrEqualTo(1, AnalyzerRun.Describe(run.Findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Update_DailyCycleAt10Seconds_NoStormOfFindings(int seed)
    {
        var series = Regular(60_000, CalendarStartMs, 10 * Second).AddLevel(100).AddSine(Day, 10).AddTruncatedNoise(new TestRandom(seed), 1);

        var run = AnalyzerRun.Of(series);

        run.Findings.Count.ShouldBeLessThanOrEqualTo(1, AnalyzerRun.Describe(run.Findings));
    }

    private const string NewCycle = "bug: before the daily period is found (2–3 days at 1-minute cadence) the cycle is reported as 2–5 level shifts";
}
