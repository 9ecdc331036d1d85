namespace Nunchi.Storage.Points;

/// <summary>
/// The embedded point store: a write-ahead log with group commit, per-series in-memory heads and compressed blocks
/// in block files, all under one data directory.
/// </summary>
/// <remarks>
/// <para>
/// Layout: <c>DATA/wal/</c> holds log segments named by their first LSN; <c>DATA/blocks/</c> holds block files of
/// sealed blocks, each block self-describing (series, count, time span, max LSN, CRC), so the block index is rebuilt
/// at open by walking the block headers — there is no second source of truth to keep consistent with the blocks.
/// </para>
/// <para>
/// One commit thread owns every change: it gathers the batches waiting, writes them as log records, fsyncs once,
/// applies them to the heads in LSN order, seals full heads, raises <see cref="Committed"/> and completes the
/// appends. Readers lock one series at a time and never wait for the disk.
/// </para>
/// </remarks>
public sealed partial class EmbeddedPointStore : IPointStore
{
    private readonly StoreOptions _options;
    private readonly PointStoreTuning _tuning;
    private readonly TimeProvider _time;
    private readonly WriteAheadLog _wal;
    private readonly BlockFileSet _blocks;
    private readonly Thread _commitThread;
    private readonly FileStream _lock;
    private readonly TaskCompletionSource _commitLoopDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SeriesState?[] _series = new SeriesState?[1024];
    private long _durableLsn;
    private long _releasedLsn;
    private long _points;
    private long _commits;
    private long _corruptBlocks;
    private int _disposed;

