using System.Buffers;
using Nunchi.Storage.Encoding;

namespace Nunchi.Storage.Points;

/// <summary>Reads: merging blocks and the head, downsampling, extents.</summary>
public sealed partial class EmbeddedPointStore
{
    /// <inheritdoc/>
    /// <remarks>Decodes one block (or one group of overlapping blocks) at a time into pooled buffers.</remarks>
    public void Read(int seriesId, long fromMs, long toMs, ICollection<StoredPoint> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sink = new CollectingSink(seriesId, output);
        Scan(seriesId, fromMs, toMs, ref sink);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Streams through the decoded blocks with O(<paramref name="maxBuckets"/>) memory. Bucket width is
    /// ⌈(to − from) / maxBuckets⌉ ms, buckets start at <paramref name="fromMs"/>; the last one ends at
    /// <paramref name="toMs"/>. One bucket per point when the range holds no more points than buckets.
    /// </remarks>
    public IReadOnlyList<PointBucket> Downsample(int seriesId, long fromMs, long toMs, int maxBuckets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBuckets, 1);
        if (fromMs >= toMs)
        {
            return [];
        }

        var sink = new BucketingSink(fromMs, toMs, maxBuckets);
        Scan(seriesId, fromMs, toMs, ref sink);
        return sink.Finish();
    }

    /// <inheritdoc/>
    /// <remarks>O(1): from the counts kept per series. Duplicates across overlapping blocks count twice until compaction merges them.</remarks>
    public SeriesExtent Extent(int seriesId)
    {
        if (FindSeries(seriesId) is not { } state)
        {
            return new SeriesExtent(0, 0, 0);
        }

        lock (state.Gate)
        {
            return state.Extent();
        }
    }

    private void Scan<TSink>(int seriesId, long fromMs, long toMs, ref TSink sink)
        where TSink : struct, IPointSink
    {
        if (fromMs >= toMs || FindSeries(seriesId) is not { } state)
        {
            return;
        }

        var reader = new ScanBuffers();
        _blocks.EnterRead();
        try
        {
            // 1. Copy what the series holds in the range, under its gate: either the head or its block, never half.
            int blockCount;
            int headCount;
            lock (state.Gate)
            {
                blockCount = state.CountBlocks(fromMs, toMs);
                reader.Sources = ArrayPool<RankedBlock>.Shared.Rent(blockCount + 1);
                blockCount = state.CopyBlocks(fromMs, toMs, reader.Sources);
                headCount = state.HeadCount;
                reader.HeadTs = ArrayPool<long>.Shared.Rent(headCount);
                reader.HeadValues = ArrayPool<double>.Shared.Rent(headCount);
                state.CopyHead(reader.HeadTs, reader.HeadValues);
            }

            // 2. The head in time order, cut to the range; it ranks above every block.
            headCount = HeadSort.SortAndDedupe(reader.HeadTs.AsSpan(0, headCount), reader.HeadValues.AsSpan(0, headCount));
            var headFrom = LowerBound(reader.HeadTs.AsSpan(0, headCount), fromMs);
            var headTo = LowerBound(reader.HeadTs.AsSpan(0, headCount), toMs);
            var sources = reader.Sources.AsSpan(0, blockCount);
            if (headTo > headFrom)
            {
                reader.HeadFrom = headFrom;
                reader.HeadTo = headTo;
                var head = new BlockRef(null!, 0, 0, headTo - headFrom, reader.HeadTs[headFrom], reader.HeadTs[headTo - 1], 0, 0, 0, int.MaxValue, int.MaxValue, 0, 1);
                reader.Sources[blockCount] = new RankedBlock(head, int.MaxValue);
                sources = reader.Sources.AsSpan(0, blockCount + 1);
            }

            // 3. Sources by first timestamp; runs of overlapping sources are merged, the others stream through.
            RankedBlock.SortByStart(sources);
            for (var i = 0; i < sources.Length;)
            {
                var j = RankedBlock.OverlapRunEnd(sources, i);

                var count = reader.Load(sources[i..j], ref _corruptBlocks);
                var ts = reader.OutTs.AsSpan(0, count);
                var lo = LowerBound(ts, fromMs);
                var hi = LowerBound(ts, toMs);
                if (hi > lo)
                {
                    sink.Accept(ts[lo..hi], reader.OutValues.AsSpan(lo, hi - lo));
                }

                i = j;
            }
        }
        finally
        {
            _blocks.ExitRead();
            reader.Return();
        }
    }

    private static int LowerBound(ReadOnlySpan<long> sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
