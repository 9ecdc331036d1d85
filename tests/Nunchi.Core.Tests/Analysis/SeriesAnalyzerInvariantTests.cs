using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerInvariantTests
{
    private const PointStatus Unbanded = PointStatus.Warmup | PointStatus.NonFinite | PointStatus.TooLate;

    [Fact]
    public void Update_HostileStreams_KeepsScoresAndBandsValid()
    {
        // "Huge" segments stay at 1e30 here: beyond single precision (3.4e38) the seasonal profile overflows, see
        // Update_SeasonalSeriesJumpsTo1e300_KeepsWorking.
        var cases =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from length in Gen.Choose(1, 4000)
            select (Seed: seed, Length: length);

        Prop.ForAll(cases.ToArbitrary(), c => AssertValid(HostileStreams.Create(c.Seed, c.Length, 1e30), $"hostile seed {c.Seed} length {c.Length}"))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Update_VariedStreams_KeepsScoresAndBandsValid()
    {
        var cases =
            from shape in Gen.Choose(0, RandomStreams.ShapeCount - 1)
            from seed in Gen.Choose(1, 1_000_000)
            from length in Gen.Choose(1, 12_000)
            from disorder in Gen.Elements(false, true)
            select (Shape: shape, Seed: seed, Length: length, Disorder: disorder);

        Prop.ForAll(cases.ToArbitrary(), c => AssertValid(RandomStreams.Create(c.Shape, c.Seed, c.Length, c.Disorder), $"shape {c.Shape} seed {c.Seed} length {c.Length} disorder {c.Disorder}"))
            .QuickCheckThrowOnFailure();
    }

    public static TheoryData<string> Cases() => new(
        "constant", "alternating", "huge", "tiny", "non-finite", "backwards", "duplicates", "gap of years", "negative time",
        "1 ms cadence", "1 day cadence", "steps of 1e300");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Update_PathologicalInput_KeepsScoresAndBandsValid(string name)
    {
        var series = Pathological(name);

        AssertValid(series, name);
    }

    [Fact]
    public void Update_ConstantSeries_RaisesNothing()
    {
        // 3 000 points of 42.5 every 10 s: the stuck detector's P(repeat) starts at 0.5 and learns at 1/256 per point,
        // and no run has ever ended to set the "longest normal run", so the very first run is judged impossible.
        var run = AnalyzerRun.Of(Pathological("constant"));

        run.Findings.ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
        run.Results.ShouldAllBe(r => r.Score == 0);
    }

    [Fact]
    public void Update_ConstantSeries_ExpectsTheConstantWithANarrowBand()
    {
        var run = AnalyzerRun.Of(Pathological("constant"));

        run.Results[^1].Expected.ShouldBe(42.5);
        (run.Results[^1].Upper - run.Results[^1].Lower).ShouldBeLessThan(1e-6);
    }

    [Fact]
    public void Update_SeasonalSeriesJumpsTo1e300_KeepsWorking()
    {
        // A daily cycle at 10-minute cadence (period found after ~3 days), then from point 4 000 the values are
        // 1e300 + 1e298 × the old values: 26 points later the adopted shift is added to float bins and Update throws.
        var series = SampleSeries.Regular(6000, SampleSeries.CalendarStartMs, 10 * SampleSeries.Minute).AddSine(SampleSeries.Day, 10).AddNoise(new TestRandom(1), 1);
        for (var i = 4000; i < series.Count; i++)
        {
            series.SetAt(i, 1e300 + (1e298 * series.Values[i]));
        }

        AssertValid(series, "seasonal then 1e300");
    }

    [Fact]
    public void Update_NonFiniteValue_IsReportedAndNotLearned()
    {
        var analyzer = new SeriesAnalyzer();
        var series = SampleSeries.Regular(500, SampleSeries.CalendarStartMs, SampleSeries.Second).AddLevel(7).AddNoise(new TestRandom(2), 0.1);
        new AnalyzerRun().Feed(analyzer, series, 0, series.Count);
        var before = analyzer.SaveState();

        var nan = analyzer.Update(series.Times[^1] + 1000, double.NaN);
        var inf = analyzer.Update(series.Times[^1] + 2000, double.PositiveInfinity);

        nan.Status.ShouldBe(PointStatus.NonFinite);
        inf.Status.ShouldBe(PointStatus.NonFinite);
        nan.Score.ShouldBe(0);
        analyzer.SaveState().ShouldBe(before);
    }

    [Fact]
    public void Update_LateAndDuplicatePoints_AreScoredButNotLearned()
    {
        var analyzer = new SeriesAnalyzer();
        var series = SampleSeries.Regular(500, SampleSeries.CalendarStartMs, SampleSeries.Second).AddLevel(7).AddNoise(new TestRandom(2), 0.1);
        new AnalyzerRun().Feed(analyzer, series, 0, series.Count);
        var before = analyzer.SaveState();

        var duplicate = analyzer.Update(series.Times[^1], 7.05);
        var late = analyzer.Update(series.Times[^1] - 3000, 6.95);
        var tooLate = analyzer.Update(series.Times[^1] - 60_000, 7);

        duplicate.Status.ShouldBe(PointStatus.Duplicate);
        late.Status.ShouldBe(PointStatus.Late);
        tooLate.Status.ShouldBe(PointStatus.TooLate);
        double.IsFinite(duplicate.Expected).ShouldBeTrue();
        double.IsFinite(late.Expected).ShouldBeTrue();
        analyzer.SaveState().ShouldBe(before);
    }

    private static SampleSeries Pathological(string name)
    {
        var random = new TestRandom(name.Length);
        const int n = 3000;
        var start = SampleSeries.CalendarStartMs;
        switch (name)
        {
            case "constant":
                return SampleSeries.Regular(n, start, 10_000).AddLevel(42.5);
            case "alternating":
                return SampleSeries.From(SampleSeries.Regular(n, start, 10_000).Times, [.. Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 1.0 : -1.0)]);
            case "huge":
                return SampleSeries.Regular(n, start, 10_000).AddLevel(1e300).AddNoise(random, 1e299);
            case "tiny":
                return SampleSeries.Regular(n, start, 10_000).AddNoise(random, 1e-300);
            case "non-finite":
            {
                var series = SampleSeries.Regular(n, start, 10_000).AddNoise(random, 1);
                for (var i = 0; i < n; i += 7)
                {
                    series.SetAt(i, (i / 7 % 3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity });
                }

                return series;
            }

            case "backwards":
            {
                var times = SampleSeries.Regular(n, start, 10_000).Times;
                for (var i = 0; i < n; i += 13)
                {
                    times[i] -= random.NextInt(1, 40) * 10_000L;
                }

                return SampleSeries.From(times, SampleSeries.Regular(n, start, 10_000).AddLevel(3).AddNoise(random, 1).Values);
            }

            case "duplicates":
                return SampleSeries.From([.. Enumerable.Range(0, n).Select(i => start + (i / 3 * 10_000L))], SampleSeries.Regular(n, start, 1).AddNoise(random, 1).Values);
            case "gap of years":
            {
                var times = SampleSeries.Regular(n, start, 10_000).Times;
                for (var i = n / 2; i < n; i++)
                {
                    times[i] += 3 * 365L * 86_400_000;
                }

                return SampleSeries.From(times, SampleSeries.Regular(n, start, 1).AddLevel(20).AddNoise(random, 1).Values);
            }

            case "negative time":
                return SampleSeries.Regular(n, -1_000_000_000_000, 60_000).AddSine(SampleSeries.Hour, 3).AddNoise(random, 0.5);
            case "1 ms cadence":
                return SampleSeries.Regular(n * 4, start, 1).AddSine(50, 2).AddNoise(random, 0.2);
            case "1 day cadence":
                return SampleSeries.Regular(n, start, SampleSeries.Day).AddWeekdays(10, 2).AddNoise(random, 0.5);
            default:
                return SampleSeries.From(SampleSeries.Regular(n, start, 10_000).Times, [.. Enumerable.Range(0, n).Select(i => i % 500 < 250 ? -1e300 : 1e300)]);
        }
    }

    private static void AssertValid(SampleSeries series, string context)
    {
        var analyzer = new SeriesAnalyzer();
        var ids = new HashSet<long>();
        for (var i = 0; i < series.Count; i++)
        {
            var r = analyzer.Update(series.Times[i], series.Values[i]);
            var at = $"{context}: point {i} ({series.Times[i]}, {series.Values[i]}) → {r}";
            (double.IsFinite(r.Score) && r.Score >= 0 && r.Score <= 1).ShouldBeTrue(at);
            if ((r.Status & PointStatus.Warmup) != 0)
            {
                r.Score.ShouldBe(0, at);
            }

            if ((r.Status & Unbanded) == 0)
            {
                (double.IsFinite(r.Expected) && double.IsFinite(r.Lower) && double.IsFinite(r.Upper)).ShouldBeTrue(at);
                (r.Lower <= r.Expected && r.Expected <= r.Upper).ShouldBeTrue(at);
            }

            while (analyzer.TryTakeEvent(out var finding))
            {
                AssertValid(finding, $"{at}: {ExactText.Of(finding)}");
                if (finding.IsOpen || finding.Kind == FindingKind.Missing)
                {
                    ids.Add(finding.Id).ShouldBeTrue($"{at}: finding id {finding.Id} opened twice");
                }
            }

            r.HasFindingEvents.ShouldBe((r.Status & PointStatus.FindingEvent) != 0);
        }

        var summary = analyzer.Summary;
        (double.IsFinite(summary.NoiseScale) && summary.NoiseScale >= 0).ShouldBeTrue($"{context}: {summary}");
        (summary.SeasonalStrength >= 0 && summary.SeasonalStrength <= 1).ShouldBeTrue($"{context}: {summary}");
    }

    private static void AssertValid(Finding finding, string at)
    {
        (double.IsFinite(finding.Severity) && finding.Severity >= 0 && finding.Severity <= 1).ShouldBeTrue(at);
        (finding.StartMs <= finding.EndMs).ShouldBeTrue(at);
        (finding.StartMs <= finding.PeakMs && finding.PeakMs <= finding.EndMs).ShouldBeTrue(at);
        finding.Facts.Points.ShouldBeGreaterThanOrEqualTo(0, at);
    }
}
