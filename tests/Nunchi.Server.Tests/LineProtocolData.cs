using System.Globalization;
using System.Text;

namespace Nunchi.Server.Tests;

/// <summary>Line protocol test series: steady noise at a 10 s cadence, optionally with one large spike.</summary>
internal static class LineProtocolData
{
    public const long StartSeconds = 1_763_600_000;

    /// <summary>
    /// <paramref name="count"/> lines of <c>sensor,machine=MACHINE temperature=V T</c> (precision s) starting at
    /// point <paramref name="first"/>; the point at <paramref name="spikeAt"/> (if any) is 40 units high.
    /// </summary>
    public static string Lines(string machine, int first, int count, int? spikeAt = null, int? shiftFrom = null)
    {
        var text = new StringBuilder();
        for (int i = first; i < first + count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"sensor,machine={machine} temperature={Value(i, spikeAt, shiftFrom):0.00} {StartSeconds + (i * 10)}\n");
        }

        return text.ToString();
    }

    /// <summary>The value written for point <paramref name="i"/>; from <paramref name="shiftFrom"/> on, 5 units higher.</summary>
    public static double Value(int i, int? spikeAt = null, int? shiftFrom = null)
    {
        // SplitMix64 of the index: white noise without a random generator, so every run writes the same bytes.
        ulong z = ((ulong)i + 1) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        double noise = ((z >> 11) * (1.0 / (1UL << 53))) - 0.5;
        double value = 20 + noise + (i >= shiftFrom ? 5 : 0);
        return i == spikeAt ? value + 40 : Math.Round(value, 2);
    }
}
