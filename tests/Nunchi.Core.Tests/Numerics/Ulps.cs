namespace Nunchi.Core.Tests.Numerics;

/// <summary>Distances between doubles counted in units in the last place.</summary>
internal static class Ulps
{
    /// <summary>
    /// How many representable doubles lie between <paramref name="a"/> and <paramref name="b"/> (0 when equal; +0 and
    /// −0 count as equal; 0 when both are NaN and <see cref="long.MaxValue"/> when only one is).
    /// </summary>
    public static long Distance(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
        Int128 d = Int128.Abs((Int128)Ordered(a) - Ordered(b));
        return d > long.MaxValue ? long.MaxValue : (long)d;
    }

    /// <summary>True when both are NaN or both have the same bits (so +0 and −0 differ).</summary>
    public static bool SameValue(double expected, double actual) =>
        double.IsNaN(expected)
            ? double.IsNaN(actual)
            : BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual);

    // Maps the bit pattern to an integer that is monotonic in the double's value, −0 and +0 both to 0.
    private static long Ordered(double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        return bits < 0 ? long.MinValue - bits : bits;
    }
}
