using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nunchi.Storage.Encoding;

/// <summary>
/// Bit packing of unsigned integers in frames of <see cref="FrameLength"/>: a width byte (0–64), then every value of
/// the frame in exactly that many bits, least significant bit first.
/// </summary>
/// <remarks>
/// A frame of 128 values of width w takes 1 + 16·w bytes, so a frame of zeros (a regular cadence) costs one byte.
/// Frames rather than one width per stream keep a burst of noise from widening the whole block; per-value codes
/// (varints, Simple-8b) cost more for the 2–8 bit deltas of sensor data.
/// </remarks>
internal static class FramePacking
{
    /// <summary>Values per frame (the last frame of a stream may be shorter).</summary>
    public const int FrameLength = 128;

    /// <summary>Most payload bytes of one frame.</summary>
    public const int MaxFramePayload = FrameLength * 8;

    /// <summary>Bits needed for the widest value whose bits are ORed into <paramref name="union"/>.</summary>
    public static int Width(ulong union) => 64 - BitOperations.LeadingZeroCount(union);

    /// <summary>Payload bytes of <paramref name="count"/> values of <paramref name="width"/> bits.</summary>
    public static int PayloadLength(int count, int width) => (int)(((long)count * width + 7) >> 3);

    /// <summary>
    /// Writes the width byte and payload of one frame; returns the bytes written (1 + <see cref="PayloadLength"/>).
    /// </summary>
    public static int WriteFrame(ReadOnlySpan<ulong> values, int width, Span<byte> destination)
    {
        destination[0] = (byte)width;
        if (width == 0)
        {
            return 1;
        }

        Span<byte> payload = destination.Slice(1, PayloadLength(values.Length, width));
        ulong accumulator = 0;
        int filled = 0;
        int o = 0;
        foreach (ulong v in values)
        {
            accumulator |= v << filled;
            filled += width;
            if (filled >= 64)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(payload.Slice(o), accumulator);
                o += 8;
                filled -= 64;
                // The high bits of v that did not fit; C# masks shift counts, so a zero remainder needs its own case.
                accumulator = filled == 0 ? 0 : v >> (width - filled);
            }
        }

        for (; filled > 0; filled -= 8)
        {
            payload[o++] = (byte)accumulator;
            accumulator >>= 8;
        }

        return 1 + payload.Length;
    }

    /// <summary>
    /// Reads <paramref name="destination"/>.Length values written as frames, starting at <paramref name="position"/>
    /// and advancing it; false when a width is over 64 or the bytes end early. Never reads outside
    /// <paramref name="source"/>.
    /// </summary>
    [SkipLocalsInit]
    public static bool TryReadStream(ReadOnlySpan<byte> source, ref int position, Span<ulong> destination)
    {
        Span<byte> padded = stackalloc byte[MaxFramePayload + 16];
        int pos = position;
        for (int start = 0; start < destination.Length; start += FrameLength)
        {
            Span<ulong> frame = destination.Slice(start, Math.Min(FrameLength, destination.Length - start));
            if ((uint)pos >= (uint)source.Length)
            {
                return false;
            }

            int width = source[pos++];
            if (width > 64)
            {
                return false;
            }

            int length = PayloadLength(frame.Length, width);
            if (length > source.Length - pos)
            {
                return false;
            }

            // The unpacker reads 9 bytes at a time; near the end of the block it reads a zero-padded copy instead.
            scoped ReadOnlySpan<byte> payload;
            if (source.Length - pos >= length + 9)
            {
                payload = source.Slice(pos);
            }
            else
            {
                padded.Clear();
                source.Slice(pos, length).CopyTo(padded);
                payload = padded;
            }

            Unpack(payload, width, frame);
            pos += length;
        }

        position = pos;
        return true;
    }

    // payload holds at least 9 readable bytes past the last value's first byte.
    private static void Unpack(ReadOnlySpan<byte> payload, int width, Span<ulong> frame)
    {
        if (width == 0)
        {
            frame.Clear();
            return;
        }

        ulong mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        int bit = 0;
        if (width <= 57)
        {
            // shift ≤ 7, so shift + width ≤ 64: one 8-byte read holds the whole value.
            for (int i = 0; i < frame.Length; i++, bit += width)
            {
                ulong word = BinaryPrimitives.ReadUInt64LittleEndian(payload.Slice(bit >> 3));
                frame[i] = (word >> (bit & 7)) & mask;
            }

            return;
        }

        for (int i = 0; i < frame.Length; i++, bit += width)
        {
            int at = bit >> 3;
            int shift = bit & 7;
            ulong word = BinaryPrimitives.ReadUInt64LittleEndian(payload.Slice(at)) >> shift;
            if (shift != 0)
            {
                word |= (ulong)payload[at + 8] << (64 - shift);
            }

            frame[i] = word & mask;
        }
    }
}
