using Nunchi.Core.Analysis;
using Xunit.Abstractions;
using static Nunchi.Core.Tests.Analysis.SampleSeries;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>The per-series budgets the issue sets: no allocation per point after warm-up, at most 16 KiB of state.</summary>
public sealed class SeriesAnalyzerBudgetTests
{
    private readonly ITestOutputHelper _output;

    public SeriesAnalyzerBudgetTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Update_SteadyStateOnCalendarTime_AllocatesNothing()
    {
        var quiet = QuietAllocation(CalendarStartMs, out var events, out var atEvents, out var seasons);

        _output.WriteLine($"{quiet} bytes at quiet points; {atEvents} bytes at {events} points with finding events or a new season");
        quiet.ShouldBe(0);
        seasons.ShouldBe(0, "the daily season found in warm-up stays");
    }

    [Fact]
    public void Update_SteadyStateOnSampleIndexTime_AllocatesNothing()
    {
        // Timestamps from 1970 skip the calendar snapping, the one part of the period search that allocates.
        var quiet = QuietAllocation(0, out var events, out var atEvents, out var seasons);

        _output.WriteLine($"{quiet} bytes at quiet points; {atEvents} bytes at {events} points with finding events or a new season");
        quiet.ShouldBe(0);
        seasons.ShouldBeLessThanOrEqualTo(2, "a season is adopted rarely, not point by point");
        // 200 000 normal points: the issue allows at most one false positive per 10 000 (each opens and closes).
        events.ShouldBeLessThanOrEqualTo(40, "the input has no anomalies; stray findings are the false-positive rate");
    }

    /// <summary>
    /// Bytes allocated by 200 000 <see cref="SeriesAnalyzer.Update"/> calls on a daily cycle at 10-second cadence after
    /// 100 000 points of warm-up, apart from the points that opened or closed a finding (each event is a new immutable
    /// Finding snapshot, by design) and those where a season was adopted (<paramref name="seasons"/> of them: profiles
    /// are sized to the season found, by design).
    /// </summary>
    private static long QuietAllocation(long startMs, out int events, out long atEvents, out int seasons)
    {
        var series = Regular(300_000, startMs, 10 * Second).AddLevel(100).AddSine(Day, 10).AddTruncatedNoise(new TestRandom(1), 1);

        // A first analyzer runs the whole series once, so that one-time costs of the process (static initialisers,
        // first calls on this thread) are paid before the second, identical run is measured.
        var rehearsal = new SeriesAnalyzer();
        for (var i = 0; i < series.Count; i++)
        {
            rehearsal.Update(series.Times[i], series.Values[i]);
            while (rehearsal.TryTakeEvent(out _))
            {
            }
        }

        var analyzer = new SeriesAnalyzer();
        for (var i = 0; i < 100_000; i++)
        {
            analyzer.Update(series.Times[i], series.Values[i]);
            while (analyzer.TryTakeEvent(out _))
            {
            }
        }

        ((double)analyzer.Summary.SeasonalPeriodMs).ShouldBe(Day, tolerance: 0.01 * Day);
        var times = series.Times;
        var values = series.Values;
        long quiet = 0;
        atEvents = 0;
        events = 0;
        seasons = 0;
        for (var i = 100_000; i < times.Length; i++)
        {
            var season = (analyzer.Summary.SeasonalPeriodMs, analyzer.Summary.OuterPeriodMs);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = analyzer.Update(times[i], values[i]);
            while (analyzer.TryTakeEvent(out _))
            {
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var newSeason = season != (analyzer.Summary.SeasonalPeriodMs, analyzer.Summary.OuterPeriodMs);
            seasons += newSeason ? 1 : 0;
            if (result.HasFindingEvents || newSeason)
            {
                events++;
                atEvents += allocated;
            }
            else
            {
                quiet += allocated;
            }
        }

        return quiet;
    }

    [Fact]
    public void SaveState_After100000PointsOfADailyCycle_FitsIn16KiB()
    {
        var series = Regular(100_000, CalendarStartMs, 10 * Second).AddLevel(100).AddSine(Day, 10).AddNoise(new TestRandom(2), 1);
        var analyzer = new SeriesAnalyzer();
        new AnalyzerRun().Feed(analyzer, series, 0, series.Count);

        var state = analyzer.SaveState();

        _output.WriteLine($"state: {state.Length} bytes, period {analyzer.Summary.SeasonalPeriodMs} ms");
        analyzer.Summary.SeasonalPeriodMs.ShouldBe(Day);
        state.Length.ShouldBeLessThanOrEqualTo(16 * 1024);
    }

    [Fact]
    public void SaveState_After35DaysOfADailyAndWeeklyCycle_FitsIn16KiB()
    {
        var analyzer = LargestAnalyzer();

        var state = analyzer.SaveState();

        _output.WriteLine($"state: {state.Length} bytes, period {analyzer.Summary.SeasonalPeriodMs} ms, outer {analyzer.Summary.OuterPeriodMs} ms");
        analyzer.Summary.OuterPeriodMs.ShouldBe(Week);
        state.Length.ShouldBeLessThanOrEqualTo(16 * 1024);
    }

    [Fact]
    public void Restore_LargestState_HoldsAtMost16KiB()
    {
        // Restoring builds the analyzer's whole object graph and keeps all of it, so what it allocates is what a series
        // holds in memory (the first restore pays the one-time costs of the process).
        var state = LargestAnalyzer().SaveState();
        SeriesAnalyzer.Restore(state);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var restored = SeriesAnalyzer.Restore(state);
        var held = GC.GetAllocatedBytesForCurrentThread() - before;

        _output.WriteLine($"{held} bytes in memory");
        restored.Summary.OuterPeriodMs.ShouldBe(Week);
        held.ShouldBeLessThanOrEqualTo(16 * 1024);
    }

    [Fact]
    public void Constructor_NoSeasonYet_HoldsNoProfiles()
    {
        // Profiles, the stuck detector's bins and the shape detector's buffers come with a season: a series without one
        // (most of them, and every young one) holds the coarse history and the small detectors only.
        GC.KeepAlive(new SeriesAnalyzer());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var analyzer = new SeriesAnalyzer();
        var held = GC.GetAllocatedBytesForCurrentThread() - before;

        _output.WriteLine($"{held} bytes in memory");
        held.ShouldBeLessThanOrEqualTo(8 * 1024);
        GC.KeepAlive(analyzer);
    }

    /// <summary>The largest analyzer there is: a 10-second series with a daily profile at full resolution and a weekly one.</summary>
    private static SeriesAnalyzer LargestAnalyzer()
    {
        var series = Regular(35 * 8640, CalendarStartMs, 10 * Second).AddLevel(100).AddSine(Day, 10).AddWeekdays(5, -5)
            .AddNoise(new TestRandom(3), 1);
        var analyzer = new SeriesAnalyzer();
        new AnalyzerRun().Feed(analyzer, series, 0, series.Count);
        return analyzer;
    }

    [Fact]
    public void SaveState_AnyStream_FitsIn16KiB()
    {
        for (var shape = 0; shape < RandomStreams.ShapeCount; shape++)
        {
            var series = RandomStreams.Create(shape, 100 + shape, 30_000, disorder: true);
            var analyzer = new SeriesAnalyzer();
            new AnalyzerRun().Feed(analyzer, series, 0, series.Count);

            analyzer.SaveState().Length.ShouldBeLessThanOrEqualTo(16 * 1024, $"shape {shape}");
        }
    }
}
