namespace Nunchi.Storage.Points;

/// <summary>LEB128 variable-length integers and zigzag mapping, for the compact log payload.</summary>
internal static class VarInt
{
    /// <summary>Longest encoding of a 64-bit value.</summary>
    public const int MaxBytes = 10;

    /// <summary>Writes <paramref name="value"/> at <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    /// <summary>Reads a value; returns the bytes read, or 0 when the input ends early or the value is too long.</summary>
    public static int Read(ReadOnlySpan<byte> source, out ulong value)
    {
        value = 0;
        var shift = 0;
        for (var i = 0; i < source.Length && i < MaxBytes; i++)
        {
            var b = source[i];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return i + 1;
            }

            shift += 7;
        }

        return 0;
    }

    /// <summary>Maps signed to unsigned so that small magnitudes of either sign stay short.</summary>
    public static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    /// <summary>The inverse of <see cref="ZigZag"/>.</summary>
    public static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
