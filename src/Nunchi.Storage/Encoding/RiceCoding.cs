using System.Numerics;

namespace Nunchi.Storage.Encoding;

/// <summary>
/// Golomb–Rice coding of unsigned integers in frames of <see cref="FrameLength"/>, each frame with its own parameter.
/// </summary>
/// <remarks>
/// <para>
/// Frame: 7 bits header, <see cref="ZeroFrame"/> for a frame of zeros (nothing follows; a regular cadence costs
/// 7 bits per 128 timestamps), else the parameter k (0–63); then per value z the quotient z >> k in unary (ones closed by
/// a zero) and the low k bits. A quotient of <see cref="EscapeQuotient"/> or more is written as that many ones, 6 bits
/// (bit length − 1) and the value itself, so a spike costs ~30 bits instead of widening its frame.
/// </para>
/// <para>
/// For the near-Gaussian residuals of sensor data Rice coding lands within ~0.3 bit of the entropy; per-frame bit
/// packing (a width for the largest value) costs about a bit more per value.
/// </para>
/// </remarks>
internal static class RiceCoding
{
    /// <summary>Values per frame (the last frame may be shorter).</summary>
    public const int FrameLength = 128;

    /// <summary>The header of a frame whose values are all zero.</summary>
    public const int ZeroFrame = 64;

    /// <summary>Quotients from this value on are escaped.</summary>
    public const int EscapeQuotient = 24;

    private const int HeaderBits = 7;

    /// <summary>Most bytes <see cref="Write"/> takes for <paramref name="count"/> values (every value escaped).</summary>
    public static int MaxLength(int count) =>
        (int)((((long)count * (EscapeQuotient + 6 + 64)) + (((long)count / FrameLength) + 1) * HeaderBits + 7) >> 3);

    /// <summary>
    /// Estimated bits of a frame of <paramref name="count"/> values summing to <paramref name="sum"/> (0 for a frame of
    /// zeros): the Rice cost at the parameter <see cref="Write"/> starts from, escapes ignored.
    /// </summary>
    public static long EstimateFrameBits(ulong sum, int count)
    {
        if (sum == 0)
        {
            return HeaderBits;
        }

        int k = EstimateParameter(sum, count);
        return HeaderBits + (count * (k + 1L)) + (long)(sum >> k);
    }

    /// <summary>Writes <paramref name="values"/> as frames.</summary>
    public static void Write(ReadOnlySpan<ulong> values, ref BitWriter writer)
    {
        for (int start = 0; start < values.Length; start += FrameLength)
        {
            ReadOnlySpan<ulong> frame = values.Slice(start, Math.Min(FrameLength, values.Length - start));
            ChooseParameter(frame, out int k);
            writer.Write((ulong)k, HeaderBits);
            if (k == ZeroFrame)
            {
                continue;
            }

            foreach (ulong z in frame)
            {
                ulong q = z >> k;
                if (q < EscapeQuotient)
                {
                    // q ones, a zero, then the k low bits: at most 24 + 1 + 63 bits, so split the unary part off.
                    ulong unary = ((1UL << (int)q) - 1) << 1;
                    if (q + 1 + (ulong)k <= 64)
                    {
                        writer.Write((unary << k) | (z & LowMask(k)), (int)q + 1 + k);
                    }
                    else
                    {
                        writer.Write(unary, (int)q + 1);
                        writer.Write(z & LowMask(k), k);
                    }
                }
                else
                {
                    int width = 64 - BitOperations.LeadingZeroCount(z);
                    writer.Write((1UL << EscapeQuotient) - 1, EscapeQuotient);
                    writer.Write((ulong)(width - 1), 6);
                    writer.Write(z, width);
                }
            }
        }
    }

