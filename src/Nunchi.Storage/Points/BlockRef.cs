namespace Nunchi.Storage.Points;

/// <summary>Where one sealed block lives and what it covers: an entry of the in-memory block index.</summary>
/// <param name="File">The block file.</param>
/// <param name="Offset">Offset of the encoded points (just after the block header) in the file.</param>
/// <param name="Length">Bytes of the encoded points.</param>
/// <param name="Count">Points in the block (distinct timestamps).</param>
/// <param name="MinTs">Earliest timestamp, Unix ms.</param>
/// <param name="MaxTs">Latest timestamp, Unix ms.</param>
/// <param name="MaxLsn">Highest LSN of the points sealed into it: the series' log records up to here are in blocks.</param>
/// <param name="PayloadCrc">CRC-32C of the encoded points.</param>
/// <param name="MaxLsnPoints">
/// How many of the series' points of log record <paramref name="MaxLsn"/> are sealed up to and including this block
/// (one batch can fill several blocks; recovery skips exactly these).
/// </param>
internal readonly record struct BlockRef(BlockFile File, long Offset, int Length, int Count, long MinTs, long MaxTs, long MaxLsn, uint PayloadCrc, int MaxLsnPoints)
{
    /// <summary>Bytes the block takes in its file, header included.</summary>
    public long StoredBytes => BlockFormat.HeaderBytes + Length;
}
