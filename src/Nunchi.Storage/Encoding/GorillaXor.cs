using System.Numerics;

namespace Nunchi.Storage.Encoding;

/// <summary>
/// Gorilla's value compression (Pelkonen et al., "Gorilla: A Fast, Scalable, In-Memory Time Series Database",
/// VLDB 2015, §4.1.2): each double's bits XORed with the previous value's, keeping only the meaningful middle bits.
/// </summary>
/// <remarks>
/// The fallback for values that no power of ten represents exactly (computed ratios, full-precision floats): any bits
/// round-trip, including −0.0, NaN and infinities. Per value after the first (64 bits):
/// <list type="bullet">
/// <item>'0': same bits as the previous value;</item>
/// <item>'10' + meaningful bits: the XOR fits inside the previous leading/trailing-zero window;</item>
/// <item>'11' + 5 bits leading zeros (capped at 31) + 6 bits (length − 1) + length meaningful bits.</item>
/// </list>
/// </remarks>
internal static class GorillaXor
{
    /// <summary>Most bytes <see cref="Encode"/> writes for <paramref name="count"/> values (2 + 5 + 6 + 64 bits each).</summary>
    public static int MaxLength(int count) => 8 + (int)(((long)count * 77 + 7) >> 3);

    /// <summary>Writes <paramref name="values"/> into <paramref name="destination"/> (at least <see cref="MaxLength"/>); returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<double> values, Span<byte> destination)
    {
        var writer = new BitWriter(destination);
        ulong previous = (ulong)BitConverter.DoubleToInt64Bits(values[0]);
        writer.Write(previous, 64);
        int windowLeading = -1; // no window yet
        int windowTrailing = 0;
        for (int i = 1; i < values.Length; i++)
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(values[i]);
            ulong xor = bits ^ previous;
            previous = bits;
            if (xor == 0)
            {
                writer.Write(0, 1);
                continue;
            }

            int leading = Math.Min(BitOperations.LeadingZeroCount(xor), 31);
            int trailing = BitOperations.TrailingZeroCount(xor);
            if (windowLeading >= 0 && leading >= windowLeading && trailing >= windowTrailing)
            {
                writer.Write(0b10, 2);
                writer.Write(xor >> windowTrailing, 64 - windowLeading - windowTrailing);
                continue;
            }

            int length = 64 - leading - trailing;
            writer.Write(0b11, 2);
            writer.Write((ulong)leading, 5);
            writer.Write((ulong)(length - 1), 6);
            writer.Write(xor >> trailing, length);
            windowLeading = leading;
            windowTrailing = trailing;
        }

        writer.Flush();
        return writer.Length;
    }

    /// <summary>
    /// Reads <paramref name="destination"/>.Length values from exactly the bytes of <paramref name="source"/>; false
    /// when the bits are malformed, end early or leave a whole byte unread.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> source, Span<double> destination)
    {
        var reader = new BitReader(source);
        if (destination.Length == 0)
        {
            return source.IsEmpty;
        }

        if (!reader.TryReadWide(64, out ulong previous))
        {
            return false;
        }

        destination[0] = BitConverter.Int64BitsToDouble((long)previous);
        int windowLeading = -1;
        int windowTrailing = 0;
        for (int i = 1; i < destination.Length; i++)
        {
            if (!reader.TryRead(1, out ulong changed))
            {
                return false;
            }

            if (changed != 0)
            {
                if (!reader.TryRead(1, out ulong newWindow))
                {
                    return false;
                }

                if (newWindow != 0)
                {
                    if (!reader.TryRead(11, out ulong header))
                    {
                        return false;
                    }

                    windowLeading = (int)(header >> 6);
                    int length = (int)(header & 0x3F) + 1;
                    windowTrailing = 64 - windowLeading - length;
                    if (windowTrailing < 0)
                    {
                        return false;
                    }
                }
                else if (windowLeading < 0)
                {
                    return false;
                }

                if (!reader.TryReadWide(64 - windowLeading - windowTrailing, out ulong meaningful))
                {
                    return false;
                }

                previous ^= meaningful << windowTrailing;
            }

            destination[i] = BitConverter.Int64BitsToDouble((long)previous);
        }

        // Only the zero padding of the last byte may remain.
        return (reader.BitsRead + 7) >> 3 == source.Length;
    }
}
