namespace Nunchi.Storage.Points;

/// <summary>The fields of a block header (see <see cref="BlockFormat"/>).</summary>
internal readonly record struct BlockHeader(
    int SeriesId,
    int Count,
    long MinTs,
    long MaxTs,
    long MaxLsn,
    int Length,
    uint PayloadCrc,
    int MaxLsnPoints,
    int Seq,
    int FirstSeq,
    int Part,
    int Parts);
