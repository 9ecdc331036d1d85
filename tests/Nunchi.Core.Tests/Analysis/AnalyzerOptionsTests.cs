using Nunchi.Core.Analysis;

namespace Nunchi.Core.Tests.Analysis;

public sealed class AnalyzerOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        AnalyzerOptions.Default.Validate();
        new SeriesAnalyzer().Options.ShouldBeSameAs(AnalyzerOptions.Default);
    }

    public static TheoryData<string, AnalyzerOptions> Invalid() => new()
    {
        { "OpenSeverity too low", new AnalyzerOptions { OpenSeverity = 0.01 } },
        { "OpenSeverity above 1", new AnalyzerOptions { OpenSeverity = 1.5 } },
        { "KeepSeverity above OpenSeverity", new AnalyzerOptions { OpenSeverity = 0.5, KeepSeverity = 0.6 } },
        { "QuietPointsToClose 0", new AnalyzerOptions { QuietPointsToClose = 0 } },
        { "WarmupPoints 4", new AnalyzerOptions { WarmupPoints = 4 } },
        { "LearningPoints below warm-up", new AnalyzerOptions { WarmupPoints = 64, LearningPoints = 32 } },
        { "ReorderSteps negative", new AnalyzerOptions { ReorderSteps = -1 } },
        { "GapSteps 1", new AnalyzerOptions { GapSteps = 1 } },
        { "MaxProfileBins 8", new AnalyzerOptions { MaxProfileBins = 8 } },
        { "HistoryBuckets 32", new AnalyzerOptions { HistoryBuckets = 32 } },
        { "MaxFindingPoints 8", new AnalyzerOptions { MaxFindingPoints = 8 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_InvalidOptions_ThrowsArgumentOutOfRange(string because, AnalyzerOptions options)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new SeriesAnalyzer(options), because);
    }

    [Fact]
    public void Update_MaxFindingPoints_ClosesALongFindingAndOpensAnother()
    {
        // A level that keeps ramping never becomes normal; with a 200-point cap the finding is cut into pieces.
        var series = SampleSeries.Regular(3000, 0, SampleSeries.Minute).AddTruncatedNoise(new TestRandom(1), 0.1);
        for (var i = 1000; i < series.Count; i++)
        {
            series.Values[i] += (i - 1000) * ((i / 10 % 2 == 0) ? 2.0 : -1.0);
        }

        var capped = AnalyzerRun.Of(series, new AnalyzerOptions { MaxFindingPoints = 200 });
        var uncapped = AnalyzerRun.Of(series);

        uncapped.Findings.ShouldContain(f => f.Facts.Points > 200, AnalyzerRun.Describe(uncapped.Findings));
        capped.Findings.Count.ShouldBeGreaterThan(1);
        capped.Findings.ShouldAllBe(f => f.Facts.Points <= 200);
    }
}
