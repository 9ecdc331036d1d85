using System.Buffers;
using System.Buffers.Binary;

namespace Nunchi.Storage.Encoding;

/// <summary>Encodes the points of one block (placeholder: uncompressed; the real codec replaces it at merge).</summary>
/// <remarks>
/// Layout: point count (int32, little-endian), then every timestamp (int64), then every value (IEEE-754 bits, int64).
/// </remarks>
internal static class BlockCodec
{
    private const int CountBytes = 4;
    private const int PointBytes = 16;

    /// <summary>Appends one block; <paramref name="timestampsMs"/> strictly increasing, values finite.</summary>
    public static void Encode(ReadOnlySpan<long> timestampsMs, ReadOnlySpan<double> values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (timestampsMs.Length != values.Length)
        {
            throw new ArgumentException("Timestamps and values differ in length.", nameof(values));
        }

        var count = timestampsMs.Length;
        var size = CountBytes + (count * PointBytes);
        var span = output.GetSpan(size)[..size];
        BinaryPrimitives.WriteInt32LittleEndian(span, count);
        var tsBytes = span.Slice(CountBytes, count * 8);
        var valueBytes = span.Slice(CountBytes + (count * 8), count * 8);
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(tsBytes[(i * 8)..], timestampsMs[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(valueBytes[(i * 8)..], values[i]);
        }

        output.Advance(size);
    }

    /// <summary>The number of points in a block, or -1 when the block is too short to say.</summary>
    public static int PointCount(ReadOnlySpan<byte> block)
        => block.Length < CountBytes ? -1 : BinaryPrimitives.ReadInt32LittleEndian(block);

    /// <summary>Decodes a block into caller buffers; false when the block is malformed or the buffers too small.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> block, Span<long> timestampsMs, Span<double> values, out int count)
    {
        count = 0;
        if (block.Length < CountBytes)
        {
            return false;
        }

        var n = BinaryPrimitives.ReadInt32LittleEndian(block);
        if (n < 0 || (long)block.Length != CountBytes + ((long)n * PointBytes) || timestampsMs.Length < n || values.Length < n)
        {
            return false;
        }

        var tsBytes = block.Slice(CountBytes, n * 8);
        var valueBytes = block.Slice(CountBytes + (n * 8), n * 8);
        for (var i = 0; i < n; i++)
        {
            var ts = BinaryPrimitives.ReadInt64LittleEndian(tsBytes[(i * 8)..]);
            if (i > 0 && ts <= timestampsMs[i - 1])
            {
                return false;
            }

            timestampsMs[i] = ts;
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(valueBytes[(i * 8)..]);
        }

        count = n;
        return true;
    }
}
