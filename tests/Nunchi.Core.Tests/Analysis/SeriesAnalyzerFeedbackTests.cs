using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using static Nunchi.Core.Tests.Analysis.SampleSeries;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerFeedbackTests
{
    private const string Clamped = "bug: ApplyFeedback rebuilds the dismissed surprise from Severity, which is clamped at 1 (surprise 10.7), " +
        "while the same event can score up to 300 beyond the fitted tail's end point, outside the 2× window that is damped";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void ApplyFeedback_NotAnomaly_SameEventLaterIsQuietButAFourTimesLargerOneIsNot(int seed)
    {
        // Arrange: identical 8σ spikes at points 10 000 and 14 000, and a 32σ one at 18 000.
        var series = Regular(20_000, CalendarStartMs, Minute).AddLevel(100).AddTruncatedNoise(new TestRandom(seed), 1)
            .SetAt(10_000, 108).SetAt(14_000, 108).SetAt(18_000, 132);
        var run = new AnalyzerRun();
        var analyzer = run.Feed(new SeriesAnalyzer(), series, 0, 10_010);
        var dismissed = run.FindingsOverlapping(series.Times[10_000], series.Times[10_000]).ShouldHaveSingleItem();

        // Act
        analyzer.ApplyFeedback(dismissed, FeedbackVerdict.NotAnomaly);
        run.Feed(analyzer, series, 10_010, series.Count);

        // Assert
        run.Results[14_000].Score.ShouldBeLessThan(Math.Min(dismissed.Severity, analyzer.Options.OpenSeverity));
        run.FindingsOverlapping(series.Times[14_000], series.Times[14_000]).ShouldBeEmpty();
        run.Results[18_000].Score.ShouldBeGreaterThanOrEqualTo(analyzer.Options.OpenSeverity);
        run.FindingsOverlapping(series.Times[18_000], series.Times[18_000]).ShouldNotBeEmpty();
    }

    [Fact]
    public void ApplyFeedback_Confirmed_ChangesNothing()
    {
        var series = Regular(12_000, CalendarStartMs, Minute).AddLevel(100).AddTruncatedNoise(new TestRandom(1), 1).SetAt(8000, 108).SetAt(10_000, 108);
        var reference = AnalyzerRun.Of(series);
        var run = new AnalyzerRun();
        var analyzer = run.Feed(new SeriesAnalyzer(), series, 0, 8010);

        analyzer.ApplyFeedback(run.Findings.ShouldHaveSingleItem(), FeedbackVerdict.Confirmed);
        run.Feed(analyzer, series, 8010, series.Count);

        run.Results.Select(ExactText.Of).ShouldBe(reference.Results.Select(ExactText.Of));
    }

    [Fact]
    public void ApplyFeedback_NotAnomaly_IsKeptAcrossSaveAndRestore()
    {
        var series = Regular(16_000, CalendarStartMs, Minute).AddLevel(100).AddTruncatedNoise(new TestRandom(1), 1).SetAt(10_000, 108).SetAt(14_000, 108);
        var straight = new AnalyzerRun();
        var analyzer = straight.Feed(new SeriesAnalyzer(), series, 0, 10_010);
        analyzer.ApplyFeedback(straight.Findings.ShouldHaveSingleItem(), FeedbackVerdict.NotAnomaly);
        var restored = SeriesAnalyzer.Restore(analyzer.SaveState());
        var resumed = new AnalyzerRun();

        straight.Feed(analyzer, series, 10_010, series.Count);
        resumed.Feed(restored, series, 10_010, series.Count);

        resumed.Results.Select(ExactText.Of).ShouldBe(straight.Results.Skip(10_010).Select(ExactText.Of));
    }

    [Fact]
    public void ApplyFeedback_NullFinding_Throws()
    {
        Should.Throw<ArgumentNullException>(() => new SeriesAnalyzer().ApplyFeedback(null!, FeedbackVerdict.NotAnomaly));
    }
}
