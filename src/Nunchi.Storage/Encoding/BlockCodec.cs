using System.Buffers;
using System.Buffers.Binary;

namespace Nunchi.Storage.Encoding;

/// <summary>
/// The compressed block of the embedded store: the points of one series, timestamps as bit-packed differences and
/// values as bit-packed differences of exact decimal integers (Gorilla XOR when the values are not decimals).
/// </summary>
/// <remarks>
/// <para>Layout, all integers little-endian or LEB128:</para>
/// <code>
/// varint  n                    point count, 1 … MaxPointCount
/// byte    layout               bits 0–2 timestamp Predictor, 3–5 value Predictor, 6–7 ValueEncoding
/// …       timestamps           PredictiveCoding with the timestamp predictor
/// Constant:   8 bytes          the bits of the one value
/// Decimal:    byte scale d,    then the integers m (value = m / 10^d) in PredictiveCoding with the value predictor
/// GorillaXor: the bit stream, to the end of the block
/// </code>
/// <para>
/// Typical sizes: a regular cadence costs 7 bits per 128 timestamps; a constant series 9 bytes; sensor values printed
/// with 1–3 decimals 3–8 bits each. Decoding is bit-exact for every double. Thread-safe (no state).
/// </para>
/// </remarks>
internal static class BlockCodec
{
    /// <summary>The most points one block holds.</summary>
    public const int MaxPointCount = 1 << 16;

    // Decimal integers needing more than this many bytes per value may compress better as Gorilla XOR: try both.
    private const int GorillaTrialBytesPerValue = 2;

    /// <summary>Encodes one series' points; timestamps strictly increasing (the caller sorts and removes duplicates), values finite.</summary>
    /// <remarks>
    /// Any timestamps and any doubles round-trip; increasing timestamps and finite decimals compress best.
    /// Writes exactly one block through one <see cref="IBufferWriter{T}.GetSpan"/> call of the exact length; allocates
    /// nothing (scratch comes from <see cref="ArrayPool{T}.Shared"/>). Time O(n), ~7 predictor trials fused in one pass.
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length, are empty, or hold more than <see cref="MaxPointCount"/> points.</exception>
    public static void Encode(ReadOnlySpan<long> timestampsMs, ReadOnlySpan<double> values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int n = timestampsMs.Length;
        if (n != values.Length || n == 0 || n > MaxPointCount)
        {
            ThrowBadLength(n, values.Length);
        }

        // The block is built in pooled scratch and copied once its length is known: the writer is asked for exactly
        // that many bytes, and the encoder needs no separate pass to measure.
        long[] integers = ArrayPool<long>.Shared.Rent(n);
        ulong[] residuals = ArrayPool<ulong>.Shared.Rent(n);
        byte[] scratch = ArrayPool<byte>.Shared.Rent(MaxBlockLength(n));
        byte[]? gorilla = null;
        try
        {
            Span<byte> block = scratch;
            int o = VarInt.Write((ulong)n, block);
            int layoutAt = o++;

            // 1. Timestamps: the cheapest predictor (delta of deltas for a steady cadence).
            Predictor timestampPredictor = PredictiveCoding.Choose(timestampsMs);
            o += PredictiveCoding.Write(timestampsMs, timestampPredictor, residuals.AsSpan(0, n), block.Slice(o));

            // 2. Values: constant, else exact decimal integers, else (or when smaller) Gorilla XOR.
            var encoding = ValueEncoding.GorillaXor;
            var valuePredictor = Predictor.Zero;
            int valuesAt = o;
            Span<long> m = integers.AsSpan(0, n);
            if (IsConstant(values))
            {
                encoding = ValueEncoding.Constant;
                BinaryPrimitives.WriteDoubleLittleEndian(block.Slice(o), values[0]);
                o += sizeof(double);
            }
            else if (DecimalScale.TryScale(values, m, out int scale))
            {
                encoding = ValueEncoding.Decimal;
                valuePredictor = PredictiveCoding.Choose(m);
                block[o++] = (byte)scale;
                o += PredictiveCoding.Write(m, valuePredictor, residuals.AsSpan(0, n), block.Slice(o));
            }

            if (encoding == ValueEncoding.GorillaXor || (encoding == ValueEncoding.Decimal && o - valuesAt > GorillaTrialBytesPerValue * n))
            {
                gorilla = ArrayPool<byte>.Shared.Rent(GorillaXor.MaxLength(n));
                int gorillaLength = GorillaXor.Encode(values, gorilla);
                if (encoding == ValueEncoding.GorillaXor || gorillaLength < o - valuesAt)
                {
                    (encoding, valuePredictor) = (ValueEncoding.GorillaXor, Predictor.Zero);
                    gorilla.AsSpan(0, gorillaLength).CopyTo(block.Slice(valuesAt));
                    o = valuesAt + gorillaLength;
                }
            }

            block[layoutAt] = (byte)((int)timestampPredictor | ((int)valuePredictor << 3) | ((int)encoding << 6));

            // 3. One exact-length span from the writer.
            block.Slice(0, o).CopyTo(output.GetSpan(o));
            output.Advance(o);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(integers);
            ArrayPool<ulong>.Shared.Return(residuals);
            ArrayPool<byte>.Shared.Return(scratch);
            if (gorilla is not null)
            {
                ArrayPool<byte>.Shared.Return(gorilla);
            }
        }
    }

