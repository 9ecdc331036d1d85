namespace Nunchi.Storage.Points;

/// <summary>Chooses which runs of a series' blocks to merge.</summary>
/// <remarks>
/// <para>
/// Two kinds of run, both contiguous in sequence order (so the merged block can take the rank of its newest input
/// and replace a range [first, last] of sequence numbers):
/// </para>
/// <list type="number">
/// <item>Late blocks: a block that overlaps an older one in time forms a run back to the oldest it overlaps, so that
/// duplicates are resolved once and <c>Extent</c> counts right; skipped when that run exceeds
/// <see cref="PointStoreTuning.CompactMaxRunPoints"/> (reads still merge it).</item>
/// <item>Small blocks (fewer than <see cref="PointStoreTuning.CompactSmallPoints"/>): consecutive ones are grouped
/// greedily up to <see cref="PointStoreTuning.CompactTargetPoints"/>; a group is merged once it is full or holds
/// <see cref="PointStoreTuning.CompactMinRunBlocks"/> blocks (any two on a forced pass). Waiting for several blocks
/// keeps the rewriting of a slow series' growing block to a few times, not once per seal.</item>
/// </list>
/// <para>
/// A run never splits the parts of one earlier output (they share a range). O(n) in the blocks of the series, plus
/// O(n) per late block.
/// </para>
/// </remarks>
internal static class CompactionPlanner
{
    /// <summary>Fills <paramref name="runs"/> with disjoint runs in increasing order.</summary>
    public static void Plan(ReadOnlySpan<BlockRef> blocks, PointStoreTuning tuning, bool force, List<CompactionRun> runs)
    {
        runs.Clear();
        if (blocks.Length < 2)
        {
            return;
        }

        // 1. Late blocks, back to the oldest block they overlap; runs that touch each other's blocks are joined.
        var seenMax = long.MinValue;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].MinTs <= seenMax)
            {
                var oldest = i;
                for (var j = i - 1; j >= 0; j--)
                {
                    oldest = blocks[j].Overlaps(blocks[i]) ? j : oldest;
                }

                if (oldest < i)
                {
                    Add(runs, blocks, oldest, i + 1);
                }
            }

            seenMax = Math.Max(seenMax, blocks[i].MaxTs);
        }

        for (var r = runs.Count - 1; r >= 0; r--)
        {
            if (Points(blocks, runs[r]) > tuning.CompactMaxRunPoints)
            {
                runs.RemoveAt(r);
            }
        }

        var late = runs.Count;

        // 2. Groups of small blocks outside the late runs.
        var next = 0;
        for (var i = 0; i < blocks.Length;)
        {
            if (next < late && i >= runs[next].Start)
            {
                i = runs[next++].End;
                continue;
            }

            var stop = next < late ? runs[next].Start : blocks.Length;
            if (blocks[i].Count >= tuning.CompactSmallPoints)
            {
                i++;
                continue;
            }

            var start = i;
            var total = 0L;
            while (i < stop && blocks[i].Count < tuning.CompactSmallPoints && total + blocks[i].Count <= tuning.CompactTargetPoints)
            {
                total += blocks[i].Count;
                i++;
            }

            var full = i < stop && blocks[i].Count < tuning.CompactSmallPoints;
            var count = i - start;
            if (count >= 2 && (force || full || count >= tuning.CompactMinRunBlocks))
            {
                Add(runs, blocks, start, i);
            }
        }

        runs.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        for (var r = runs.Count - 1; r > 0; r--)
        {
            if (runs[r - 1].End > runs[r].Start)
            {
                runs[r - 1] = new CompactionRun(runs[r - 1].Start, Math.Max(runs[r - 1].End, runs[r].End));
                runs.RemoveAt(r);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="run"/> keeps the planner's promise: at least two blocks, within the list, starting at or
    /// after <paramref name="after"/> (the end of the run before it) and splitting no earlier output.
    /// </summary>
    /// <remarks>The store checks every run against it before merging: a broken promise skips a run, never corrupts the index.</remarks>
    public static bool IsWholeRun(ReadOnlySpan<BlockRef> blocks, CompactionRun run, int after)
        => run.Start >= Math.Max(after, 0) && run.End - run.Start >= 2 && run.End <= blocks.Length
            && (run.Start == 0 || blocks[run.Start - 1].Seq != blocks[run.Start].Seq)
            && (run.End == blocks.Length || blocks[run.End].Seq != blocks[run.End - 1].Seq);

    // Adds [start, end) widened to whole outputs, joined with the runs it shares blocks with (they end before it).
    private static void Add(List<CompactionRun> runs, ReadOnlySpan<BlockRef> blocks, int start, int end)
    {
        while (start > 0 && blocks[start - 1].Seq == blocks[start].Seq)
        {
            start--;
        }

        while (end < blocks.Length && blocks[end].Seq == blocks[end - 1].Seq)
        {
            end++;
        }

        while (runs.Count > 0 && runs[^1].End > start && runs[^1].Start < end)
        {
            start = Math.Min(start, runs[^1].Start);
            end = Math.Max(end, runs[^1].End);
            runs.RemoveAt(runs.Count - 1);
        }

        runs.Add(new CompactionRun(start, end));
    }

    private static long Points(ReadOnlySpan<BlockRef> blocks, CompactionRun run)
    {
        var n = 0L;
        for (var i = run.Start; i < run.End; i++)
        {
            n += blocks[i].Count;
        }

        return n;
    }
}
