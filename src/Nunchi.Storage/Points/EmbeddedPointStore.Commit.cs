namespace Nunchi.Storage.Points;

/// <summary>Appends and the commit loop (group commit).</summary>
public sealed partial class EmbeddedPointStore
{
    private readonly object _queueLock = new();
    private List<PendingAppend> _queue = [];
    private List<TaskCompletionSource> _flushRequests = [];
    private bool _stopping;
    private long _lastLsn;
    private Exception? _fault;

    /// <inheritdoc/>
    public Exception? Fault => Volatile.Read(ref _fault);

    /// <inheritdoc/>
    /// <remarks>
    /// The points are encoded on the caller's thread; the commit thread writes every batch waiting, fsyncs once and
    /// completes them together. Cancellation is honoured only before the batch is queued: a queued batch is
    /// written. When a <see cref="Committed"/> handler throws, the batch (durable all the same) completes with that
    /// exception. After an I/O failure of the log the store accepts no more appends (the state of the file after a
    /// failed fsync is unknown): reopen it.
    /// </remarks>
    /// <exception cref="ArgumentException">A point has a series id outside 1..<see cref="StoreOptions.MaxSeries"/> or a value that is not finite.</exception>
    public ValueTask<long> AppendAsync(ReadOnlyMemory<StoredPoint> points, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _fault) is { } fault)
        {
            return ValueTask.FromException<long>(new IOException("The point store failed earlier and accepts no more appends.", fault));
        }

        var pending = new PendingAppend(points, _options.MaxSeries);
        lock (_queueLock)
        {
            if (_stopping)
            {
                pending.ReleasePayload();
                throw new ObjectDisposedException(nameof(EmbeddedPointStore));
            }

            _queue.Add(pending);
            Monitor.Pulse(_queueLock);
        }

        return new ValueTask<long>(pending.Completion.Task);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Also compacts every series (any two neighbouring small blocks are merged) and rewrites block files that are
    /// more than a tenth dead, so that the bytes on disk afterwards are the compacted size. Appends wait meanwhile.
    /// </remarks>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var request = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_queueLock)
        {
            _flushRequests.Add(request);
            Monitor.Pulse(_queueLock);
        }

        return request.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops the commit loop after it has written every queued batch, then closes the files.</summary>
    /// <remarks>Heads are not sealed: the log holds their points and the next open replays them.</remarks>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_queueLock)
        {
            _stopping = true;
            Monitor.Pulse(_queueLock);
        }

        await _commitLoopDone.Task.ConfigureAwait(false);
        _wal.Dispose();
        _blocks.Dispose();
        await _lock.DisposeAsync().ConfigureAwait(false);
    }

    private void RunCommitLoop()
    {
        var group = new List<PendingAppend>();
        var flushes = new List<TaskCompletionSource>();
        try
        {
            while (true)
            {
                bool stopping;
                lock (_queueLock)
                {
                    while (_queue.Count == 0 && _flushRequests.Count == 0 && !_stopping)
                    {
                        var wait = _tuning.MaintenanceInterval - _time.GetElapsedTime(_lastMaintenance);
                        if (wait <= TimeSpan.Zero || !Monitor.Wait(_queueLock, wait))
                        {
                            break;
                        }
                    }

                    (_queue, group) = (group, _queue);
                    (_flushRequests, flushes) = (flushes, _flushRequests);
                    stopping = _stopping;
                }

                if (group.Count > 0)
                {
                    CommitGroup(group);
                    group.Clear();
                    if (Volatile.Read(ref _fault) is null)
                    {
                        CompactAfterCommit();
                    }
                }

                if (flushes.Count > 0 || _time.GetElapsedTime(_lastMaintenance) >= _tuning.MaintenanceInterval)
                {
                    RunMaintenance(flushes);
                    flushes.Clear();
                }

                if (stopping)
                {
                    lock (_queueLock)
                    {
                        if (_queue.Count == 0 && _flushRequests.Count == 0)
                        {
                            return;
                        }
                    }
                }
            }
        }
        finally
        {
            _commitLoopDone.TrySetResult();
        }
    }

    private void CommitGroup(List<PendingAppend> group)
    {
        // 1. Log records, one write and one fsync for the whole group.
        try
        {
            if (_fault is { } earlier)
            {
                throw new IOException("The point store failed earlier and accepts no more appends.", earlier);
            }

            // 0. The series these points name are written before the points are logged.
            Catalog.EnsureDurable();

            foreach (var p in group)
            {
                p.Lsn = ++_lastLsn;
            }

            _wal.Append(group);
        }
#pragma warning disable CA1031 // Whatever stops the log (an I/O error, the catalog's database, a bug) must fail the
        // batches and refuse the next ones: escaping, it would end the commit thread and with it the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _fault, e);
            foreach (var p in group)
            {
                p.ReleasePayload();
                p.Completion.TrySetException(e);
            }

            return;
        }

        Interlocked.Increment(ref _commits);
        Volatile.Write(ref _durableLsn, _lastLsn);

        // 2. Heads, in LSN order, so that the last write of a timestamp wins.
        var now = _time.GetTimestamp();
        var total = 0L;
        try
        {
            foreach (var p in group)
            {
                p.ReleasePayload();
                ApplyToHeads(p.Lsn, p.Points.Span, now, recovering: false);
                total += p.Points.Length;
            }

            SealQueued();
        }
#pragma warning disable CA1031 // As above: the commit thread stops appends rather than the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The batches are in the log (a reopen recovers them) but the blocks cannot be written: stop here.
            Volatile.Write(ref _fault, e);
            foreach (var p in group)
            {
                p.Completion.TrySetException(e);
            }

            return;
        }

        Interlocked.Add(ref _points, total);

        // 3. Committed, in LSN order, then the appends complete.
        var handler = Committed;
        foreach (var p in group)
        {
            try
            {
                handler?.Invoke(p.Lsn, p.Points.Span);
            }
#pragma warning disable CA1031 // A subscriber's failure belongs to the batch's appender, not to the commit loop.
            catch (Exception e)
#pragma warning restore CA1031
            {
                p.Completion.TrySetException(e);
            }
        }

        foreach (var p in group)
        {
            p.Completion.TrySetResult(p.Lsn);
        }
    }
}