    /// <summary>Number of points in an encoded block (reads only the header).</summary>
    /// <returns>The count, or 0 when the header is malformed (no block holds 0 points).</returns>
    public static int PointCount(ReadOnlySpan<byte> block)
    {
        int position = 0;
        return VarInt.TryRead(block, ref position, out ulong n) && n is > 0 and <= MaxPointCount ? (int)n : 0;
    }

    /// <summary>Decodes a whole block into the caller's spans (each at least PointCount long).</summary>
    /// <returns>
    /// False when the block is malformed or truncated, or a span is too short; never throws and never reads outside
    /// <paramref name="block"/>. The block has no checksum: a flipped payload bit may decode to other points.
    /// </returns>
    public static bool TryDecode(ReadOnlySpan<byte> block, Span<long> timestampsMs, Span<double> values, out int count)
    {
        count = 0;
        int n = PointCount(block);
        if (n == 0 || timestampsMs.Length < n || values.Length < n)
        {
            return false;
        }

        int position = VarInt.Length((ulong)n);
        if (position >= block.Length)
        {
            return false;
        }

        int layout = block[position++];
        var timestampPredictor = (Predictor)(layout & 7);
        var valuePredictor = (Predictor)((layout >> 3) & 7);
        var encoding = (ValueEncoding)(layout >> 6);
        if ((int)timestampPredictor > PredictiveCoding.MaxPredictor || (int)valuePredictor > PredictiveCoding.MaxPredictor)
        {
            return false;
        }

        if (!PredictiveCoding.TryRead(block, ref position, timestampPredictor, timestampsMs.Slice(0, n)))
        {
            return false;
        }

        Span<double> output = values.Slice(0, n);
        bool ok = encoding switch
        {
            ValueEncoding.Constant => TryReadConstant(block.Slice(position), output),
            ValueEncoding.Decimal => TryReadDecimal(block.Slice(position), valuePredictor, output),
            ValueEncoding.GorillaXor => GorillaXor.TryDecode(block.Slice(position), output),
            _ => false,
        };
        if (ok)
        {
            count = n;
        }

        return ok;
    }

    // Count, layout, timestamps, and the largest value section (decimal or Gorilla; a constant's 8 bytes are less).
    private static int MaxBlockLength(int n) =>
        VarInt.MaxLength + 1 + PredictiveCoding.MaxLength(n) + Math.Max(1 + PredictiveCoding.MaxLength(n), GorillaXor.MaxLength(n));

    private static bool IsConstant(ReadOnlySpan<double> values)
    {
        long first = BitConverter.DoubleToInt64Bits(values[0]);
        foreach (double v in values)
        {
            if (BitConverter.DoubleToInt64Bits(v) != first)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadConstant(ReadOnlySpan<byte> source, Span<double> values)
    {
        if (source.Length != sizeof(double))
        {
            return false;
        }

        values.Fill(BinaryPrimitives.ReadDoubleLittleEndian(source));
        return true;
    }

    private static bool TryReadDecimal(ReadOnlySpan<byte> source, Predictor predictor, Span<double> values)
    {
        if (source.IsEmpty || source[0] > DecimalScale.MaxScale)
        {
            return false;
        }

        int scale = source[0];
        int position = 1;
        // The integers are decoded into the values' own memory, then converted in place.
        Span<long> integers = System.Runtime.InteropServices.MemoryMarshal.Cast<double, long>(values);
        if (!PredictiveCoding.TryRead(source, ref position, predictor, integers) || position != source.Length)
        {
            return false;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] = DecimalScale.ToDouble(integers[i], scale);
        }

        return true;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowBadLength(int timestamps, int values) => throw new ArgumentException(
        $"Expected 1 to {MaxPointCount} timestamps and as many values; got {timestamps} and {values}.");
}
