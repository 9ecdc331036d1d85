namespace Nunchi.Storage.Points;

/// <summary>Decides, at open, which of the blocks found for one series are live.</summary>
/// <remarks>
/// <para>
/// The ranges [FirstSeq, Seq] of a series are laminar: a compaction replaces whole live blocks, so any two ranges
/// ever written are nested or disjoint. A block is dead when a complete output of a wider range is present
/// (compaction finished but its inputs' files were not yet deleted), or when an identical copy is newer (a file
/// rewrite finished but the old file was not yet deleted). An output whose last part is missing was torn by a
/// crash: it is ignored and its inputs, still present because files are deleted only after their replacement is
/// durable, stay live.
/// </para>
/// <para>O(n log n) in the blocks of the series.</para>
/// </remarks>
internal static class BlockRecovery
{
    /// <summary>Splits <paramref name="found"/> (sorted in place) into <paramref name="live"/> (by seq, then part) and <paramref name="dead"/>.</summary>
    public static void Resolve(List<BlockRef> found, List<BlockRef> live, List<BlockRef> dead)
    {
        // 1. Widest range first among those starting at one seq; the newest copy of a part first.
        found.Sort(static (a, b) =>
        {
            var c = a.FirstSeq.CompareTo(b.FirstSeq);
            if (c == 0) c = b.Seq.CompareTo(a.Seq);
            if (c == 0) c = a.Parts.CompareTo(b.Parts);
            if (c == 0) c = a.Part.CompareTo(b.Part);
            if (c == 0) c = b.File.Number.CompareTo(a.File.Number);
            return c != 0 ? c : b.Offset.CompareTo(a.Offset);
        });

        // 2. Sweep the ranges in order; a range starting inside a kept one lies within it.
        var first = live.Count;
        var covered = 0;
        for (var i = 0; i < found.Count;)
        {
            var j = i;
            while (j < found.Count && found[j].FirstSeq == found[i].FirstSeq && found[j].Seq == found[i].Seq)
            {
                j++;
            }

            var chosen = found[i].FirstSeq > covered ? ChooseComplete(found, i, j) : -1;
            for (var k = i; k < j; k++)
            {
                var b = found[k];
                var keep = chosen >= 0 && b.Parts == found[chosen].Parts && (k == i || found[k - 1].Parts != b.Parts || found[k - 1].Part != b.Part);
                (keep ? live : dead).Add(b);
            }

            if (chosen >= 0)
            {
                covered = found[i].Seq;
            }

            i = j;
        }

        // 3. The index keeps seal order (seq), parts in time order.
        live.Sort(first, live.Count - first, Comparer<BlockRef>.Create(static (a, b) => a.Seq != b.Seq ? a.Seq.CompareTo(b.Seq) : a.Part.CompareTo(b.Part)));
    }

    // The index (in [from, to)) of the first block of the first output of this range whose last part is present.
    private static int ChooseComplete(List<BlockRef> found, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (found[k].Part == found[k].Parts - 1)
            {
                var start = k;
                while (start > from && found[start - 1].Parts == found[k].Parts)
                {
                    start--;
                }

                return start;
            }
        }

        return -1;
    }
}
