using Nunchi.Core.Analysis;

namespace Nunchi.Core.Tests.Analysis;

public sealed class CounterTransformTests
{
    private const long Start = SampleSeries.CalendarStartMs;

    [Fact]
    public void Observe_MonotonicCounter_SwitchesToRatesAfter128Points()
    {
        var counter = new CounterTransform();
        for (var i = 0; i < 127; i++)
        {
            counter.Observe(Start + (i * 10_000L), 1000 + (i * 50), out var prepared, out var usable).ShouldBeFalse();
            counter.Mode.ShouldBe(SeriesMode.Undecided);
            usable.ShouldBeTrue();
            prepared.ShouldBe(1000 + (i * 50));
        }

        counter.Observe(Start + (127 * 10_000L), 1000 + (127 * 50), out var rate, out var rateUsable).ShouldBeTrue();

        counter.Mode.ShouldBe(SeriesMode.Counter);
        rateUsable.ShouldBeTrue();
        rate.ShouldBe(5); // 50 per 10 s
    }

    [Fact]
    public void Observe_ResetToALowValue_SkipsTheIntervalThenCountsFromTheRestart()
    {
        var counter = Counting(out var t, out var value);

        // The interval with the restart has no known rate; the next one counts from the restarted value.
        counter.Observe(t + 10_000, 30, out _, out var usable).ShouldBeFalse();
        counter.Observe(t + 20_000, 60, out var prepared, out var next).ShouldBeFalse();

        usable.ShouldBeFalse();
        next.ShouldBeTrue();
        prepared.ShouldBe(3);
        counter.Mode.ShouldBe(SeriesMode.Counter);
        value.ShouldBeGreaterThan(60);
    }

    [Fact]
    public void Observe_ThreeSmallDrops_RevertsToAGauge()
    {
        var counter = Counting(out var t, out var value);

        counter.Observe(t += 10_000, value - 10, out _, out _).ShouldBeFalse();
        counter.Observe(t += 10_000, value, out _, out _).ShouldBeFalse();
        counter.Observe(t += 10_000, value - 10, out _, out _).ShouldBeFalse();
        counter.Observe(t += 10_000, value, out _, out _).ShouldBeFalse();
        var changed = counter.Observe(t + 10_000, value - 10, out var prepared, out _);

        changed.ShouldBeTrue();
        counter.Mode.ShouldBe(SeriesMode.Gauge);
        prepared.ShouldBe(value - 10);
    }

    [Fact]
    public void Observe_NegativeValue_RevertsToAGauge()
    {
        var counter = Counting(out var t, out _);

        counter.Observe(t + 10_000, -1, out _, out _).ShouldBeTrue();

        counter.Mode.ShouldBe(SeriesMode.Gauge);
    }

    [Fact]
    public void Observe_SameTimestampInCounterMode_IsNotUsable()
    {
        var counter = Counting(out var t, out var value);

        counter.Observe(t, value + 5, out _, out var usable);

        usable.ShouldBeFalse();
    }

    [Theory]
    [InlineData("flat")]
    [InlineData("noisy")]
    [InlineData("negative")]
    public void Observe_GaugeLikeSeries_DecidesGauge(string kind)
    {
        var random = new TestRandom(3);
        var counter = new CounterTransform();
        var changed = false;
        for (var i = 0; i < 200; i++)
        {
            var value = kind switch
            {
                "flat" => i % 40 == 0 ? 6.0 : 5.0,
                "noisy" => 50 + random.NextGaussian(),
                _ => i - 10.0,
            };
            changed |= counter.Observe(Start + (i * 1000L), value, out _, out _);
        }

        changed.ShouldBeFalse();
        counter.Mode.ShouldBe(SeriesMode.Gauge);
    }

    private static CounterTransform Counting(out long t, out double value)
    {
        var counter = new CounterTransform();
        t = Start;
        value = 0;
        for (var i = 0; i < 200; i++)
        {
            t = Start + (i * 10_000L);
            value = 100 + (i * 40);
            counter.Observe(t, value, out _, out _);
        }

        counter.Mode.ShouldBe(SeriesMode.Counter);
        return counter;
    }
}
