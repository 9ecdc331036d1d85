namespace Nunchi.Storage.Tests.Encoding;

/// <summary>Realistic sensor readings: base + daily sine + AR(1) drift + white noise, printed with a few decimals.</summary>
internal static class SensorSeries
{
    /// <summary>Fills timestamps (ms, from 2026-01-01 at <paramref name="stepSeconds"/>) and values.</summary>
    public static void Generate(
        int seed, double baseline, double dailyAmplitude, double driftStep, double noise, int decimals, int stepSeconds,
        long[] timestampsMs, double[] values)
    {
        var random = new Random(seed);
        const long Start = 1_767_225_600_000;
        double drift = 0;
        for (int i = 0; i < values.Length; i++)
        {
            long t = Start + (i * stepSeconds * 1000L);
            double daily = dailyAmplitude * Math.Sin(2 * Math.PI * (t % 86_400_000) / 86_400_000.0);
            drift = (0.995 * drift) + (driftStep * Gaussian(random));
            double v = baseline + daily + drift + (noise * Gaussian(random));
            timestampsMs[i] = t;
            // What a sensor prints and a parser reads back: the double nearest the decimal.
            values[i] = double.Parse(v.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
