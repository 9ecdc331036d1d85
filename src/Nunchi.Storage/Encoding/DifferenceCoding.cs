using System.Runtime.CompilerServices;

namespace Nunchi.Storage.Encoding;

/// <summary>
/// A sequence of 64-bit integers as its differences of order 0 (the values), 1 (deltas) or 2 (delta of deltas),
/// zigzag-mapped and bit-packed (see <see cref="FramePacking"/>).
/// </summary>
/// <remarks>
/// Layout for order k over n values: the first min(k, n) "heads" as zigzag varints (x₀, then x₁ − x₀), then the
/// k-th differences of x_k … x_{n−1} as frames. A regular cadence or a counter with a steady rate has second
/// differences of zero and costs one byte per frame of 128. All arithmetic wraps modulo 2⁶⁴, so any sequence of
/// longs round-trips, increasing or not.
/// </remarks>
internal static class DifferenceCoding
{
    /// <summary>The highest difference order.</summary>
    public const int MaxOrder = 2;

    /// <summary>The order in 0–2 whose encoding of <paramref name="x"/> is shortest, and that length in bytes.</summary>
    public static int ChooseOrder(ReadOnlySpan<long> x, out int length)
    {
        int best = 1;
        length = Measure(x, 1);
        for (int order = 0; order <= MaxOrder; order += 2)
        {
            int candidate = Measure(x, order);
            if (candidate < length)
            {
                (best, length) = (order, candidate);
            }
        }

        return best;
    }

    /// <summary>Bytes <see cref="Write"/> takes for <paramref name="x"/> at <paramref name="order"/>.</summary>
    public static int Measure(ReadOnlySpan<long> x, int order)
    {
        int length = 0;
        int heads = Math.Min(order, x.Length);
        for (int i = 0; i < heads; i++)
        {
            length += VarInt.Length(Difference(x, i, i));
        }

        for (int start = heads; start < x.Length; start += FramePacking.FrameLength)
        {
            int end = Math.Min(start + FramePacking.FrameLength, x.Length);
            ulong union = 0;
            for (int i = start; i < end; i++)
            {
                union |= Difference(x, i, order);
            }

            length += 1 + FramePacking.PayloadLength(end - start, FramePacking.Width(union));
        }

        return length;
    }

    /// <summary>Writes <paramref name="x"/> at <paramref name="order"/>; returns the bytes written.</summary>
    [SkipLocalsInit]
    public static int Write(ReadOnlySpan<long> x, int order, Span<byte> destination)
    {
        int o = 0;
        int heads = Math.Min(order, x.Length);
        for (int i = 0; i < heads; i++)
        {
            o += VarInt.Write(Difference(x, i, i), destination.Slice(o));
        }

        Span<ulong> frame = stackalloc ulong[FramePacking.FrameLength];
        for (int start = heads; start < x.Length; start += FramePacking.FrameLength)
        {
            int count = Math.Min(FramePacking.FrameLength, x.Length - start);
            ulong union = 0;
            for (int j = 0; j < count; j++)
            {
                ulong d = Difference(x, start + j, order);
                frame[j] = d;
                union |= d;
            }

            o += FramePacking.WriteFrame(frame.Slice(0, count), FramePacking.Width(union), destination.Slice(o));
        }

        return o;
    }

    /// <summary>
    /// Reads <paramref name="destination"/>.Length values written at <paramref name="order"/>, advancing
    /// <paramref name="position"/>; false when the bytes are malformed or end early.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, ref int position, int order, Span<long> destination)
    {
        int n = destination.Length;
        int heads = Math.Min(order, n);
        int pos = position;
        for (int i = 0; i < heads; i++)
        {
            if (!VarInt.TryRead(source, ref pos, out ulong head))
            {
                return false;
            }

            destination[i] = VarInt.UnZigZag(head);
        }

        // The frames are unpacked in place, then integrated in place: no scratch buffer.
        Span<ulong> packed = System.Runtime.InteropServices.MemoryMarshal.Cast<long, ulong>(destination.Slice(heads));
        if (!FramePacking.TryReadStream(source, ref pos, packed))
        {
            return false;
        }

        for (int i = heads; i < n; i++)
        {
            destination[i] = VarInt.UnZigZag((ulong)destination[i]);
        }

        // destination now holds x₀, Δx₁, Δ²x₂ … (order 2) or x₀, Δx₁ … (order 1): prefix sums undo each order.
        unchecked
        {
            for (int level = order - 1; level >= 0; level--)
            {
                for (int i = level + 1; i < n; i++)
                {
                    destination[i] += destination[i - 1];
                }
            }
        }

        position = pos;
        return true;
    }

    // The zigzagged difference of the given order ending at index i (i ≥ order); wraps modulo 2⁶⁴.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Difference(ReadOnlySpan<long> x, int i, int order) => unchecked(order switch
    {
        0 => VarInt.ZigZag(x[i]),
        1 => VarInt.ZigZag(x[i] - x[i - 1]),
        _ => VarInt.ZigZag(x[i] - (2 * x[i - 1]) + x[i - 2]),
    });
}
