using System.Buffers;
using Nunchi.Storage.Encoding;

namespace Nunchi.Storage.Points;

/// <summary>Compaction: merging runs of small or overlapping blocks, and rewriting mostly dead block files.</summary>
/// <remarks>
/// <para>
/// Everything runs on the commit thread, between groups of appends, in slices of bounded work
/// (<see cref="PointStoreTuning.CompactSlicePoints"/>, <see cref="PointStoreTuning.RewriteSliceBytes"/>), so there is
/// one writer of the index and of the files and no new lock; a flush compacts everything before it completes.
/// </para>
/// <para>
/// Crash safety: (1) merged blocks are appended to the newest file, each headed by the range of sequence numbers it
/// replaces; (2) they are swapped into the index for their inputs under the series' gate; (3) the newest file is
/// synced; (4) only then are files without live blocks deleted. A crash before (3) may lose the output (a torn
/// suffix), never the inputs; at open, <see cref="BlockRecovery"/> keeps the output when it is complete and drops
/// the inputs it covers, whichever files survived. A rewrite copies live blocks byte for byte (same header, so
/// recovery treats the two copies as one) and deletes the old file after the same sync.
/// </para>
/// <para>
/// Planning and swapping cannot disagree: a run names its inputs by identity (file and offset); just before the round
/// is written each run is found again in its series' list, and one whose inputs are not all there, contiguous and
/// not claimed by an earlier run of the round is dropped with its bytes, before anything reaches the disk. A series
/// is planned at most once per round. A bug anywhere in a pass skips the pass (<see cref="CompactionFailures"/>);
/// it never ends the commit loop.
/// </para>
/// </remarks>
public sealed partial class EmbeddedPointStore
{
    private readonly Queue<SeriesState> _compactQueue = new();
    private readonly List<CompactionRun> _runs = [];
    private readonly List<PendingRun> _pendingRuns = [];
    private readonly List<PendingSeal> _pendingParts = [];
    private readonly List<BlockRef> _pendingInputs = [];
    private readonly List<BlockRef> _replaced = [];
    private readonly List<(SeriesState State, BlockRef Block)> _moving = [];
    private readonly ScanBuffers _compactReader = new();
    private RankedBlock[] _compactSources = [];
    private BlockRef[] _outputs = [];
    private long[] _mergeTs = [];
    private double[] _mergeValues = [];
    private long _lastCompaction;
    private long _compactionFailures;
    private long _compactionRunsSkipped;
    private Exception? _lastCompactionError;

    /// <summary>Compaction passes abandoned because of a bug (an exception other than an I/O failure).</summary>
    internal long CompactionFailures => Interlocked.Read(ref _compactionFailures);

    /// <summary>Planned runs not merged because their inputs were not where the plan said (each a planner bug or a race).</summary>
    internal long CompactionRunsSkipped => Interlocked.Read(ref _compactionRunsSkipped);

    /// <summary>The exception that abandoned the last failed compaction pass, if any.</summary>
    internal Exception? LastCompactionError => Volatile.Read(ref _lastCompactionError);

    /// <summary>Bytes the block index holds and its number of entries, for every series.</summary>
    internal (long Blocks, long IndexBytes) IndexFootprint()
    {
        var blocks = 0L;
        var bytes = 0L;
        foreach (var s in Volatile.Read(ref _series))
        {
            if (s is not null)
            {
                lock (s.Gate)
                {
                    blocks += s.BlockCount;
                    bytes += s.IndexBytes;
                }
            }
        }

        return (blocks, bytes);
    }

    // After a seal: a series whose newest blocks make a run worth merging, or whose new block is late, is queued.
    private void NoteSealed(SeriesState state, bool late)
    {
        if (_tuning.Compaction && !state.QueuedForCompaction
            && (late || state.TrailingSmallBlocks(_tuning.CompactSmallPoints, _tuning.CompactMinRunBlocks) >= _tuning.CompactMinRunBlocks))
        {
            state.QueuedForCompaction = true;
            _compactQueue.Enqueue(state);
        }
    }

    // After a group of appends: a slice when one is due. A failure to write blocks stops appends, as a failed seal does.
    private void CompactAfterCommit()
    {
        try
        {
            RunCompaction(flush: false, maintenance: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref _fault, e);
        }
    }

