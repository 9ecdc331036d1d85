namespace Nunchi.Storage.Encoding;

/// <summary>
/// Finds the smallest power of ten 10^d such that every value is exactly <c>m / 10^d</c> for an integer m, where the
/// division is the one <see cref="ToDouble"/> performs when decoding (VictoriaMetrics' decimal encoding, made exact).
/// </summary>
/// <remarks>
/// Values a sensor prints with a few decimals (23.47, 0.132, 1013.2) parse to the double nearest the decimal, and
/// IEEE division is correctly rounded, so 2347 / 100 gives back exactly that double. Each candidate is checked bit for
/// bit with the decoder's own division, so −0.0, subnormals, NaN or values with more digits than a double's 53-bit
/// integer range simply fail and the block falls back to another encoding.
/// </remarks>
internal static class DecimalScale
{
    /// <summary>The largest scale tried (10^15 &lt; 2^53, so every divisor is an exact double).</summary>
    public const int MaxScale = 15;

    // Integers up to 2^53 convert to double exactly; above it m / 10^d would not mean what m says.
    private const double MaxExactInteger = 9007199254740992.0;

    private static ReadOnlySpan<double> Divisors =>
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    private static ReadOnlySpan<long> Factors =>
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
    ];

    /// <summary>The value an integer stands for at a scale (the decoder's one and only conversion).</summary>
    public static double ToDouble(long integer, int scale) => integer / Divisors[scale];

    /// <summary>
    /// Writes the integers of <paramref name="values"/> at the smallest scale that represents all of them exactly;
    /// false when no scale up to <see cref="MaxScale"/> does.
    /// </summary>
    /// <remarks>One pass; when a value needs a larger scale, the integers so far are multiplied up (exact, see body).</remarks>
    public static bool TryScale(ReadOnlySpan<double> values, Span<long> integers, out int scale)
    {
        scale = 0;
        long maxMagnitude = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (!TryInteger(v, scale, out long m))
            {
                int next = scale + 1;
                while (next <= MaxScale && !TryInteger(v, next, out m))
                {
                    next++;
                }

                if (next > MaxScale)
                {
                    return false;
                }

                // m/10^d and (m·10^k)/10^(d+k) are the same rational and both numerators and divisors are exact
                // doubles, so the correctly rounded division gives the same double: earlier values stay exact.
                long factor = Factors[next - scale];
                if (maxMagnitude > (long)MaxExactInteger / factor)
                {
                    return false;
                }

                for (int j = 0; j < i; j++)
                {
                    integers[j] *= factor;
                }

                maxMagnitude *= factor;
                scale = next;
            }

            integers[i] = m;
            maxMagnitude = Math.Max(maxMagnitude, Math.Abs(m));
        }

        return true;
    }

    private static bool TryInteger(double value, int scale, out long integer)
    {
        double scaled = value * Divisors[scale];
        // Written so that NaN fails too.
        if (!(Math.Abs(scaled) <= MaxExactInteger))
        {
            integer = 0;
            return false;
        }

        integer = (long)Math.Round(scaled);
        return BitConverter.DoubleToInt64Bits(ToDouble(integer, scale)) == BitConverter.DoubleToInt64Bits(value);
    }
}
