using System.Buffers;
using Nunchi.Storage.Encoding;

namespace Nunchi.Storage.Points;

/// <summary>Pooled buffers of one read, and the decoding and merging of one group of overlapping sources.</summary>
/// <remarks>
/// A group is decoded into one buffer source after source and merged k-way: at each timestamp the source of
/// highest rank (the head, then the latest sealed block) wins. A group of one is copied as is (blocks are sorted
/// and free of duplicates).
/// </remarks>
internal sealed class ScanBuffers
{
    private byte[] _payload = [];
    private long[] _inTs = [];
    private double[] _inValues = [];
    private int[] _bounds = [];

    public RankedBlock[] Sources { get; set; } = [];

    public long[] HeadTs { get; set; } = [];

    public double[] HeadValues { get; set; } = [];

    public int HeadFrom { get; set; }

    public int HeadTo { get; set; }

    /// <summary>The group's points after <see cref="Load"/>, in time order.</summary>
    public long[] OutTs { get; private set; } = [];

    /// <summary>Values matching <see cref="OutTs"/>.</summary>
    public double[] OutValues { get; private set; } = [];

    /// <summary>Decodes and merges a group; returns its number of points. Damaged blocks are skipped and counted.</summary>
    public int Load(ReadOnlySpan<RankedBlock> group, ref long corrupt)
    {
        var total = 0;
        foreach (var s in group)
        {
            total += s.Block.Count;
        }

        Ensure(ref _inTs, total);
        Ensure(ref _inValues, total);
        Ensure(ref _bounds, (group.Length * 2) + 1);

        // 1. Decode each source into its own stretch of the input buffers.
        var at = 0;
        for (var k = 0; k < group.Length; k++)
        {
            var n = Decode(group[k], _inTs.AsSpan(at), _inValues.AsSpan(at));
            if (n < 0)
            {
                Interlocked.Increment(ref corrupt);
                n = 0;
            }

            _bounds[2 * k] = at;
            _bounds[(2 * k) + 1] = at + n;
            at += n;
        }

        if (group.Length == 1)
        {
            (OutTs, _inTs) = (_inTs, OutTs);
            (OutValues, _inValues) = (_inValues, OutValues);
            return at;
        }

        // 2. k-way merge; among equal timestamps the highest rank wins and every source at it advances.
        var outTs = OutTs;
        var outValues = OutValues;
        Ensure(ref outTs, at);
        Ensure(ref outValues, at);
        var m = 0;
        while (true)
        {
            var best = -1;
            var bestTs = long.MaxValue;
            for (var k = 0; k < group.Length; k++)
            {
                var p = _bounds[2 * k];
                if (p < _bounds[(2 * k) + 1])
                {
                    var t = _inTs[p];
                    if (best < 0 || t < bestTs || (t == bestTs && group[k].Rank > group[best].Rank))
                    {
                        best = k;
                        bestTs = t;
                    }
                }
            }

            if (best < 0)
            {
                break;
            }

            outTs[m] = bestTs;
            outValues[m] = _inValues[_bounds[2 * best]];
            m++;
            for (var k = 0; k < group.Length; k++)
            {
                var p = _bounds[2 * k];
                if (p < _bounds[(2 * k) + 1] && _inTs[p] == bestTs)
                {
                    _bounds[2 * k] = p + 1;
                }
            }
        }

        OutTs = outTs;
        OutValues = outValues;
        return m;
    }

    /// <summary>Returns every buffer to the pools.</summary>
    public void Return()
    {
        ReturnTo(ArrayPool<RankedBlock>.Shared, Sources);
        ReturnTo(ArrayPool<long>.Shared, HeadTs);
        ReturnTo(ArrayPool<double>.Shared, HeadValues);
        ReturnTo(ArrayPool<byte>.Shared, _payload);
        ReturnTo(ArrayPool<long>.Shared, _inTs);
        ReturnTo(ArrayPool<double>.Shared, _inValues);
        ReturnTo(ArrayPool<int>.Shared, _bounds);
        ReturnTo(ArrayPool<long>.Shared, OutTs);
        ReturnTo(ArrayPool<double>.Shared, OutValues);
        Sources = [];
        HeadTs = [];
        HeadValues = [];
        _payload = [];
        _inTs = [];
        _inValues = [];
        _bounds = [];
        OutTs = [];
        OutValues = [];
    }

    private int Decode(in RankedBlock source, Span<long> ts, Span<double> values)
    {
        if (source.Rank == int.MaxValue)
        {
            var n = HeadTo - HeadFrom;
            HeadTs.AsSpan(HeadFrom, n).CopyTo(ts);
            HeadValues.AsSpan(HeadFrom, n).CopyTo(values);
            return n;
        }

        var block = source.Block;
        Ensure(ref _payload, block.Length);
        if (!BlockFileSet.TryRead(block, _payload)
            || !BlockCodec.TryDecode(_payload.AsSpan(0, block.Length), ts[..block.Count], values[..block.Count], out var count))
        {
            return -1;
        }

        return count;
    }

    private static void Ensure<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            ReturnTo(ArrayPool<T>.Shared, buffer);
            buffer = ArrayPool<T>.Shared.Rent(size);
        }
    }

    private static void ReturnTo<T>(ArrayPool<T> pool, T[] buffer)
    {
        if (buffer.Length > 0)
        {
            pool.Return(buffer);
        }
    }
}
