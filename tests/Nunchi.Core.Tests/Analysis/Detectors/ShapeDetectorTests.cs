using Nunchi.Core.Analysis.Detectors;

namespace Nunchi.Core.Tests.Analysis.Detectors;

public sealed class ShapeDetectorTests
{
    [Fact]
    public void Update_WhiteNoise_IsNeverNovel()
    {
        var random = new TestRandom(1);
        var detector = new ShapeDetector();
        var novel = 0;

        for (var i = 0; i < 20_000; i++)
        {
            if (detector.Update(100 + random.NextGaussian(), 1, 0) >= 3)
            {
                novel++;
            }
        }

        novel.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void Update_RepeatingCycleWithOneDistortedCycle_ScoresTheDistortion()
    {
        // A 64-point cycle (the window) repeated; in one cycle the rise becomes a square pulse of the same range.
        var random = new TestRandom(2);
        var detector = new ShapeDetector();
        var before = 0.0;
        var during = 0.0;
        for (var i = 0; i < 64 * 200; i++)
        {
            var phase = i % 64;
            var cycle = i / 64;
            var value = cycle == 150 ? (phase < 32 ? 10.0 : -10.0) : 10 * Math.Sin(2 * Math.PI * phase / 64);
            var raw = detector.Update(value + (0.2 * random.NextGaussian()), 0.2, periodInPoints: 64);
            if (cycle is > 100 and < 150)
            {
                before = Math.Max(before, raw);
            }
            else if (cycle is 150 or 151)
            {
                during = Math.Max(during, raw);
            }
        }

        // Raw scores are ratios to a running mean distance, which is tiny on a clean repeating cycle, so only the
        // ordering is asserted: the distorted cycle is the most novel thing seen.
        during.ShouldBeGreaterThan(3);
        during.ShouldBeGreaterThan(before);
    }

    [Fact]
    public void Update_AfterAStretchWithOverestimatedNoise_RecoversOnOrdinaryNoise()
    {
        // 3 000 points judged with σ = 12.5 (the analyzer's noise estimate when the level locks up on a daily cycle),
        // then 20 000 ordinary points with σ = 1: all 5 000 strides score ≥ 3, against none for a fresh detector.
        var random = new TestRandom(1);
        var detector = new ShapeDetector();
        for (var i = 0; i < 3000; i++)
        {
            detector.Update(100 + random.NextGaussian(), 12.5, 0);
        }

        var novel = 0;
        for (var i = 0; i < 20_000; i++)
        {
            if (detector.Update(100 + random.NextGaussian(), 1, 0) >= 3)
            {
                novel++;
            }
        }

        novel.ShouldBeLessThan(50);
    }
}
