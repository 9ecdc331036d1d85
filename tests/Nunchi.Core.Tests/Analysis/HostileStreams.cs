namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// Streams no sensor should send but some will: non-finite and enormous values, constants, alternation, timestamps
/// that go backwards, repeat, jump by years or start before 1970, and cadences from 1 ms to a day, mixed in segments.
/// </summary>
internal static class HostileStreams
{
    private static readonly long[] s_cadences = [1, 1000, 10_000, 60_000, 86_400_000];

    /// <summary>
    /// A stream of <paramref name="length"/> points; <paramref name="hugeMagnitude"/> is the size of the "huge" segments
    /// (1e300 for the real thing, 1e30 to stay within single precision).
    /// </summary>
    public static SampleSeries Create(int seed, int length, double hugeMagnitude)
    {
        var random = new TestRandom(seed);
        var times = new long[length];
        var values = new double[length];
        var t = random.NextInt(4) switch
        {
            0 => -random.NextInt(1, 1_000_000) * 1000L, // before 1970
            1 => 0,
            2 => long.MinValue / 4,
            _ => SampleSeries.CalendarStartMs,
        };
        var i = 0;
        while (i < length)
        {
            var cadence = s_cadences[random.NextInt(s_cadences.Length)];
            var level = (random.NextDouble() - 0.5) * Math.Pow(10, random.NextInt(-6, 7));
            var scale = Math.Pow(10, random.NextInt(-8, 5));
            var valueMode = random.NextInt(8);
            var timeMode = random.NextInt(6);
            var segment = Math.Min(length - i, random.NextInt(20, 600));
            for (var k = 0; k < segment; k++, i++)
            {
                t += timeMode switch
                {
                    0 when random.NextInt(20) == 0 => -random.NextInt(1, 50) * cadence, // backwards
                    1 when random.NextInt(10) == 0 => 0, // duplicate
                    2 when k == 0 => random.NextInt(1, 5) * 365L * 86_400_000, // a gap of years
                    _ => cadence,
                };
                times[i] = t;
                values[i] = valueMode switch
                {
                    0 => level,
                    1 => k % 2 == 0 ? level + scale : level - scale,
                    2 => (random.NextInt(2) == 0 ? 1 : -1) * hugeMagnitude * random.NextDouble(),
                    3 => random.NextInt(3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity },
                    4 => 1e-300 * random.NextGaussian(),
                    5 => Math.Round(level + (scale * random.NextGaussian()), 1),
                    6 => k % 50 < 25 ? level : level + (1000 * scale),
                    _ => level + (scale * random.NextGaussian()),
                };
            }
        }

        return SampleSeries.From(times, values);
    }
}
