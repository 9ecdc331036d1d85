namespace Nunchi.Storage.Points;

/// <summary>A block with its seal order within its series: of two points with one timestamp, the higher rank wins.</summary>
internal readonly record struct RankedBlock(BlockRef Block, int Rank)
{
    /// <summary>Orders blocks by first timestamp, then rank: the order reads and merges go through them.</summary>
    public static void SortByStart(Span<RankedBlock> blocks) =>
        blocks.Sort(static (a, b) => a.Block.MinTs != b.Block.MinTs ? a.Block.MinTs.CompareTo(b.Block.MinTs) : a.Rank.CompareTo(b.Rank));

    /// <summary>
    /// The end (exclusive) of the run of overlapping blocks that starts at <paramref name="start"/> in blocks sorted
    /// by <see cref="SortByStart"/>: those must be merged point by point, the others can be read one by one.
    /// </summary>
    public static int OverlapRunEnd(ReadOnlySpan<RankedBlock> sorted, int start)
    {
        var runMax = sorted[start].Block.MaxTs;
        var end = start + 1;
        while (end < sorted.Length && sorted[end].Block.MinTs <= runMax)
        {
            runMax = Math.Max(runMax, sorted[end].Block.MaxTs);
            end++;
        }

        return end;
    }
}
