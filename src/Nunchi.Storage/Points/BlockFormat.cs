using System.Buffers.Binary;

namespace Nunchi.Storage.Points;

/// <summary>The header that precedes every block in a block file.</summary>
/// <remarks>
/// 56 bytes, little-endian: magic <c>NBK1</c> (4), CRC-32C of bytes 8..55 (4), series id (4), point count (4),
/// min timestamp (8), max timestamp (8), max LSN (8), payload length (4), CRC-32C of the payload (4), points of the
/// series' max-LSN record sealed so far (4), reserved zero (4). The payload is
/// <see cref="Encoding.BlockCodec"/> output. A block file is nothing but blocks back to back, so the index is
/// rebuilt by walking the headers.
/// </remarks>
internal static class BlockFormat
{
    /// <summary>Bytes of a block header.</summary>
    public const int HeaderBytes = 56;

    private const uint Magic = 0x314B424E; // "NBK1"

    /// <summary>Writes a header.</summary>
    public static void WriteHeader(Span<byte> destination, in BlockHeader header)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], header.SeriesId);
        BinaryPrimitives.WriteInt32LittleEndian(destination[12..], header.Count);
        BinaryPrimitives.WriteInt64LittleEndian(destination[16..], header.MinTs);
        BinaryPrimitives.WriteInt64LittleEndian(destination[24..], header.MaxTs);
        BinaryPrimitives.WriteInt64LittleEndian(destination[32..], header.MaxLsn);
        BinaryPrimitives.WriteInt32LittleEndian(destination[40..], header.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[44..], header.PayloadCrc);
        BinaryPrimitives.WriteInt32LittleEndian(destination[48..], header.MaxLsnPoints);
        BinaryPrimitives.WriteInt32LittleEndian(destination[52..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], Crc32C.Compute(destination[8..HeaderBytes]));
    }

    /// <summary>Reads a header; false when it is not an intact header.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> source, out BlockHeader header)
    {
        header = default;
        if (source.Length < HeaderBytes
            || BinaryPrimitives.ReadUInt32LittleEndian(source) != Magic
            || BinaryPrimitives.ReadUInt32LittleEndian(source[4..]) != Crc32C.Compute(source[8..HeaderBytes]))
        {
            return false;
        }

        header = new BlockHeader(
            BinaryPrimitives.ReadInt32LittleEndian(source[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(source[12..]),
            BinaryPrimitives.ReadInt64LittleEndian(source[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(source[24..]),
            BinaryPrimitives.ReadInt64LittleEndian(source[32..]),
            BinaryPrimitives.ReadInt32LittleEndian(source[40..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[44..]),
            BinaryPrimitives.ReadInt32LittleEndian(source[48..]));
        return header.SeriesId > 0 && header.Count > 0 && header.Length > 0 && header.MinTs <= header.MaxTs;
    }
}