    private EmbeddedPointStore(StoreOptions options, ISeriesCatalog catalog, PointStoreTuning tuning, TimeProvider time)
    {
        _options = options;
        _tuning = tuning;
        _time = time;
        Catalog = catalog;
        _sealTs = new long[tuning.SealPoints];
        _sealValues = new double[tuning.SealPoints];
        _lastMaintenance = time.GetTimestamp();

        var fsync = options.Fsync;
        var fresh = !Directory.Exists(options.DataDirectory);
        Directory.CreateDirectory(options.DataDirectory);

        // One store per directory: a second process appending to the same log would corrupt it. FileShare.None takes
        // an exclusive flock on Unix, released by the kernel when the process dies, even by kill -9.
        _lock = new FileStream(Path.Combine(options.DataDirectory, "LOCK"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var walDirectory = Path.Combine(options.DataDirectory, "wal");
        var blockDirectory = Path.Combine(options.DataDirectory, "blocks");
        var created = !Directory.Exists(walDirectory) || !Directory.Exists(blockDirectory);

        // 1. The block index, from the block headers.
        _blocks = BlockFileSet.Open(blockDirectory, fsync, tuning.BlockFileBytes, (id, block) => GetOrAddSeries(id).AddFound(block));
        var dead = new List<BlockRef>();
        foreach (var s in _series)
        {
            s?.FinishOpen(dead);
        }

        // Inputs of a finished compaction, old copies of a finished rewrite: their files go once nothing live is left.
        _blocks.Release(dead);
        if (fsync && (fresh || created))
        {
            DirectorySync.Flush(options.DataDirectory);
        }

        // 2. The log records after each series' last sealed LSN, into heads (sealing those that fill up).
        var now = time.GetTimestamp();
        var recoveredLsn = 0L;
        _wal = WriteAheadLog.Open(walDirectory, fsync, tuning.SegmentBytes, (lsn, points) =>
        {
            recoveredLsn = lsn;
            ApplyToHeads(lsn, points, now, recovering: true);
        });
        SealQueued();

        // 3. LSNs continue above everything seen, even when the log was trimmed to nothing.
        _lastLsn = Math.Max(_wal.LastLsn, recoveredLsn);
        foreach (var s in _series)
        {
            _lastLsn = Math.Max(_lastLsn, s?.SealedLsn ?? 0);
        }

        _durableLsn = _lastLsn;
        ApplyRetention();
        _blocks.Sync();

        // 4. Every series is looked at by the background compaction once (those the replay queued already, once only).
        foreach (var s in _series)
        {
            if (s is { BlockCount: > 1, QueuedForCompaction: false } && _tuning.Compaction)
            {
                s.QueuedForCompaction = true;
                _compactQueue.Enqueue(s);
            }
        }

        _lastCompaction = time.GetTimestamp();

        _commitThread = new Thread(RunCommitLoop) { IsBackground = true, Name = "nunchi-point-store-commit" };
        _commitThread.Start();
    }

    /// <inheritdoc/>
    public ISeriesCatalog Catalog { get; }

    /// <inheritdoc/>
    public event CommittedBatch? Committed;

    /// <inheritdoc/>
    public long DurableLsn => Volatile.Read(ref _durableLsn);

    /// <summary>Opens (or creates) the store in <see cref="StoreOptions.DataDirectory"/> and recovers what it holds.</summary>
    /// <remarks>
    /// Recovery rebuilds the block index from the block files and replays the log into memory, so every acknowledged
    /// append is readable afterwards, whether the previous process was disposed or killed. A torn record or block at
    /// the end of a file is cut away. Retention uses the wall clock of <see cref="TimeProvider.System"/>.
    /// </remarks>
    public static EmbeddedPointStore Open(StoreOptions options, ISeriesCatalog catalog)
        => Open(options, catalog, TimeProvider.System);

    /// <summary>Opens the store with an injected clock (retention cut-off and the age at which heads are sealed).</summary>
    public static EmbeddedPointStore Open(StoreOptions options, ISeriesCatalog catalog, TimeProvider timeProvider)
        => Open(options, catalog, timeProvider, PointStoreTuning.Default);

    /// <summary>Opens the store with internal sizes set (tests).</summary>
    internal static EmbeddedPointStore Open(StoreOptions options, ISeriesCatalog catalog, TimeProvider timeProvider, PointStoreTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentException.ThrowIfNullOrEmpty(options.DataDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSeries, 1);
        return new EmbeddedPointStore(options, catalog, tuning, timeProvider);
    }

    /// <inheritdoc/>
    public void ReplayLog(long afterLsn, CommittedBatch visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ThrowIfDisposed();
        _wal.Replay(afterLsn, DurableLsn, visit);
    }

    /// <inheritdoc/>
    /// <remarks>The log is trimmed at the next maintenance pass (every few seconds) or <see cref="FlushAsync"/>.</remarks>
    public void ReleaseLogBefore(long lsn)
    {
        var current = Volatile.Read(ref _releasedLsn);
        while (lsn > current)
        {
            var seen = Interlocked.CompareExchange(ref _releasedLsn, lsn, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <c>Points</c> counts the points appended through this instance since it was opened (a monotonic counter);
    /// <c>Commits</c> counts group commits, each one fsync of the log.
    /// </remarks>
    public StoreStatistics Statistics()
    {
        var onDisk = 0L;
        try
        {
            foreach (var file in new DirectoryInfo(_options.DataDirectory).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                onDisk += file.Exists ? file.Length : 0;
            }
        }
        catch (IOException)
        {
            // A file deleted while enumerating: the sum is a moment's estimate anyway.
        }

        return new StoreStatistics(
            Catalog.Count,
            Interlocked.Read(ref _points),
            onDisk,
            _wal.Bytes,
            _blocks.Bytes,
            Interlocked.Read(ref _commits));
    }

    /// <summary>Blocks skipped by reads because their checksum or encoding was wrong.</summary>
    internal long CorruptBlocks => Interlocked.Read(ref _corruptBlocks);

    /// <summary>Bytes of every head's arrays and the number of series with state (for the memory estimate).</summary>
    internal (long HeadBytes, int Series, long Blocks) MemoryFootprint()
    {
        var bytes = 0L;
        var series = 0;
        var blocks = 0L;
        foreach (var s in Volatile.Read(ref _series))
        {
            if (s is not null)
            {
                lock (s.Gate)
                {
                    bytes += s.HeadCapacityBytes;
                    blocks += s.BlockCount;
                }

                series++;
            }
        }

        return (bytes, series, blocks);
    }

    private SeriesState? FindSeries(int seriesId)
    {
        var all = Volatile.Read(ref _series);
        return (uint)seriesId < (uint)all.Length ? Volatile.Read(ref all[seriesId]) : null;
    }

    // Only the commit thread (or the constructor, before it starts) adds series.
    private SeriesState GetOrAddSeries(int seriesId)
    {
        var all = _series;
        if ((uint)seriesId >= (uint)all.Length)
        {
            var grown = new SeriesState?[Math.Max(seriesId + 1, all.Length * 2)];
            all.CopyTo(grown, 0);
            Volatile.Write(ref _series, grown);
            all = grown;
        }

        if (all[seriesId] is { } state)
        {
            return state;
        }

        state = new SeriesState(seriesId);
        Volatile.Write(ref all[seriesId], state);
        return state;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
