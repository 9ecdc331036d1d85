using System.Runtime.CompilerServices;

namespace Nunchi.Storage.Encoding;

/// <summary>
/// A sequence of 64-bit integers as the errors of a <see cref="Predictor"/>, zigzag-mapped and Rice-coded (see
/// <see cref="RiceCoding"/>).
/// </summary>
/// <remarks>
/// Layout: the predictor's heads as zigzag varints (x₀ for delta and smoothing; x₀ and x₁ − x₀ for delta of deltas),
/// then the residuals of the remaining values as one Rice bit stream, padded to a whole byte. All arithmetic wraps
/// modulo 2⁶⁴ and the decoder repeats the encoder's integer steps, so every sequence of longs round-trips.
/// </remarks>
internal static class PredictiveCoding
{
    /// <summary>The highest <see cref="Predictor"/> value.</summary>
    public const int MaxPredictor = (int)Predictor.SmoothedEighth;

    // Fixed-point fraction bits of the smoothed level.
    private const int FractionBits = 8;

    /// <summary>The predictor whose encoding of <paramref name="x"/> looks shortest, estimated per frame in one pass.</summary>
    public static Predictor Choose(ReadOnlySpan<long> x)
    {
        if (x.Length < 3 || IsSteadyRamp(x))
        {
            // A regular cadence or a steady counter: second differences are all zero.
            return Predictor.DeltaOfDelta;
        }

        // The residuals of every predictor from index 2 on (where all have one), summed per frame; the Rice cost
        // follows from the sum. Capped terms keep sums from overflowing; values that large are escaped anyway.
        const ulong Cap = 1UL << 48;
        long bitsZero = 0, bitsDelta = 0, bitsDeltaOfDelta = 0, bitsHalf = 0, bitsQuarter = 0, bitsEighth = 0;
        long half = Smooth(x[0] << FractionBits, x[1], 1);
        long quarter = Smooth(x[0] << FractionBits, x[1], 2);
        long eighth = Smooth(x[0] << FractionBits, x[1], 3);
        for (int start = 2; start < x.Length; start += RiceCoding.FrameLength)
        {
            int end = Math.Min(start + RiceCoding.FrameLength, x.Length);
            ulong sumZero = 0, sumDelta = 0, sumDeltaOfDelta = 0, sumHalf = 0, sumQuarter = 0, sumEighth = 0;
            unchecked
            {
                for (int i = start; i < end; i++)
                {
                    long v = x[i];
                    long delta = v - x[i - 1];
                    sumZero += Math.Min(VarInt.ZigZag(v), Cap);
                    sumDelta += Math.Min(VarInt.ZigZag(delta), Cap);
                    sumDeltaOfDelta += Math.Min(VarInt.ZigZag(delta - (x[i - 1] - x[i - 2])), Cap);
                    sumHalf += Math.Min(VarInt.ZigZag(v - Predict(half)), Cap);
                    sumQuarter += Math.Min(VarInt.ZigZag(v - Predict(quarter)), Cap);
                    sumEighth += Math.Min(VarInt.ZigZag(v - Predict(eighth)), Cap);
                    half = Smooth(half, v, 1);
                    quarter = Smooth(quarter, v, 2);
                    eighth = Smooth(eighth, v, 3);
                }
            }

            int count = end - start;
            bitsZero += RiceCoding.EstimateFrameBits(sumZero, count);
            bitsDelta += RiceCoding.EstimateFrameBits(sumDelta, count);
            bitsDeltaOfDelta += RiceCoding.EstimateFrameBits(sumDeltaOfDelta, count);
            bitsHalf += RiceCoding.EstimateFrameBits(sumHalf, count);
            bitsQuarter += RiceCoding.EstimateFrameBits(sumQuarter, count);
            bitsEighth += RiceCoding.EstimateFrameBits(sumEighth, count);
        }

        // Ties go to the simpler predictor.
        var best = Predictor.Delta;
        long bestBits = bitsDelta;
        Consider(Predictor.DeltaOfDelta, bitsDeltaOfDelta, ref best, ref bestBits);
        Consider(Predictor.SmoothedHalf, bitsHalf, ref best, ref bestBits);
        Consider(Predictor.SmoothedQuarter, bitsQuarter, ref best, ref bestBits);
        Consider(Predictor.SmoothedEighth, bitsEighth, ref best, ref bestBits);
        Consider(Predictor.Zero, bitsZero, ref best, ref bestBits);
        return best;
    }

    /// <summary>Most bytes <see cref="Write"/> takes for <paramref name="count"/> values.</summary>
    public static int MaxLength(int count) => (2 * VarInt.MaxLength) + RiceCoding.MaxLength(count);

    /// <summary>
    /// Writes <paramref name="x"/> with <paramref name="predictor"/> into <paramref name="destination"/> (at least
    /// <see cref="MaxLength"/>); <paramref name="residuals"/> (x.Length) is scratch. Returns the bytes written.
    /// </summary>
    public static int Write(ReadOnlySpan<long> x, Predictor predictor, Span<ulong> residuals, Span<byte> destination)
    {
        int heads = Heads(predictor, x.Length);
        int o = 0;
        for (int i = 0; i < heads; i++)
        {
            o += VarInt.Write(VarInt.ZigZag(i == 0 ? x[0] : unchecked(x[1] - x[0])), destination.Slice(o));
        }

        ComputeResiduals(x, predictor, residuals);
        var writer = new BitWriter(destination.Slice(o));
        RiceCoding.Write(residuals.Slice(heads), ref writer);
        writer.Flush();
        return o + writer.Length;
    }

