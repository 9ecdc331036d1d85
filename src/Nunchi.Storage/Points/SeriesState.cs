namespace Nunchi.Storage.Points;

/// <summary>Everything the store holds in memory for one series: its head of unsealed points and its block index.</summary>
/// <remarks>
/// Only the commit loop changes a series (under <see cref="Gate"/>); readers take <see cref="Gate"/> to copy what
/// they need. Sealing swaps head for block under the gate in one step, so a reader sees the points either in the
/// head or in a block, never half of each. The head keeps arrival order (sorted at seal and at read), grows by
/// doubling up to the seal limit and keeps its arrays after a seal.
/// </remarks>
internal sealed class SeriesState(int id)
{
    private long[] _headTs = [];
    private double[] _headValues = [];
    private readonly List<BlockRef> _blocks = [];

    /// <summary>The series id.</summary>
    public int Id { get; } = id;

    /// <summary>Readers and the commit loop lock this.</summary>
    public Lock Gate { get; } = new();

    /// <summary>Unsealed points (read without the gate only by the commit loop, the only writer).</summary>
    public int HeadCount { get; private set; }

    /// <summary>LSN of the oldest unsealed point: the log must be kept from here.</summary>
    public long HeadFirstLsn { get; private set; }

    /// <summary>LSN of the newest unsealed point.</summary>
    public long HeadLastLsn { get; private set; }

    /// <summary>When the oldest unsealed point arrived (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    public long HeadSinceTimestamp { get; private set; }

    /// <summary>The highest LSN whose points of this series are in blocks.</summary>
    public long SealedLsn { get; private set; }

    /// <summary>How many of this series' points of record <see cref="SealedLsn"/> are in blocks.</summary>
    public int SealedLsnPoints { get; private set; }

    /// <summary>How many of this series' points of record <see cref="HeadLastLsn"/> were applied (sealed or not).</summary>
    public int LastLsnPoints { get; private set; }

    private long LastLsn { get; set; }

    /// <summary>Whether the commit loop has queued this head for sealing.</summary>
    public bool QueuedForSeal { get; set; }

    /// <summary>The unsealed timestamps, arrival order (commit loop only).</summary>
    public ReadOnlySpan<long> HeadTimestamps => _headTs.AsSpan(0, HeadCount);

    /// <summary>The unsealed values, arrival order (commit loop only).</summary>
    public ReadOnlySpan<double> HeadValues => _headValues.AsSpan(0, HeadCount);

    /// <summary>Bytes of the head arrays (for the memory estimate).</summary>
    public int HeadCapacityBytes => (_headTs.Length * sizeof(long)) + (_headValues.Length * sizeof(double));

    /// <summary>Points in blocks (duplicates across blocks counted twice).</summary>
    public long BlockPoints { get; private set; }

    /// <summary>Blocks in the index.</summary>
    public int BlockCount => _blocks.Count;

    private long HeadMin { get; set; }

    private long HeadMax { get; set; }

    private long BlockMin { get; set; }

    private long BlockMax { get; set; }

    /// <summary>Adds a committed point to the head; the caller holds <see cref="Gate"/>.</summary>
    public void AddToHead(long lsn, long timestampMs, double value, long now)
    {
        if (HeadCount == _headTs.Length)
        {
            var size = Math.Max(8, _headTs.Length * 2);
            Array.Resize(ref _headTs, size);
            Array.Resize(ref _headValues, size);
        }

        if (HeadCount == 0)
        {
            HeadFirstLsn = lsn;
            HeadSinceTimestamp = now;
            HeadMin = timestampMs;
            HeadMax = timestampMs;
        }
        else
        {
            HeadMin = Math.Min(HeadMin, timestampMs);
            HeadMax = Math.Max(HeadMax, timestampMs);
        }

        _headTs[HeadCount] = timestampMs;
        _headValues[HeadCount] = value;
        HeadCount++;
        HeadLastLsn = lsn;
        CountPointOf(lsn);
    }

    /// <summary>At recovery: counts a point of record <paramref name="lsn"/> and says whether it is sealed already.</summary>
    public bool SkipSealedPoint(long lsn)
    {
        if (LastLsn == lsn && LastLsnPoints >= SealedLsnPoints)
        {
            return false;
        }

        CountPointOf(lsn);
        return true;
    }

