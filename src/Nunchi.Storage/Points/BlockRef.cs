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
/// <param name="Seq">The block's sequence number in its series: its rank when timestamps collide.</param>
/// <param name="FirstSeq">The first sequence number it covers (it replaces the blocks within [FirstSeq, Seq]).</param>
/// <param name="Part">Which part of a compaction output of several blocks (0 for a sealed head).</param>
/// <param name="Parts">How many parts that output has.</param>
internal readonly record struct BlockRef(
    BlockFile File,
    long Offset,
    int Length,
    int Count,
    long MinTs,
    long MaxTs,
    long MaxLsn,
    uint PayloadCrc,
    int MaxLsnPoints,
    int Seq,
    int FirstSeq,
    short Part,
    short Parts)
{
    /// <summary>Bytes the block takes in its file, header included.</summary>
    public long StoredBytes => BlockFormat.HeaderBytes + Length;

    /// <summary>The index entry for a header read or written at <paramref name="headerOffset"/> of <paramref name="file"/>.</summary>
    public static BlockRef At(BlockFile file, long headerOffset, in BlockHeader h)
        => new(file, headerOffset + BlockFormat.HeaderBytes, h.Length, h.Count, h.MinTs, h.MaxTs, h.MaxLsn, h.PayloadCrc, h.MaxLsnPoints, h.Seq, h.FirstSeq, (short)h.Part, (short)h.Parts);

    /// <summary>Whether the two entries name one stored block (same file and offset): a block's identity in the index.</summary>
    public bool IsSameBlock(in BlockRef other) => File == other.File && Offset == other.Offset;

    /// <summary>Whether the two blocks share a timestamp range.</summary>
    public bool Overlaps(in BlockRef other) => MinTs <= other.MaxTs && other.MinTs <= MaxTs;
}
