namespace Nunchi.Cli.Detect;

/// <summary>Writes a score in [0, 1] as short UTF-8 text with at most six decimals: <c>0.734512</c>, <c>0.5</c>, <c>0</c>, <c>1</c>.</summary>
/// <remarks>Rounded to the nearest millionth; trailing zeros are dropped. Allocation-free; thread-safe.</remarks>
internal static class ScoreText
{
    /// <summary>The longest text written: <c>0.123456</c>.</summary>
    public const int MaxLength = 8;

    /// <summary>Writes <paramref name="score"/> (clamped to [0, 1]; NaN as 0) into <paramref name="destination"/>.</summary>
    /// <returns>Bytes written.</returns>
    public static int Write(double score, Span<byte> destination)
    {
        var millionths = score > 0 ? (int)Math.Round(Math.Min(score, 1) * 1e6, MidpointRounding.AwayFromZero) : 0;
        if (millionths == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        if (millionths >= 1_000_000)
        {
            destination[0] = (byte)'1';
            return 1;
        }

        var digits = 6;
        while (millionths % 10 == 0)
        {
            millionths /= 10;
            digits--;
        }

        destination[0] = (byte)'0';
        destination[1] = (byte)'.';
        for (var i = digits + 1; i >= 2; i--)
        {
            destination[i] = (byte)('0' + (millionths % 10));
            millionths /= 10;
        }

        return digits + 2;
    }
}
