namespace Nunchi.Storage.Encoding;

/// <summary>LEB128 variable-length integers and the zigzag mapping of signed integers onto unsigned ones.</summary>
internal static class VarInt
{
    /// <summary>The longest encoding of a 64-bit value, in bytes.</summary>
    public const int MaxLength = 10;

    /// <summary>Maps 0, -1, 1, -2, … onto 0, 1, 2, 3, … so that small magnitudes of either sign stay small.</summary>
    public static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    /// <summary>The inverse of <see cref="ZigZag"/>.</summary>
    public static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    /// <summary>Bytes <see cref="Write"/> takes for <paramref name="value"/>.</summary>
    public static int Length(ulong value)
    {
        // 7 payload bits per byte; value 0 still takes one byte.
        int bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(value | 1);
        return (bits + 6) / 7;
    }

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(ulong value, Span<byte> destination)
    {
        int i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    /// <summary>
    /// Reads a value at <paramref name="position"/> and advances it; false when the bytes end first or the encoding is
    /// longer than a 64-bit value allows.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, ref int position, out ulong value)
    {
        value = 0;
        int shift = 0;
        int i = position;
        while ((uint)i < (uint)source.Length)
        {
            byte b = source[i++];
            // The tenth byte may carry only the top bit of a 64-bit value.
            if (shift == 63 && b > 1)
            {
                return false;
            }

            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                position = i;
                return true;
            }

            shift += 7;
            if (shift > 63)
            {
                return false;
            }
        }

        return false;
    }
}