    /// <summary>
    /// A compaction pass (<see cref="CompactAll"/> for a flush, else <see cref="CompactInBackground"/>) on the commit
    /// thread. An I/O failure is rethrown (the caller stops appends, as for a failed seal); any other exception is a bug
    /// in compaction: the pass is abandoned and counted, and the store goes on without it.
    /// </summary>
    private void RunCompaction(bool flush, bool maintenance)
    {
        // A store that failed to write accepts no appends; it writes no more blocks either.
        if (Volatile.Read(ref _fault) is not null)
        {
            return;
        }

        try
        {
            if (flush)
            {
                CompactAll();
            }
            else
            {
                CompactInBackground(maintenance);
            }
        }
#pragma warning disable CA1031 // A bug in compaction must cost that pass, not the commit loop and with it the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            AbandonCompaction();
            if (e is IOException or UnauthorizedAccessException)
            {
                throw;
            }

            Volatile.Write(ref _lastCompactionError, e);
            Interlocked.Increment(ref _compactionFailures);
            _lastCompaction = _time.GetTimestamp();
        }
    }

    /// <summary>Forgets a pass that failed part way: what is encoded and not written, what was copied or replaced.</summary>
    /// <remarks>
    /// Runs already swapped stay swapped; their inputs' bytes are then counted live until the next open (a file that
    /// holds them is deleted or rewritten later than it could be), which is safe. Outputs are swapped as soon as they
    /// are written (see <see cref="WriteRound"/>), so none is left on disk complete but out of the index; after an I/O
    /// failure part way through a write, no block is written any more, so what such an output names is still exactly
    /// what it merged when recovery finds it.
    /// </remarks>
    private void AbandonCompaction()
    {
        foreach (var run in _pendingRuns)
        {
            run.State.InCompactionRound = false;
            run.State.CompactionClaimEnd = 0;
        }

        _pendingRuns.Clear();
        _pendingParts.Clear();
        _pendingInputs.Clear();
        _replaced.Clear();
        _moving.Clear();
        _round.Clear();
    }

    /// <summary>One slice of background compaction, when some is due and the last slice is old enough.</summary>
    private void CompactInBackground(bool maintenance)
    {
        if (!_tuning.Compaction || (!maintenance && (_compactQueue.Count == 0 || _time.GetElapsedTime(_lastCompaction) < _tuning.CompactionInterval)))
        {
            return;
        }

        Compact(force: false);
        if (maintenance)
        {
            RewriteFiles(force: false);
        }

        _lastCompaction = _time.GetTimestamp();
    }

    /// <summary>Everything a flush owes: every run of two small blocks merged, every mostly dead file rewritten.</summary>
    private void CompactAll()
    {
        if (!_tuning.Compaction)
        {
            return;
        }

        foreach (var s in _series)
        {
            if (s is { BlockCount: > 1, QueuedForCompaction: false })
            {
                s.QueuedForCompaction = true;
                _compactQueue.Enqueue(s);
            }
        }

        Compact(force: true);
        RewriteFiles(force: true);
        _lastCompaction = _time.GetTimestamp();
    }

    private void Compact(bool force)
    {
        var merged = 0L;
        _round.Clear();
        while (_compactQueue.Count > 0 && (force || merged < _tuning.CompactSlicePoints))
        {
            var state = _compactQueue.Dequeue();
            state.QueuedForCompaction = false;

            // A series is planned once per round: planned again, it would merge its blocks as they were before the
            // round's swap. (It is queued once, but a queue or a caller could still hand it over twice.)
            if (state.InCompactionRound)
            {
                WriteRound();
            }

            CompactionPlanner.Plan(state.Blocks, _tuning, force, _runs);
            var claimed = 0;
            foreach (var run in _runs)
            {
                // The plan's promise is checked, not trusted: a run breaking it is skipped (and counted).
                if (!CompactionPlanner.IsWholeRun(state.Blocks, run, claimed))
                {
                    Interlocked.Increment(ref _compactionRunsSkipped);
                    continue;
                }

                merged += EncodeRun(state, run);
                claimed = run.End;
            }

            // Bound the round buffer; what is encoded is written and swapped before more is read.
            if (_round.Length >= 8 << 20)
            {
                WriteRound();
            }
        }

        WriteRound();
    }

    /// <summary>Decodes, merges and re-encodes one run into the round; returns the points read.</summary>
    private int EncodeRun(SeriesState state, CompactionRun run)
    {
        var inputs = state.Blocks[run.Start..run.End];
        var total = 0;
        var maxLsn = 0L;
        var maxLsnPoints = 0;
        EnsureCapacity(ref _compactSources, inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            var b = inputs[i];
            total += b.Count;
            if (b.MaxLsn > maxLsn || (b.MaxLsn == maxLsn && b.MaxLsnPoints > maxLsnPoints))
            {
                (maxLsn, maxLsnPoints) = (b.MaxLsn, b.MaxLsnPoints);
            }

            _compactSources[i] = new RankedBlock(b, b.Seq);
        }

        // 1. Inputs by first timestamp; groups of overlapping ones merged with the newest winning, as reads do.
        var sources = _compactSources.AsSpan(0, inputs.Length);
        RankedBlock.SortByStart(sources);
        EnsureCapacity(ref _mergeTs, total);
        EnsureCapacity(ref _mergeValues, total);
        var corrupt = 0L;
        var n = 0;
        try
        {
            for (var i = 0; i < sources.Length;)
            {
                var j = RankedBlock.OverlapRunEnd(sources, i);

                var count = _compactReader.Load(sources[i..j], ref corrupt);
                _compactReader.OutTs.AsSpan(0, count).CopyTo(_mergeTs.AsSpan(n));
                _compactReader.OutValues.AsSpan(0, count).CopyTo(_mergeValues.AsSpan(n));
                n += count;
                i = j;
            }
        }
        finally
        {
            _compactReader.Return();
        }

        // A damaged input stays as it is: merging would turn a checksum error into silently missing points.
        if (corrupt > 0)
        {
            Interlocked.Add(ref _corruptBlocks, corrupt);
            return total;
        }

        // 2. Equal parts of at most the target size, written in time order; the last part marks the output complete.
        var parts = (n + _tuning.CompactTargetPoints - 1) / _tuning.CompactTargetPoints;
        var seq = inputs[^1].Seq;
        var firstSeq = inputs[0].FirstSeq;
        _pendingRuns.Add(new PendingRun(state, _pendingInputs.Count, inputs.Length, _pendingParts.Count, parts));
        _pendingInputs.AddRange(inputs);
        state.InCompactionRound = true;
        for (var p = 0; p < parts; p++)
        {
            var from = (int)((long)n * p / parts);
            var to = (int)((long)n * (p + 1) / parts);
            var at = _round.Length;
            _round.GetSpan(BlockFormat.HeaderBytes);
            _round.Advance(BlockFormat.HeaderBytes);
            BlockCodec.Encode(_mergeTs.AsSpan(from, to - from), _mergeValues.AsSpan(from, to - from), _round);
            var length = _round.Length - at - BlockFormat.HeaderBytes;
            var crc = Crc32C.Compute(_round.Written.Slice(at + BlockFormat.HeaderBytes, length));
            var header = new BlockHeader(state.Id, to - from, _mergeTs[from], _mergeTs[to - 1], maxLsn, length, crc, maxLsnPoints, seq, firstSeq, p, parts);
            BlockFormat.WriteHeader(_round.Written[at..], header);
            _pendingParts.Add(new PendingSeal(state, at, header));
        }

        return total;
    }

    /// <summary>Writes the encoded runs with one write, swaps them into the index, syncs, then frees their inputs.</summary>
    private void WriteRound()
    {
        // 1. Each run found again by its inputs' identity; the ones that are not where they were go, with their bytes.
        LocateRuns();
        if (_pendingRuns.Count > 0)
        {
            var (file, offset) = _blocks.Append(_round.Written);
            try
            {
                Observe(CompactionStep.OutputWritten);
            }
            finally
            {
                // 2. Complete outputs on disk are what recovery keeps, so they go into the index whatever happens here.
                SwapRound(file, offset);
            }

            Observe(CompactionStep.IndexSwapped);
            _blocks.Sync();
            Observe(CompactionStep.OutputSynced);
            _blocks.Release(_replaced);
            Observe(CompactionStep.InputsReleased);
        }

        _replaced.Clear();
        _pendingRuns.Clear();
        _pendingParts.Clear();
        _pendingInputs.Clear();
        _round.Clear();
    }

    /// <summary>
    /// Finds each pending run's inputs in its series' list as it is now, after the runs of that series before it; drops
    /// (and counts) the runs not found, moving the bytes of the others together in the round.
    /// </summary>
    /// <remarks>
    /// Nothing but the round's own swaps changes an index between here and <see cref="SwapRound"/> (the commit thread is
    /// its only writer), and the runs found are disjoint and in increasing order per series, so the swap cannot fail.
    /// </remarks>
    private void LocateRuns()
    {
        var kept = 0;
        var write = 0;
        for (var r = 0; r < _pendingRuns.Count; r++)
        {
            var run = _pendingRuns[r];
            run.State.InCompactionRound = false;
            var from = _pendingParts[run.FirstPart].At;
            var to = r + 1 < _pendingRuns.Count ? _pendingParts[_pendingRuns[r + 1].FirstPart].At : _round.Length;
            var start = run.State.FindRun(Inputs(run), run.State.CompactionClaimEnd);
            if (start < 0)
            {
                Interlocked.Increment(ref _compactionRunsSkipped);
                continue;
            }

            run.State.CompactionClaimEnd = start + run.Inputs;
            if (write != from)
            {
                _round.Written[from..to].CopyTo(_round.Written[write..]);
                for (var p = run.FirstPart; p < run.FirstPart + run.Parts; p++)
                {
                    _pendingParts[p] = _pendingParts[p] with { At = _pendingParts[p].At - (from - write) };
                }
            }

            write += to - from;
            _pendingRuns[kept++] = run with { Start = start };
        }

        _pendingRuns.RemoveRange(kept, _pendingRuns.Count - kept);
        foreach (var run in _pendingRuns)
        {
            run.State.CompactionClaimEnd = 0;
        }

        _round.Truncate(write);
    }

    /// <summary>Swaps every located run for its output, written at <paramref name="offset"/> of <paramref name="file"/>.</summary>
    private void SwapRound(BlockFile file, long offset)
    {
        // Runs of one series are in increasing order: swapping the last first keeps the earlier starts valid.
        for (var r = _pendingRuns.Count - 1; r >= 0; r--)
        {
            var run = _pendingRuns[r];
            EnsureCapacity(ref _outputs, run.Parts);
            for (var p = 0; p < run.Parts; p++)
            {
                var part = _pendingParts[run.FirstPart + p];
                _outputs[p] = BlockRef.At(file, offset + part.At, part.Header);
            }

            lock (run.State.Gate)
            {
                run.State.ReplaceRun(run.Start, Inputs(run), _outputs.AsSpan(0, run.Parts), _replaced);
            }
        }
    }

    private ReadOnlySpan<BlockRef> Inputs(PendingRun run)
        => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pendingInputs).Slice(run.FirstInput, run.Inputs);

    /// <summary>Copies the live blocks of mostly dead files to the newest file, then deletes them.</summary>
    /// <remarks>
    /// In the background a closed file is rewritten once most of it is dead. A flush also rewrites the newest file
    /// (closing it first), and rewrites at a lower dead share, so that what a flush leaves on disk is the compacted
    /// size; its cost is a copy of the live bytes of those files.
    /// </remarks>
    private void RewriteFiles(bool force)
    {
        var files = _blocks.Files;
        var share = force ? _tuning.FlushRewriteLiveShare : _tuning.RewriteLiveShare;
        if (force && IsMostlyDead(files[^1], share))
        {
            _blocks.Rotate();
        }

        var budget = force ? long.MaxValue : _tuning.RewriteSliceBytes;
        for (var i = 0; i < files.Count - 1 && budget > 0; i++)
        {
            if (IsMostlyDead(files[i], share))
            {
                budget -= MoveLiveBlocks(files[i], budget);
                i = -1; // A deleted file shifts the list: look again from the start.
            }
        }
    }

    private static bool IsMostlyDead(BlockFile file, double liveShare) => file.Length > 0 && file.LiveBytes < file.Length * liveShare;

    /// <summary>Moves live blocks of <paramref name="file"/> (up to about <paramref name="budget"/> bytes); returns bytes moved.</summary>
    private long MoveLiveBlocks(BlockFile file, long budget)
    {
        _moving.Clear();
        foreach (var s in _series)
        {
            if (s is null)
            {
                continue;
            }

            foreach (ref readonly var b in s.Blocks)
            {
                if (b.File == file)
                {
                    _moving.Add((s, b));
                }
            }
        }

        _moving.Sort(static (a, b) => a.Block.Offset.CompareTo(b.Block.Offset));
        var moved = 0L;
        var start = 0;
        while (start < _moving.Count && moved < budget)
        {
            // 1. A chunk of blocks copied as stored (header included: recovery sees two copies of one block).
            _round.Clear();
            var end = start;
            while (end < _moving.Count && _round.Length < 8 << 20)
            {
                var b = _moving[end].Block;
                var span = _round.GetSpan((int)b.StoredBytes);
                if (!BlockFileSet.TryReadStored(b, span))
                {
                    throw new IOException($"Block file {file.Path} is shorter than its index says.");
                }

                _round.Advance((int)b.StoredBytes);
                end++;
            }

            var (target, offset) = _blocks.Append(_round.Written);

            // 2. The index points at the copies; the originals become dead bytes of the old file.
            var at = offset;
            for (var k = start; k < end; k++)
            {
                var (state, old) = _moving[k];
                var copy = old with { File = target, Offset = at + BlockFormat.HeaderBytes };
                at += old.StoredBytes;
                lock (state.Gate)
                {
                    if (state.Move(old, copy))
                    {
                        _replaced.Add(old);
                    }
                }
            }

            moved += _round.Length;
            start = end;
        }

        // 3. Synced before the old file goes (Release syncs the newest file first).
        Observe(CompactionStep.CopiesWritten);
        if (_moving.Count == 0 || start == _moving.Count)
        {
            // Nothing live is left: the file is deleted even if no block was moved.
            file.LiveBytes = 0;
        }

        _blocks.Release(_replaced);
        _replaced.Clear();
        _round.Clear();
        Observe(CompactionStep.FileRewritten);
        return Math.Max(moved, 1);
    }

    private void Observe(CompactionStep step) => _tuning.CompactionObserver?.Invoke(step);

    private static void EnsureCapacity<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new T[Math.Max(size, buffer.Length * 2)];
        }
    }
}
