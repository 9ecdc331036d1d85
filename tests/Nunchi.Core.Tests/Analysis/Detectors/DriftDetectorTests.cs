using Nunchi.Core.Analysis.Detectors;

namespace Nunchi.Core.Tests.Analysis.Detectors;

public sealed class DriftDetectorTests
{
    private const long Minute = 60_000;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Update_AStepOf50Sigmas_IsFollowedWithinAHundredPoints(int seed)
    {
        // Arrange: 3 000 points of unit noise, then the level jumps by 50. With a fixed clip of 4 noise scales the
        // 64-point mean crawled towards the new level at 1/16 σ per point (about 6 σ after 100 points), and the
        // gap kept growing for some 800 points: a step read as a long trend.
        var random = new TestRandom(seed);
        var drift = new DriftDetector();
        var t = 0L;
        for (var i = 0; i < 3_000; i++)
        {
            drift.Update(t += Minute, random.NextGaussian(), sigma: 1, learnSpread: true);
        }

        // Act
        for (var i = 0; i < 100; i++)
        {
            drift.Update(t += Minute, 50 + random.NextGaussian(), sigma: 1, learnSpread: false);
        }

        // Assert: the medium mean is most of the way there (the 1 024-point reference has moved about 5).
        drift.Gap.ShouldBeGreaterThan(25);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Update_OneOutlierOf100Sigmas_MovesTheMeansByAFractionOfASigma(int seed)
    {
        var random = new TestRandom(seed);
        var drift = new DriftDetector();
        var t = 0L;
        for (var i = 0; i < 3_000; i++)
        {
            drift.Update(t += Minute, random.NextGaussian(), sigma: 1, learnSpread: true);
        }

        var before = drift.Gap;

        drift.Update(t += Minute, 100, sigma: 1, learnSpread: false);
        var peak = drift.Gap;
        for (var i = 0; i < 200; i++)
        {
            drift.Update(t += Minute, random.NextGaussian(), sigma: 1, learnSpread: true);
        }

        // One clipped step of at most 4 σ / 64, and the widened clip does not let ordinary points pull further after it.
        (peak - before).ShouldBeLessThan(0.1);
        Math.Abs(drift.Gap).ShouldBeLessThan(0.5);
    }
}
