using System.Globalization;
using System.Text;

namespace Nunchi.Cli.Tests.Detect;

/// <summary>Builds CSV test files: a noisy level (seeded, so every run is the same) with chosen anomalies and time formats.</summary>
internal static class SeriesCsv
{
    /// <summary>2024-01-05 00:00:00 UTC.</summary>
    public const long StartMs = 1_704_412_800_000;

    public const long StepMs = 60_000;

    /// <summary>Value at each row: 20 + N(0, 0.5), plus <paramref name="bumps"/>' offsets at their rows.</summary>
    public static double[] Values(int rows, int seed, params (int Row, double Offset)[] bumps)
    {
        var random = new Random(seed);
        var values = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            // Box–Muller: a Gaussian from two uniforms.
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            values[i] = Math.Round(20 + (0.5 * gaussian), 3);
        }

        foreach (var (row, offset) in bumps)
        {
            values[row] += offset;
        }

        return values;
    }

    /// <summary>Row <paramref name="row"/>'s time as ISO 8601 UTC: <c>2024-01-05T00:01:00Z</c>.</summary>
    public static string Iso(int row) => Format(row, "yyyy-MM-dd'T'HH:mm:ss'Z'");

    /// <summary>Row <paramref name="row"/>'s time with a space and no zone: <c>2024-01-05 00:01:00</c>.</summary>
    public static string Spaced(int row) => Format(row, "yyyy-MM-dd HH:mm:ss");

    /// <summary>Unix seconds.</summary>
    public static string EpochSeconds(int row) => ((StartMs + (row * StepMs)) / 1000).ToString(CultureInfo.InvariantCulture);

    /// <summary>Unix milliseconds.</summary>
    public static string EpochMilliseconds(int row) => (StartMs + (row * StepMs)).ToString(CultureInfo.InvariantCulture);

    /// <summary>With a +09:00 offset, the same instant as <see cref="Iso"/>.</summary>
    public static string Seoul(int row) =>
        DateTimeOffset.FromUnixTimeMilliseconds(StartMs + (row * StepMs)).ToOffset(TimeSpan.FromHours(9))
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A <c>timestamp,value</c> file.</summary>
    public static string TimeValue(double[] values, Func<int, string>? time = null, string header = "timestamp,value")
    {
        time ??= Iso;
        var csv = new StringBuilder(header).Append('\n');
        for (var i = 0; i < values.Length; i++)
        {
            csv.Append(time(i)).Append(',').Append(Number(values[i])).Append('\n');
        }

        return csv.ToString();
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(int row, string format) =>
        DateTimeOffset.FromUnixTimeMilliseconds(StartMs + (row * StepMs)).UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
}
