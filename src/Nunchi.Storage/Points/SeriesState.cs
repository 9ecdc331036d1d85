namespace Nunchi.Storage.Points;

/// <summary>Everything the store holds in memory for one series: its head of unsealed points and its block index.</summary>
/// <remarks>
/// Only the commit loop changes a series (under <see cref="Gate"/>); readers take <see cref="Gate"/> to copy what
/// they need. Sealing swaps head for block under the gate in one step, so a reader sees the points either in the
/// head or in a block, never half of each. The head keeps arrival order (sorted at seal and at read), grows by
/// doubling up to the seal limit and keeps its arrays after a seal. Blocks are kept in sequence order; compaction
/// swaps a run of them for its output under the gate, so a reader sees the inputs or the output, never both.
/// </remarks>
internal sealed class SeriesState(int id)
{
    private long[] _headTs = [];
    private double[] _headValues = [];
    private readonly List<BlockRef> _blocks = [];
    private List<BlockRef>? _found;

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

    /// <summary>Points in blocks (duplicates across overlapping blocks counted twice until compaction merges them).</summary>
    public long BlockPoints { get; private set; }

    /// <summary>Blocks in the index.</summary>
    public int BlockCount => _blocks.Count;

    /// <summary>Bytes the block index of this series holds (list capacity × entry size).</summary>
    public long IndexBytes => (long)_blocks.Capacity * System.Runtime.CompilerServices.Unsafe.SizeOf<BlockRef>();

    /// <summary>The blocks in sequence order (commit loop only: it is the only writer).</summary>
    public ReadOnlySpan<BlockRef> Blocks => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_blocks);

    /// <summary>The sequence number the next sealed head gets.</summary>
    public int NextSeq { get; private set; } = 1;

    /// <summary>Whether the commit loop has queued this series for compaction.</summary>
    public bool QueuedForCompaction { get; set; }

    /// <summary>Whether runs of this series are encoded into the compaction round not yet written (commit loop only).</summary>
    public bool InCompactionRound { get; set; }

    /// <summary>While a compaction round is written: the index up to which its runs claimed this series' blocks.</summary>
    public int CompactionClaimEnd { get; set; }

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
    /// <returns>Whether the block overlaps the time span of the older blocks (late points).</returns>
    public bool CompleteSeal(in BlockRef block)
    {
        var late = _blocks.Count > 0 && block.MinTs <= BlockMax;
        AddBlock(block);
        HeadCount = 0;
        QueuedForSeal = false;
        return late;
    }

    /// <summary>Takes the sequence number of a head being sealed.</summary>
    public int TakeSeq() => NextSeq++;

    /// <summary>Records a block found at open; <see cref="FinishOpen"/> decides which of them are live.</summary>
    public void AddFound(in BlockRef block)
    {
        (_found ??= []).Add(block);
        NextSeq = Math.Max(NextSeq, block.Seq + 1);
    }

    /// <summary>Indexes the live blocks among those found at open and adds the others to <paramref name="dead"/>.</summary>
    public void FinishOpen(List<BlockRef> dead)
    {
        if (_found is null)
        {
            return;
        }

        var live = new List<BlockRef>(_found.Count);
        BlockRecovery.Resolve(_found, live, dead);
        _found = null;
        foreach (var b in live)
        {
            AddBlock(b);
        }
    }

    /// <summary>How many of the newest blocks hold fewer than <paramref name="small"/> points, counting up to <paramref name="limit"/>.</summary>
    public int TrailingSmallBlocks(int small, int limit)
    {
        var n = 0;
        for (var i = _blocks.Count - 1; i >= 0 && n < limit && _blocks[i].Count < small; i--)
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// Where the run of blocks <paramref name="inputs"/> (by identity: file and offset) starts in the index, looking
    /// from <paramref name="from"/> on; -1 unless every one of them is there, contiguous and in order.
    /// </summary>
    /// <remarks>Commit loop only (the only writer). O(n) in the blocks of the series.</remarks>
    public int FindRun(ReadOnlySpan<BlockRef> inputs, int from)
    {
        if (inputs.IsEmpty)
        {
            return -1;
        }

        for (var i = Math.Max(from, 0); i <= _blocks.Count - inputs.Length; i++)
        {
            // A block's identity is unique in the index, so the first match decides.
            if (_blocks[i].IsSameBlock(inputs[0]))
            {
                return HoldsRunAt(i, inputs) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Replaces the run <paramref name="inputs"/>, found at <paramref name="start"/> by <see cref="FindRun"/>, with
    /// its compacted output and adds the inputs to <paramref name="replaced"/>; the caller holds <see cref="Gate"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The index no longer holds exactly those blocks there (nothing is changed).</exception>
    public void ReplaceRun(int start, ReadOnlySpan<BlockRef> inputs, ReadOnlySpan<BlockRef> output, List<BlockRef> replaced)
    {
        if (start < 0 || start > _blocks.Count - inputs.Length || !HoldsRunAt(start, inputs))
        {
            ThrowRunMoved(start);
        }

        replaced.AddRange(inputs);
        _blocks.RemoveRange(start, inputs.Length);
        _blocks.InsertRange(start, output);
        Recount();
    }

    private bool HoldsRunAt(int start, ReadOnlySpan<BlockRef> inputs)
    {
        for (var k = 0; k < inputs.Length; k++)
        {
            if (!_blocks[start + k].IsSameBlock(inputs[k]))
            {
                return false;
            }
        }

        return true;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowRunMoved(int start)
        => throw new InvalidOperationException($"Series {Id}: the compaction inputs are no longer at block {start} of {_blocks.Count}.");

    /// <summary>Points the entry of a block moved to another file at its new place; false when it left the index.</summary>
    public bool Move(in BlockRef from, in BlockRef to)
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (_blocks[i].IsSameBlock(from))
            {
                _blocks[i] = to;
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a sealed block; the caller holds <see cref="Gate"/> (or is alone).</summary>
    private void AddBlock(in BlockRef block)
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
        Recount();
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
                destination[n++] = new RankedBlock(b, b.Seq);
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

    private void Recount()
    {
        BlockPoints = 0;
        for (var i = 0; i < _blocks.Count; i++)
        {
            BlockPoints += _blocks[i].Count;
            BlockMin = i == 0 ? _blocks[i].MinTs : Math.Min(BlockMin, _blocks[i].MinTs);
            BlockMax = i == 0 ? _blocks[i].MaxTs : Math.Max(BlockMax, _blocks[i].MaxTs);
        }

        // Shrink a list that compaction emptied, so that the index really gets small.
        if (_blocks.Capacity > 16 && _blocks.Count < _blocks.Capacity / 4)
        {
            _blocks.Capacity = Math.Max(4, _blocks.Count * 2);
        }
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
