using Nunchi.Storage.Encoding;

namespace Nunchi.Storage.Points;

/// <summary>Heads: applying committed points, sealing heads into blocks, and the maintenance pass.</summary>
public sealed partial class EmbeddedPointStore
{
    private readonly List<SeriesState> _sealQueue = [];
    private readonly List<PendingSeal> _sealed = [];
    private readonly List<BlockRef> _dropped = [];
    private readonly ByteBuffer _round = new(64 * 1024);
    private readonly long[] _sealTs;
    private readonly double[] _sealValues;
    private long _lastMaintenance;

    // Commit thread only (or the constructor during recovery).
    private void ApplyToHeads(long lsn, ReadOnlySpan<StoredPoint> points, long now, bool recovering)
    {
        var limit = _tuning.SealPoints;
        foreach (ref readonly var p in points)
        {
            var state = GetOrAddSeries(p.SeriesId);

            // At recovery, the series' points up to its last sealed LSN are in blocks already; of that record itself
            // only the first SealedLsnPoints are (one batch can fill several blocks, the last of which may be lost).
            if (recovering && (lsn < state.SealedLsn || (lsn == state.SealedLsn && state.SkipSealedPoint(lsn))))
            {
                continue;
            }

            if (state.HeadCount >= limit)
            {
                SealQueued();
            }

            lock (state.Gate)
            {
                state.AddToHead(lsn, p.TimestampMs, p.Value, now);
            }

            if (state.HeadCount >= limit && !state.QueuedForSeal)
            {
                state.QueuedForSeal = true;
                _sealQueue.Add(state);
            }
        }
    }

    /// <summary>Seals every queued head: encodes them all, writes them with one write, then swaps heads for blocks.</summary>
    private void SealQueued()
    {
        if (_sealQueue.Count == 0)
        {
            return;
        }

        // 1. Encode every head into one round buffer (sorted, last write of a timestamp wins).
        _round.Clear();
        _sealed.Clear();
        foreach (var state in _sealQueue)
        {
            var n = state.HeadCount;
            state.HeadTimestamps.CopyTo(_sealTs);
            state.HeadValues.CopyTo(_sealValues);
            n = HeadSort.SortAndDedupe(_sealTs.AsSpan(0, n), _sealValues.AsSpan(0, n));
            var at = _round.Length;
            _round.GetSpan(BlockFormat.HeaderBytes);
            _round.Advance(BlockFormat.HeaderBytes);
            BlockCodec.Encode(_sealTs.AsSpan(0, n), _sealValues.AsSpan(0, n), _round);
            var length = _round.Length - at - BlockFormat.HeaderBytes;
            var crc = Crc32C.Compute(_round.Written.Slice(at + BlockFormat.HeaderBytes, length));
            var seq = state.TakeSeq();
            var header = new BlockHeader(state.Id, n, _sealTs[0], _sealTs[n - 1], state.HeadLastLsn, length, crc, state.LastLsnPoints, seq, seq, 0, 1);
            BlockFormat.WriteHeader(_round.Written[at..], header);
            _sealed.Add(new PendingSeal(state, at, header));
        }

        // 2. One positional write: readable at once (page cache), durable at the next maintenance sync.
        var (file, offset) = _blocks.Append(_round.Written);

        // 3. Swap each head for its block under the series' gate.
        foreach (var s in _sealed)
        {
            var block = BlockRef.At(file, offset + s.At, s.Header);
            bool late;
            lock (s.State.Gate)
            {
                late = s.State.CompleteSeal(block);
            }

            NoteSealed(s.State, late);
        }

        _sealQueue.Clear();
        _sealed.Clear();
    }

    /// <summary>Seals old heads (all of them for a flush), applies retention, compacts, syncs blocks and trims the log.</summary>
    private void RunMaintenance(List<TaskCompletionSource> flushes)
    {
        try
        {
            var now = _time.GetTimestamp();
            var sealAll = flushes.Count > 0;

            // 1. Heads that are full, or old enough to hold the log back, are sealed.
            foreach (var state in _series)
            {
                if (state is { HeadCount: > 0, QueuedForSeal: false }
                    && (sealAll || _time.GetElapsedTime(state.HeadSinceTimestamp, now) >= _tuning.SealAge))
                {
                    state.QueuedForSeal = true;
                    _sealQueue.Add(state);
                }
            }

            SealQueued();
            ApplyRetention();

            // 2. Small and late blocks merged (all of them for a flush, so that what is on disk afterwards is final).
            RunCompaction(flush: sealAll, maintenance: true);

            // 3. Blocks are durable before the log that covers them may go.
            _blocks.Sync();

            // 4. The log is kept from the oldest unsealed point, and from what the engine still needs.
            var bound = _lastLsn + 1;
            foreach (var state in _series)
            {
                if (state is { HeadCount: > 0 })
                {
                    bound = Math.Min(bound, state.HeadFirstLsn);
                }
            }

            var trim = Math.Min(bound, Volatile.Read(ref _releasedLsn));
            if (sealAll)
            {
                _wal.RetireActiveIfCovered(trim);
            }

            _wal.TrimBefore(trim);
            _lastMaintenance = _time.GetTimestamp();
            foreach (var f in flushes)
            {
                f.TrySetResult();
            }
        }
#pragma warning disable CA1031 // Sealing runs on the commit thread: a failure stops appends, not the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _fault, e);
            foreach (var f in flushes)
            {
                f.TrySetException(e);
            }
        }
    }

    /// <summary>Drops the blocks that ended before their series' retention cut-off; deletes files left empty.</summary>
    /// <remarks>
    /// The cut-off is the wall clock (<see cref="TimeProvider.GetUtcNow"/>) minus the series' retention, not the
    /// latest timestamp stored: one sensor with a clock years ahead would otherwise wipe every series. A block file is
    /// deleted once none of its blocks is live; mostly dead files are rewritten by compaction. Blocks dropped
    /// here come back at the next open if their file still exists, and are dropped again at once.
    /// </remarks>
    private void ApplyRetention()
    {
        var nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
        _dropped.Clear();
        foreach (var state in _series)
        {
            if (state is not { BlockCount: > 0 })
            {
                continue;
            }

            var retention = Catalog.ById(state.Id)?.RetentionMs ?? _options.DefaultRetentionMs;
            if (retention is not { } ms)
            {
                continue;
            }

            lock (state.Gate)
            {
                state.DropBlocksBefore(nowMs - ms, _dropped);
            }
        }

        if (_dropped.Count > 0)
        {
            _blocks.Release(_dropped);
            _dropped.Clear();
        }
    }
}