    private void CountPointOf(long lsn)
    {
        if (LastLsn != lsn)
        {
            LastLsn = lsn;
            LastLsnPoints = 0;
        }

        LastLsnPoints++;
    }

    /// <summary>Replaces the whole head with the block it was sealed into; the caller holds <see cref="Gate"/>.</summary>
    public void CompleteSeal(in BlockRef block)
    {
        AddBlock(block);
        HeadCount = 0;
        QueuedForSeal = false;
    }

    /// <summary>Adds a block found at open, or sealed; the caller holds <see cref="Gate"/> (or is alone).</summary>
    public void AddBlock(in BlockRef block)
    {
        BlockMin = _blocks.Count == 0 ? block.MinTs : Math.Min(BlockMin, block.MinTs);
        BlockMax = _blocks.Count == 0 ? block.MaxTs : Math.Max(BlockMax, block.MaxTs);
        _blocks.Add(block);
        BlockPoints += block.Count;
        if (block.MaxLsn > SealedLsn || (block.MaxLsn == SealedLsn && block.MaxLsnPoints > SealedLsnPoints))
        {
            SealedLsn = block.MaxLsn;
            SealedLsnPoints = block.MaxLsnPoints;
        }
    }

    /// <summary>Removes the blocks that end before <paramref name="cutoffMs"/>; the caller holds <see cref="Gate"/>.</summary>
    public void DropBlocksBefore(long cutoffMs, List<BlockRef> dropped)
    {
        var before = dropped.Count;
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (_blocks[i].MaxTs < cutoffMs)
            {
                dropped.Add(_blocks[i]);
            }
        }

        if (dropped.Count == before)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (_blocks[i].MaxTs >= cutoffMs)
            {
                _blocks[kept++] = _blocks[i];
            }
        }

        _blocks.RemoveRange(kept, _blocks.Count - kept);
        BlockPoints = 0;
        for (var i = 0; i < _blocks.Count; i++)
        {
            BlockPoints += _blocks[i].Count;
            BlockMin = i == 0 ? _blocks[i].MinTs : Math.Min(BlockMin, _blocks[i].MinTs);
            BlockMax = i == 0 ? _blocks[i].MaxTs : Math.Max(BlockMax, _blocks[i].MaxTs);
        }
    }

    /// <summary>Copies the blocks overlapping [from, to) with their seal order; the caller holds <see cref="Gate"/>.</summary>
    public int CopyBlocks(long fromMs, long toMs, Span<RankedBlock> destination)
    {
        var n = 0;
        for (var i = 0; i < _blocks.Count; i++)
        {
            var b = _blocks[i];
            if (b.MaxTs >= fromMs && b.MinTs < toMs)
            {
                destination[n++] = new RankedBlock(b, i);
            }
        }

        return n;
    }

    /// <summary>Counts the blocks overlapping [from, to); the caller holds <see cref="Gate"/>.</summary>
    public int CountBlocks(long fromMs, long toMs)
    {
        var n = 0;
        foreach (var b in _blocks)
        {
            n += b.MaxTs >= fromMs && b.MinTs < toMs ? 1 : 0;
        }

        return n;
    }

    /// <summary>Copies the head (arrival order) into caller buffers; the caller holds <see cref="Gate"/>.</summary>
    public int CopyHead(Span<long> timestamps, Span<double> values)
    {
        HeadTimestamps.CopyTo(timestamps);
        HeadValues.CopyTo(values);
        return HeadCount;
    }

    /// <summary>Count and span, as far as known without decoding; the caller holds <see cref="Gate"/>.</summary>
    public SeriesExtent Extent()
    {
        var count = BlockPoints + HeadCount;
        if (count == 0)
        {
            return new SeriesExtent(0, 0, 0);
        }

        if (_blocks.Count == 0)
        {
            return new SeriesExtent(count, HeadMin, HeadMax);
        }

        return HeadCount == 0
            ? new SeriesExtent(count, BlockMin, BlockMax)
            : new SeriesExtent(count, Math.Min(BlockMin, HeadMin), Math.Max(BlockMax, HeadMax));
    }
}
