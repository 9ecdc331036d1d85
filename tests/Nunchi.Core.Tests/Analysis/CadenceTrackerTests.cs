using Nunchi.Core.Analysis;

namespace Nunchi.Core.Tests.Analysis;

public sealed class CadenceTrackerTests
{
    [Fact]
    public void CadenceMs_BeforeAnyStep_IsZeroThenTheFirstStep()
    {
        var tracker = new CadenceTracker();

        tracker.CadenceMs.ShouldBe(0);
        tracker.Add(0);
        tracker.Add(-5);
        tracker.CadenceMs.ShouldBe(0);
        tracker.Add(10_000);
        tracker.CadenceMs.ShouldBe(10_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void CadenceMs_JitterMissedSamplesAndBursts_StaysAtTheMedianStep(int seed)
    {
        // 10 s ± 10 % jitter, one step in ten doubled (a missed sample), one in twenty a 100 ms burst.
        var random = new TestRandom(seed);
        var tracker = new CadenceTracker();
        for (var i = 0; i < 5000; i++)
        {
            var step = random.NextInt(10) == 0 ? 20_000 : random.NextInt(20) == 0 ? 100 : random.NextInt(9000, 11_001);
            tracker.Add(step);
            if (i >= 32)
            {
                tracker.CadenceMs.ShouldBeInRange(9000, 11_000, $"step {i}");
            }
        }
    }

    [Fact]
    public void CadenceMs_SeriesChangesItsCadence_FollowsWithinTwoWindows()
    {
        var tracker = new CadenceTracker();
        for (var i = 0; i < 500; i++)
        {
            tracker.Add(10_000);
        }

        for (var i = 0; i < 96; i++)
        {
            tracker.Add(60_000);
        }

        tracker.CadenceMs.ShouldBe(60_000);
    }
}