    /// <summary>
    /// Reads <paramref name="destination"/>.Length values at <paramref name="position"/> and advances it past them;
    /// false when the bytes are malformed or end early.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, ref int position, Predictor predictor, Span<long> destination)
    {
        int n = destination.Length;
        int heads = Heads(predictor, n);
        int pos = position;
        for (int i = 0; i < heads; i++)
        {
            if (!VarInt.TryRead(source, ref pos, out ulong head))
            {
                return false;
            }

            destination[i] = VarInt.UnZigZag(head);
        }

        // The residuals are decoded into the destination itself, then turned into values in place.
        var reader = new BitReader(source.Slice(pos));
        Span<ulong> zigzag = System.Runtime.InteropServices.MemoryMarshal.Cast<long, ulong>(destination.Slice(heads));
        if (!RiceCoding.TryRead(ref reader, zigzag))
        {
            return false;
        }

        position = pos + (int)((reader.BitsRead + 7) >> 3);
        Reconstruct(destination, predictor);
        return true;
    }

    private static int Heads(Predictor predictor, int count) => Math.Min(predictor switch
    {
        Predictor.Zero => 0,
        Predictor.DeltaOfDelta => 2,
        _ => 1,
    }, count);

    private static bool IsSteadyRamp(ReadOnlySpan<long> x)
    {
        long step = unchecked(x[1] - x[0]);
        for (int i = 2; i < x.Length; i++)
        {
            if (unchecked(x[i] - x[i - 1]) != step)
            {
                return false;
            }
        }

        return true;
    }

    private static void Consider(Predictor predictor, long bits, ref Predictor best, ref long bestBits)
    {
        if (bits < bestBits)
        {
            (best, bestBits) = (predictor, bits);
        }
    }

    // residuals[i] for i ≥ heads: the zigzagged error of the prediction of x[i]; entries below heads are unused.
    private static void ComputeResiduals(ReadOnlySpan<long> x, Predictor predictor, Span<ulong> residuals)
    {
        unchecked
        {
            switch (predictor)
            {
                case Predictor.Zero:
                    for (int i = 0; i < x.Length; i++)
                    {
                        residuals[i] = VarInt.ZigZag(x[i]);
                    }

                    break;
                case Predictor.Delta:
                    for (int i = 1; i < x.Length; i++)
                    {
                        residuals[i] = VarInt.ZigZag(x[i] - x[i - 1]);
                    }

                    break;
                case Predictor.DeltaOfDelta:
                    for (int i = 2; i < x.Length; i++)
                    {
                        residuals[i] = VarInt.ZigZag(x[i] - (2 * x[i - 1]) + x[i - 2]);
                    }

                    break;
                default:
                    int shift = predictor - Predictor.SmoothedHalf + 1;
                    long level = x[0] << FractionBits;
                    for (int i = 1; i < x.Length; i++)
                    {
                        residuals[i] = VarInt.ZigZag(x[i] - Predict(level));
                        level = Smooth(level, x[i], shift);
                    }

                    break;
            }
        }
    }

    // x holds the heads (x₀, Δx₁) then the zigzagged residuals; turns them into the values in place.
    private static void Reconstruct(Span<long> x, Predictor predictor)
    {
        int heads = Heads(predictor, x.Length);
        unchecked
        {
            for (int i = heads; i < x.Length; i++)
            {
                x[i] = VarInt.UnZigZag((ulong)x[i]);
            }

            switch (predictor)
            {
                case Predictor.Zero:
                    break;
                case Predictor.Delta:
                    PrefixSum(x, 1);
                    break;
                case Predictor.DeltaOfDelta:
                    // x₀, Δx₁, Δ²x₂, …: the first sum gives the deltas from index 1, the second the values.
                    PrefixSum(x, 2);
                    PrefixSum(x, 1);
                    break;
                default:
                    int shift = predictor - Predictor.SmoothedHalf + 1;
                    if (x.Length == 0)
                    {
                        break;
                    }

                    long level = x[0] << FractionBits;
                    for (int i = 1; i < x.Length; i++)
                    {
                        x[i] += Predict(level);
                        level = Smooth(level, x[i], shift);
                    }

                    break;
            }
        }
    }

    private static void PrefixSum(Span<long> x, int from)
    {
        for (int i = from; i < x.Length; i++)
        {
            x[i] = unchecked(x[i] + x[i - 1]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Predict(long level) => unchecked(level + (1L << (FractionBits - 1))) >> FractionBits;

    // level += α (x − level) with α = 2^−shift, in fixed point; an arithmetic shift, so exact and repeatable.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Smooth(long level, long x, int shift) => unchecked(level + (((x << FractionBits) - level) >> shift));
}
