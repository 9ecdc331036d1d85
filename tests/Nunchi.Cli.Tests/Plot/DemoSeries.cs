using Nunchi.Cli.Plot;

namespace Nunchi.Cli.Tests.Plot;

/// <summary>Synthetic plant data for plot tests: a daily cycle with noise, a spike, a level shift and an outage.</summary>
internal static class DemoSeries
{
    /// <summary>2024-11-12 00:00 in Seoul.</summary>
    public const long StartMs = 1_731_337_200_000;

    public const long CadenceMs = 10_000;

    /// <summary>
    /// Temperature-like series: 60 ± 5 daily sine, noise σ = 0.6, a +14 one-point spike at 40 %, a +4 level shift
    /// at 70 %, two hours of missing values at 55 %. The expectation starts after a day of warm-up, with a wide
    /// band for the first six hours after it, and then follows the level with an exponential average.
    /// </summary>
    public static PlotSeriesBuilder Temperature(int points, out long spikeMs, out long shiftMs)
    {
        var builder = new PlotSeriesBuilder();
        var random = new Random(20241112);
        var spikeIndex = points * 2 / 5;
        var shiftIndex = points * 7 / 10;
        var gapStart = points * 11 / 20;
        var gapLength = (int)(2 * 3_600_000 / CadenceMs);
        var warmUp = (int)(86_400_000 / CadenceMs);
        spikeMs = StartMs + spikeIndex * CadenceMs;
        shiftMs = StartMs + shiftIndex * CadenceMs;
        var level = 60.0;
        for (var i = 0; i < points; i++)
        {
            var t = StartMs + i * CadenceMs;
            var daily = 5 * Math.Sin(2 * Math.PI * (t - StartMs) / 86_400_000.0 - Math.PI / 2);
            var trueLevel = i >= shiftIndex ? 64.0 : 60.0;
            var value = trueLevel + daily + 0.6 * Gaussian(random) + (i == spikeIndex ? 14 : 0);
            if (i >= gapStart && i < gapStart + gapLength)
            {
                value = double.NaN;
            }

            if (i < warmUp)
            {
                builder.Add(t, value, double.NaN, double.NaN, double.NaN);
                continue;
            }

            var expected = level + daily;
            var halfWidth = i < warmUp + warmUp / 4 ? 40 : 2.2;
            builder.Add(t, value, expected, expected - halfWidth, expected + halfWidth);
            if (double.IsFinite(value) && Math.Abs(value - expected) < 8)
            {
                level += 0.002 * (value - expected);
            }
        }

        return builder;
    }

    /// <summary>Pressure-like series: a slow weekly drift and small noise, with expectation from the start.</summary>
    public static PlotSeriesBuilder Pressure(int points)
    {
        var builder = new PlotSeriesBuilder();
        var random = new Random(7);
        for (var i = 0; i < points; i++)
        {
            var t = StartMs + i * CadenceMs;
            var expected = 412 + 6 * Math.Sin(2 * Math.PI * (t - StartMs) / (7 * 86_400_000.0));
            var value = expected + 1.5 * Gaussian(random);
            builder.Add(t, value, expected, expected - 4.5, expected + 4.5);
        }

        return builder;
    }

    public static double Gaussian(Random random)
    {
        // Box–Muller; 1 - NextDouble() avoids log(0).
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
