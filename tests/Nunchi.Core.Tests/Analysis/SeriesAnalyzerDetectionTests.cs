using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using static Nunchi.Core.Tests.Analysis.SampleSeries;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// Golden series with one labelled event each, in white noise of σ = 1 around 100 at one-minute cadence (redrawn
/// beyond ±4σ so that the injected event is the only outlier): what is found, of which kind, when, and nothing else.
/// </summary>
public sealed class SeriesAnalyzerDetectionTests
{
    private const string LockUp = "bug: level lock-up in warm-up (see Update_WhiteNoiseAnySeed_LearnsTheLevelAndTheNoise)";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_SpikeOf8Sigma_RaisesExactlyOneSpikeThere(int seed)
    {
        var series = Noise(seed, 20_000).SetAt(12_000, 108);

        var run = AnalyzerRun.Of(series);

        var finding = run.Findings.ShouldHaveSingleItem(AnalyzerRun.Describe(run.Findings));
        finding.Kind.ShouldBe(FindingKind.Spike);
        finding.StartMs.ShouldBeLessThanOrEqualTo(series.Times[12_000]);
        finding.EndMs.ShouldBeGreaterThanOrEqualTo(series.Times[12_000]);
        finding.Facts.Direction.ShouldBe(Direction.Up);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_DipOf8Sigma_RaisesExactlyOneDipThere(int seed)
    {
        var series = Noise(seed, 20_000).SetAt(12_000, 92);

        var run = AnalyzerRun.Of(series);

        var finding = run.Findings.ShouldHaveSingleItem(AnalyzerRun.Describe(run.Findings));
        finding.Kind.ShouldBe(FindingKind.Dip);
        finding.StartMs.ShouldBeLessThanOrEqualTo(series.Times[12_000]);
        finding.EndMs.ShouldBeGreaterThanOrEqualTo(series.Times[12_000]);
        finding.Facts.Direction.ShouldBe(Direction.Down);
    }

    [Theory]
    [InlineData(9, Skip = "bug: the variance detector's echo of the spike keeps the finding open and Reclassify counts the spike's own z in the variance")]
    [InlineData(18)]
    public void Update_SingleSpikeFollowedByNoise_IsNotCalledAVarianceChange(int seed)
    {
        // Seed 9: one point at +8σ opens a Spike; the short variance mean jumps with the spike's square, its surprise
        // (~4) stays above the keep level for ~10 points, and once 4 points are in, the z's [7.5, −1.8, 0.9, 1.1] have a
        // variance ≥ 4, so the spike is relabelled VarianceChange.
        var series = Noise(seed, 14_000).SetAt(12_000, 108);

        var run = AnalyzerRun.Of(series);

        run.FindingsOverlapping(series.Times[12_000], series.Times[12_000]).ShouldAllBe(f => f.Kind == FindingKind.Spike, AnalyzerRun.Describe(run.Findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_LevelShiftOf6Sigma_IsReportedOnceAndAdoptedAtItsSize(int seed)
    {
        var series = Noise(seed, 10_000).AddLevel(6, 8000);

        var run = AnalyzerRun.Of(series);

        run.FindingsOutside(series.Times[8000], long.MaxValue).ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
        var shift = run.Findings.First(f => f.EndMs >= series.Times[8000]);
        shift.Kind.ShouldBe(FindingKind.LevelShift, AnalyzerRun.Describe(run.Findings));
        shift.Facts.BecameNormal.ShouldBeTrue();
        shift.Facts.ShiftSize!.Value.ShouldBeInRange(6 * 0.75, 6 * 1.25);
        shift.StartMs.ShouldBeInRange(series.Times[7990], series.Times[8010]);
        shift.EndMs.ShouldBeLessThan(series.Times[8100], "adopted within 100 points");
        run.Results[^1].Expected.ShouldBeInRange(105, 107);
    }

    [Theory]
    [InlineData(1, Skip = "bug: spurious TrendChange ~100 points after an adopted level shift (see report)")]
    [InlineData(2)]
    [InlineData(3, Skip = "bug: spurious TrendChange ~100 points after an adopted level shift (see report)")]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_AfterAnAdoptedLevelShift_StaysQuietFor5000Points(int seed)
    {
        // The adopted size is measured from where the evidence began, so it comes out ~15 % short (5.1 for 6); the
        // level then creeps the rest of the way and the drift detector, rebased at the short level, calls it a trend.
        var series = Noise(seed, 13_500).AddLevel(6, 8000);

        var run = AnalyzerRun.Of(series);

        var shift = run.Findings.First(f => f.EndMs >= series.Times[8000]);
        run.FindingsOutside(series.Times[7990], shift.EndMs).ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_NoiseDoubledFor500Points_RaisesAFindingOverlappingIt(int seed)
    {
        var series = Noise(seed, 12_000).ScaleAround(100, 2, 8000, 8500);

        var run = AnalyzerRun.Of(series);

        var overlapping = run.FindingsOverlapping(series.Times[8000], series.Times[8499]);
        overlapping.ShouldNotBeEmpty(AnalyzerRun.Describe(run.Findings));
        overlapping.ShouldContain(f => f.Kind == FindingKind.VarianceChange, AnalyzerRun.Describe(run.Findings));
        run.FindingsOutside(series.Times[8000], series.Times[8600]).ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Update_SensorStuckFor200Points_OpensAStuckFindingWithinTheRun(int seed)
    {
        var series = Noise(seed, 12_000).Quantise(0.01).Hold(8000, 200);

        var run = AnalyzerRun.Of(series);

        var opened = run.Events.Where(e => e.Finding.IsOpen && e.Index >= 7990).ShouldHaveSingleItem(AnalyzerRun.Describe(run.Findings));
        opened.Finding.Kind.ShouldBe(FindingKind.Stuck);
        opened.Index.ShouldBeInRange(8000, 8060);
        opened.Finding.StartMs.ShouldBeInRange(series.Times[7999], series.Times[8000]);
        opened.Finding.Facts.StuckValue.ShouldBe(series.Values[7999]);
        run.FindingsOutside(series.Times[7999], series.Times[8300]).ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2, Skip = "known miss: seed 2's run of repeats is not three times longer than the longest run this quantised noise shows")]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5, Skip = "bug: when the sensor resumes, the open Stuck finding is relabelled TrendChange (see report)")]
    public void Update_SensorStuckFor200Points_ClosesAsStuck(int seed)
    {
        // While stuck the held value also pulls the drift detector; when readings resume the stuck surprise drops to
        // zero and Reclassify falls through to "drift is alarming", so the closed finding reads as a trend change.
        var series = Noise(seed, 12_000).Quantise(0.01).Hold(8000, 200);

        var run = AnalyzerRun.Of(series);

        var closed = run.FindingsOverlapping(series.Times[8000], series.Times[8199]).ShouldHaveSingleItem(AnalyzerRun.Describe(run.Findings));
        closed.Kind.ShouldBe(FindingKind.Stuck);
        closed.IsOpen.ShouldBeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Update_GapOf50Steps_RaisesOneMissingFindingCoveringIt(int seed)
    {
        var series = Noise(seed, 12_000).Remove(8000, 50);

        var run = AnalyzerRun.Of(series);

        var missing = run.Findings.ShouldHaveSingleItem(AnalyzerRun.Describe(run.Findings));
        missing.Kind.ShouldBe(FindingKind.Missing);
        missing.StartMs.ShouldBe(series.Times[7999] + Minute);
        missing.EndMs.ShouldBe(series.Times[8000] - Minute);
        missing.Facts.CadenceMs.ShouldBe(Minute);
        missing.Facts.Points.ShouldBe(0);
        run.Results[8000].Status.ShouldBe(PointStatus.AfterGap);

        // Reported once the stream has run past the gap as far as a delayed stretch could have been overtaken (the
        // gap's own length, at most four gap sizes: 40 cadences) without it filling.
        run.Results[8041].Status.ShouldBe(PointStatus.FindingEvent);
        run.Results[8040].Status.ShouldBe(PointStatus.None);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Update_StretchDeliveredLateByConcurrentWriters_NoMissingFinding(int seed)
    {
        // 30 points (30 minutes) arrive after the 30 that follow them, as when two writers send adjacent batches
        // and the later batch wins the race: the data was delayed, not missing.
        var series = Noise(seed, 12_000);
        var order = Enumerable.Range(0, series.Count).ToList();
        order.RemoveRange(8000, 60);
        order.InsertRange(8000, Enumerable.Range(8030, 30).Concat(Enumerable.Range(8000, 30)));
        var analyzer = new SeriesAnalyzer();
        var findings = new List<Finding>();

        foreach (int i in order)
        {
            analyzer.Update(series.Times[i], series.Values[i]);
            while (analyzer.TryTakeEvent(out var finding))
            {
                findings.Add(finding);
            }
        }

        findings.ShouldNotContain(f => f.Kind == FindingKind.Missing);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Update_CounterWithResets_IsAnalysedAsACounter(int seed)
    {
        var series = Counter(new TestRandom(seed), 12_000, CalendarStartMs, 10 * Second, 50, 0, 3000, 6000, 9000);

        var run = AnalyzerRun.Of(series, out var analyzer);

        analyzer.Summary.Mode.ShouldBe(SeriesMode.Counter);
        run.Results[^1].Expected.ShouldBeInRange(4.5, 5.5, "the rate per second, about 50 per 10 s");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Update_CounterRestartedWithoutLoss_RaisesNothing(int seed)
    {
        // The process restarted and had already counted a full step again by the next scrape.
        var series = Counter(new TestRandom(seed), 12_000, CalendarStartMs, 10 * Second, 50, 1, 3000, 6000, 9000);

        var run = AnalyzerRun.Of(series);

        run.Findings.ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
    }

    [Theory(Skip = "bug: a counter reset to exactly 0 reads as a rate of 0 for that step and raises a Dip at every reset")]
    [InlineData(1)]
    [InlineData(2)]
    public void Update_CounterResetToZero_RaisesNothingAtTheResets(int seed)
    {
        var series = Counter(new TestRandom(seed), 12_000, CalendarStartMs, 10 * Second, 50, 0, 3000, 6000, 9000);

        var run = AnalyzerRun.Of(series);

        run.Findings.ShouldBeEmpty(AnalyzerRun.Describe(run.Findings));
    }

    [Fact]
    public void Update_WhiteNoiseAnySeed_LearnsTheLevelAndTheNoise()
    {
        // In warm-up the noise estimate starts at 0, so the first residuals have huge z; the shift detector's mean
        // passes its evidence threshold (3) and the level holds still. No finding can open while learning, and the
        // shift calibrator learns raw scores of 4–6 as normal, so the evidence never clears: the level stays frozen
        // ~2σ off and the noise scale settles at 2.5–3.5σ, which hides real anomalies (seed 2: a dip of 8σ is
        // reported as a variance change).
        var broken = new List<string>();
        for (var seed = 1; seed <= 60; seed++)
        {
            var series = Regular(5000, CalendarStartMs, Minute).AddLevel(100).AddNoise(new TestRandom(seed), 1);
            AnalyzerRun.Of(series, out var analyzer);
            var summary = analyzer.Summary;
            if (Math.Abs(summary.Level - 100) > 0.5 || summary.NoiseScale > 1.5)
            {
                broken.Add($"seed {seed}: level {summary.Level:F2}, noise {summary.NoiseScale:F2}");
            }
        }

        broken.ShouldBeEmpty();
    }

    private static SampleSeries Noise(int seed, int count) =>
        Regular(count, CalendarStartMs, Minute).AddLevel(100).AddTruncatedNoise(new TestRandom(seed), 1);
}
