using Nunchi.Storage.Encoding;
using System.Buffers.Binary;

namespace Nunchi.Storage.Points;

/// <summary>The byte layout of one write-ahead log record (one appended batch).</summary>
/// <remarks>
/// Header, 28 bytes, little-endian: magic <c>NWL1</c> (4), CRC-32C of bytes 8..27 (4), LSN (8), point count (4),
/// payload length (4), CRC-32C of the payload (4). Payload, per point: series id (unsigned LEB128), timestamp minus
/// the previous point's timestamp in the batch (zigzag LEB128; the first point's delta is from 0), value (8 bytes,
/// IEEE-754). A batch of one series at a steady cadence costs about 11 bytes per point. The header has its own CRC
/// so that a torn header is never mistaken for a long payload.
/// </remarks>
internal static class LogRecordFormat
{
    /// <summary>Bytes of a record header.</summary>
    public const int HeaderBytes = 28;

    /// <summary>Most payload bytes one point can take.</summary>
    public const int MaxPointBytes = 5 + VarInt.MaxLength + 8;

    private const uint Magic = 0x314C574E; // "NWL1"

    /// <summary>Encodes the points of a batch; <paramref name="destination"/> holds at least <see cref="MaxPointBytes"/> per point.</summary>
    /// <exception cref="ArgumentException">A point has a series id outside 1..<paramref name="maxSeriesId"/> or a value that is not finite.</exception>
    public static int EncodePayload(ReadOnlySpan<StoredPoint> points, Span<byte> destination, int maxSeriesId)
    {
        var written = 0;
        var previous = 0L;
        foreach (ref readonly var p in points)
        {
            if ((uint)(p.SeriesId - 1) >= (uint)maxSeriesId || !double.IsFinite(p.Value))
            {
                ThrowInvalidPoint(p);
            }

            written += VarInt.Write((uint)p.SeriesId, destination[written..]);
            written += VarInt.Write(VarInt.ZigZag(p.TimestampMs - previous), destination[written..]);
            BinaryPrimitives.WriteDoubleLittleEndian(destination[written..], p.Value);
            written += 8;
            previous = p.TimestampMs;
        }

        return written;
    }

    /// <summary>Decodes a payload into <paramref name="destination"/>; false when it is malformed.</summary>
    public static bool TryDecodePayload(ReadOnlySpan<byte> payload, Span<StoredPoint> destination)
    {
        var previous = 0L;
        var at = 0;
        for (var i = 0; i < destination.Length; i++)
        {
            if (!VarInt.TryRead(payload, ref at, out var id) || id is 0 or > int.MaxValue
                || !VarInt.TryRead(payload, ref at, out var delta) || payload.Length - at < 8)
            {
                return false;
            }

            previous += VarInt.UnZigZag(delta);
            destination[i] = new StoredPoint((int)id, previous, BinaryPrimitives.ReadDoubleLittleEndian(payload[at..]));
            at += 8;
        }

        return at == payload.Length;
    }

    /// <summary>Writes a record header.</summary>
    public static void WriteHeader(Span<byte> destination, long lsn, int count, int payloadLength, uint payloadCrc)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, Magic);
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], lsn);
        BinaryPrimitives.WriteInt32LittleEndian(destination[16..], count);
        BinaryPrimitives.WriteInt32LittleEndian(destination[20..], payloadLength);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[24..], payloadCrc);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], Crc32C.Compute(destination[8..HeaderBytes]));
    }

    /// <summary>Reads a record header; false when it is not an intact header.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> source, out long lsn, out int count, out int payloadLength, out uint payloadCrc)
    {
        lsn = 0;
        count = 0;
        payloadLength = 0;
        payloadCrc = 0;
        if (source.Length < HeaderBytes
            || BinaryPrimitives.ReadUInt32LittleEndian(source) != Magic
            || BinaryPrimitives.ReadUInt32LittleEndian(source[4..]) != Crc32C.Compute(source[8..HeaderBytes]))
        {
            return false;
        }

        lsn = BinaryPrimitives.ReadInt64LittleEndian(source[8..]);
        count = BinaryPrimitives.ReadInt32LittleEndian(source[16..]);
        payloadLength = BinaryPrimitives.ReadInt32LittleEndian(source[20..]);
        payloadCrc = BinaryPrimitives.ReadUInt32LittleEndian(source[24..]);
        return lsn > 0 && count >= 0 && payloadLength >= 0 && payloadLength <= count * (long)MaxPointBytes;
    }

    private static void ThrowInvalidPoint(in StoredPoint point)
        => throw new ArgumentException(
            $"Point {point} cannot be stored: series ids run from 1 to the store's MaxSeries and values must be finite.");
}
