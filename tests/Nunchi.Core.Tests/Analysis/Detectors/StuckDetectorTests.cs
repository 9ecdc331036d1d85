using System.Buffers;
using Nunchi.Core.Analysis.Detectors;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Tests.Analysis.Detectors;

public sealed class StuckDetectorTests
{
    private const long Start = SampleSeries.CalendarStartMs;

    [Fact]
    public void Update_NoisySensorFreezes_SurpriseGrowsWithTheRun()
    {
        var detector = Noisy(out var t, out var last);
        var previous = 0.0;

        for (var run = 1; run <= 60; run++)
        {
            detector.Update(t += 1000, last, 0, learn: true);

            detector.Run.ShouldBe(run);
            if (run < 10)
            {
                detector.Surprise.ShouldBe(0);
            }
            else
            {
                detector.Surprise.ShouldBeGreaterThan(previous);
            }

            previous = detector.Surprise;
        }

        // −log10(0.001 · 0.5^59): P(repeat) is floored at 0.001 and P(repeat | repeat) was never learned.
        previous.ShouldBeGreaterThan(10, "60 repeats of a sensor that never repeats");
        detector.Value.ShouldBe(last);
        detector.RunStartMs.ShouldBe(t - (60 * 1000));
    }

    [Fact]
    public void Update_RunEnds_SurpriseDropsToZero()
    {
        var detector = Noisy(out var t, out var last);
        for (var i = 0; i < 30; i++)
        {
            detector.Update(t += 1000, last, 0, learn: true);
        }

        detector.Update(t + 1000, last + 0.37, 0, learn: true);

        detector.Run.ShouldBe(0);
        detector.Surprise.ShouldBe(0);
    }

    [Fact]
    public void Update_SeriesThatOftenRepeats_ItsUsualRunsAreNotSurprising()
    {
        // A slow sensor with coarse resolution: the same reading for runs of 0 to 9 steps, all day long.
        var random = new TestRandom(5);
        var detector = new StuckDetector(24);
        var t = Start;
        var value = 20.0;
        var maxSurprise = 0.0;
        for (var i = 0; i < 20_000; i++)
        {
            var hold = random.NextInt(10);
            for (var k = 0; k <= hold; k++, i++)
            {
                detector.Update(t += 1000, value, 0, learn: true);
                if (i > 2000)
                {
                    maxSurprise = Math.Max(maxSurprise, detector.Surprise);
                }
            }

            value += random.NextInt(2) == 0 ? 0.1 : -0.1;
        }

        maxSurprise.ShouldBe(0);
    }

    [Fact]
    public void Update_NotLearning_DoesNotTeachTheRunAsNormal()
    {
        var learning = Noisy(out var t, out var last);
        var guarded = Noisy(out _, out _);
        for (var i = 0; i < 100; i++)
        {
            learning.Update(t + (i * 1000), last, 0, learn: true);
            guarded.Update(t + (i * 1000), last, 0, learn: false);
        }

        guarded.Surprise.ShouldBeGreaterThan(learning.Surprise);
    }

    [Fact]
    public void SaveAndLoad_MidRun_ContinuesIdentically()
    {
        var original = Noisy(out var t, out var last);
        for (var i = 0; i < 10; i++)
        {
            original.Update(t += 1000, last, 3, learn: true);
        }

        var buffer = new ArrayBufferWriter<byte>();
        original.Save(new StateWriter(buffer));
        var loaded = new StateReader(buffer.WrittenSpan);
        var restored = new StuckDetector(24);
        restored.Reset(24, 1);
        restored.Load(ref loaded);

        for (var i = 0; i < 50; i++)
        {
            var value = i < 20 ? last : i * 0.5;
            original.Update(t + (i * 1000), value, 3, learn: true);
            restored.Update(t + (i * 1000), value, 3, learn: true);
            restored.Surprise.ShouldBe(original.Surprise);
            restored.Run.ShouldBe(original.Run);
        }
    }

    [Fact]
    public void Load_MoreBinsThanAllowed_IsRefusedAsDamaged()
    {
        var original = new StuckDetector(24);
        original.Reset(24, 1);
        var buffer = new ArrayBufferWriter<byte>();
        original.Save(new StateWriter(buffer));
        var smaller = new StuckDetector(8);

        var error = Should.Throw<InvalidDataException>(() =>
        {
            var reader = new StateReader(buffer.WrittenSpan);
            smaller.Load(ref reader);
        });

        error.Message.ShouldContain("24 bins");
    }

    private static StuckDetector Noisy(out long t, out double last)
    {
        var random = new TestRandom(2);
        var detector = new StuckDetector(24);
        detector.Reset(24, 1);
        t = Start;
        last = 0;
        for (var i = 0; i < 3000; i++)
        {
            t = Start + (i * 1000L);
            last = Math.Round(50 + random.NextGaussian(), 3);
            detector.Update(t, last, 0, learn: true);
        }

        return detector;
    }
}
