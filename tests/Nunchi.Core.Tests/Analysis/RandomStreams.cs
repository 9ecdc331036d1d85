using static Nunchi.Core.Tests.Analysis.SampleSeries;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// Varied synthetic streams for property tests: shapes that exercise every part of the analyzer (seasonality found
/// part-way, counters, stuck runs, shifts, gaps) and, on request, disorder (jitter, duplicates, late points, NaN).
/// </summary>
internal static class RandomStreams
{
    public const int ShapeCount = 8;

    /// <summary>One stream of <paramref name="length"/> points of shape <paramref name="shape"/> (0 … <see cref="ShapeCount"/> − 1).</summary>
    public static SampleSeries Create(int shape, int seed, int length, bool disorder)
    {
        var random = new TestRandom(seed);
        var series = shape switch
        {
            0 => Regular(length, CalendarStartMs, 10 * Second).AddLevel(20).AddNoise(random, 0.5),
            // A daily cycle at one-minute cadence: the period is found after two to three days (3 000–4 500 points).
            1 => Regular(length, CalendarStartMs, Minute).AddLevel(100).AddSine(Day, 10).AddNoise(random, 1),
            2 => Regular(length, CalendarStartMs, Minute).AddLevel(-5).AddAr1(random, 0.9, 1),
            3 => Regular(length, CalendarStartMs, 10 * Second).AddLevel(1000).AddRandomWalk(random, 2),
            4 => Counter(random, length, CalendarStartMs, 15 * Second, 40, 0.5, length / 3, 2 * length / 3),
            5 => Regular(length, CalendarStartMs, 30 * Second).AddLevel(50).AddNoise(random, 2).Quantise(1),
            // Sample-indexed: timestamps 0, 1 000, 2 000 … ms, a 137-point cycle.
            6 => Regular(length, 0, Second).AddSine(137 * Second, 5).AddNoise(random, 0.5),
            _ => Anomalous(random, length),
        };

        return disorder ? Disorder(series, random) : series;
    }

    private static SampleSeries Anomalous(TestRandom random, int length)
    {
        var series = Regular(length, CalendarStartMs, Minute).AddLevel(10).AddSine(Day, 3).AddNoise(random, 0.3).Quantise(0.01);
        for (var k = 0; k < length / 1500; k++)
        {
            var at = random.NextInt(200, Math.Max(201, length - 300));
            switch (random.NextInt(4))
            {
                case 0:
                    series.AddSpike(at, (random.NextDouble() < 0.5 ? -1 : 1) * random.NextInt(3, 12), random.NextInt(1, 4));
                    break;
                case 1:
                    series.AddLevel((random.NextDouble() - 0.5) * 6, at);
                    break;
                case 2:
                    series.ScaleAround(10, 3, at, at + random.NextInt(50, 300));
                    break;
                default:
                    series.Hold(at, random.NextInt(20, 250));
                    break;
            }
        }

        return series;
    }

    /// <summary>Jittered timestamps, duplicates, late points, non-finite values and gaps, each on about 1 % of points.</summary>
    private static SampleSeries Disorder(SampleSeries series, TestRandom random)
    {
        var times = new List<long>(series.Count);
        var values = new List<double>(series.Count);
        var cadence = series.Count > 1 ? series.Times[1] - series.Times[0] : 1000;
        long shift = 0;
        for (var i = 0; i < series.Count; i++)
        {
            var t = series.Times[i] + shift + (long)((random.NextDouble() - 0.5) * 0.2 * cadence);
            var v = series.Values[i];
            switch (random.NextInt(500))
            {
                case 0:
                    times.Add(t);
                    values.Add(v);
                    times.Add(t); // a duplicate
                    values.Add(v + 1);
                    continue;
                case 1:
                    times.Add(t - (random.NextInt(1, 20) * cadence)); // late, possibly beyond the reorder window
                    values.Add(v);
                    break;
                case 2:
                    times.Add(t);
                    values.Add(random.NextInt(3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity });
                    break;
                case 3:
                    shift += random.NextInt(11, 200) * cadence; // a gap
                    break;
            }

            times.Add(t);
            values.Add(v);
        }

        return From([.. times], [.. values]);
    }
}
