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

    /// <summary>
    /// The predictor whose encoding of <paramref name="x"/> looks shortest (estimated per frame), and the exact
    /// length in bytes of that encoding; <paramref name="residuals"/> (x.Length) is scratch and ends up holding the
    /// chosen predictor's residuals for <see cref="Write"/>.
    /// </summary>
    public static Predictor Choose(ReadOnlySpan<long> x, Span<ulong> residuals, out int length)
    {
        var best = Predictor.Delta;
        long bestBits = long.MaxValue;
        for (int p = 0; p <= MaxPredictor; p++)
        {
            var predictor = (Predictor)p;
            int heads = Heads(predictor, x.Length);
            ComputeResiduals(x, predictor, residuals);
            long bits = HeadLength(x, heads) * 8L + RiceCoding.EstimateBits(residuals.Slice(heads));
            if (bits < bestBits)
            {
                (best, bestBits) = (predictor, bits);
            }
        }

        int bestHeads = Heads(best, x.Length);
        ComputeResiduals(x, best, residuals);
        length = HeadLength(x, bestHeads) + (int)((RiceCoding.MeasureBits(residuals.Slice(bestHeads)) + 7) >> 3);
        return best;
    }

    /// <summary>
    /// Writes <paramref name="x"/> with the <paramref name="residuals"/> <see cref="Choose"/> left; returns the bytes
    /// written.
    /// </summary>
    public static int Write(ReadOnlySpan<long> x, Predictor predictor, ReadOnlySpan<ulong> residuals, Span<byte> destination)
    {
        int heads = Heads(predictor, x.Length);
        int o = 0;
        for (int i = 0; i < heads; i++)
        {
            o += VarInt.Write(VarInt.ZigZag(i == 0 ? x[0] : unchecked(x[1] - x[0])), destination.Slice(o));
        }

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

    private static int HeadLength(ReadOnlySpan<long> x, int heads)
    {
        int length = 0;
        for (int i = 0; i < heads; i++)
        {
            length += VarInt.Length(VarInt.ZigZag(i == 0 ? x[0] : unchecked(x[1] - x[0])));
        }

        return length;
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