    /// <summary>Reads <paramref name="destination"/>.Length values; false when the bits are malformed or end early.</summary>
    public static bool TryRead(ref BitReader reader, Span<ulong> destination)
    {
        for (int start = 0; start < destination.Length; start += FrameLength)
        {
            Span<ulong> frame = destination.Slice(start, Math.Min(FrameLength, destination.Length - start));
            if (!reader.TryRead(HeaderBits, out ulong header) || header > ZeroFrame)
            {
                return false;
            }

            if (header == ZeroFrame)
            {
                frame.Clear();
                continue;
            }

            int k = (int)header;
            for (int i = 0; i < frame.Length; i++)
            {
                if (!reader.TryReadUnary(EscapeQuotient, out int q))
                {
                    return false;
                }

                ulong z;
                if (q < EscapeQuotient)
                {
                    ulong low = 0;
                    if (k != 0 && !reader.TryReadWide(k, out low))
                    {
                        return false;
                    }

                    z = ((ulong)q << k) | low;
                }
                else if (!reader.TryRead(6, out ulong width) || !reader.TryReadWide((int)width + 1, out z))
                {
                    return false;
                }

                frame[i] = z;
            }
        }

        return true;
    }

    private static ulong LowMask(int k) => k == 0 ? 0 : ulong.MaxValue >> (64 - k);

    private static ulong Sum(ReadOnlySpan<ulong> frame, out ulong union)
    {
        // Capped terms keep the sum of a frame far from overflow; capped values are escaped anyway.
        const ulong Cap = 1UL << 48;
        ulong sum = 0;
        union = 0;
        foreach (ulong z in frame)
        {
            sum += Math.Min(z, Cap);
            union |= z;
        }

        return sum;
    }

    // The Rice parameter near log2 of the mean, which is within one of the best for geometric-like residuals.
    private static int EstimateParameter(ulong sum, int count)
    {
        ulong mean = sum / (ulong)count;
        return mean == 0 ? 0 : Math.Min(63 - BitOperations.LeadingZeroCount(mean), 62);
    }

    // The best of the estimate and its neighbours by exact cost; k = ZeroFrame for a frame of zeros.
    private static void ChooseParameter(ReadOnlySpan<ulong> frame, out int k)
    {
        ulong sum = Sum(frame, out ulong union);
        if (union == 0)
        {
            k = ZeroFrame;
            return;
        }

        int estimate = EstimateParameter(sum, frame.Length);
        int low = Math.Max(estimate - 1, 0);
        if (union >> low >= EscapeQuotient)
        {
            // Some value may be escaped: cost each candidate exactly (rare: spikes and random data).
            k = low;
            long best = long.MaxValue;
            for (int candidate = low; candidate <= Math.Min(estimate + 1, 63); candidate++)
            {
                long cost = Cost(frame, candidate);
                if (cost < best)
                {
                    (k, best) = (candidate, cost);
                }
            }

            return;
        }

        // No escapes at any candidate: cost(k) = n(k + 1) + Σ z >> k, three sums in one pass.
        int mid = low + 1;
        int high = Math.Min(low + 2, 63);
        ulong sumLow = 0, sumMid = 0, sumHigh = 0;
        foreach (ulong z in frame)
        {
            sumLow += z >> low;
            sumMid += z >> mid;
            sumHigh += z >> high;
        }

        long n = frame.Length;
        long costLow = (n * (low + 1)) + (long)sumLow;
        long costMid = (n * (mid + 1)) + (long)sumMid;
        long costHigh = (n * (high + 1)) + (long)sumHigh;
        k = costLow <= costMid ? (costLow <= costHigh ? low : high) : (costMid <= costHigh ? mid : high);
    }

    private static long Cost(ReadOnlySpan<ulong> frame, int k)
    {
        long bits = 0;
        foreach (ulong z in frame)
        {
            ulong q = z >> k;
            bits += q < EscapeQuotient
                ? (long)q + 1 + k
                : EscapeQuotient + 6 + 64 - BitOperations.LeadingZeroCount(z);
        }

        return bits;
    }
}
