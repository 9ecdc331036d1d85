namespace Nunchi.Storage.Points;

/// <summary>The write-ahead log: segment files in one directory, named by their first LSN.</summary>
/// <remarks>
/// Only the commit loop appends and trims; <see cref="Replay"/> may run on any thread meanwhile. A torn record at the
/// end of the last segment (a crash mid-write) is cut away at open; appends continue in a new segment.
/// </remarks>
internal sealed class WriteAheadLog : IDisposable
{
    private readonly string _directory;
    private readonly bool _fsync;
    private readonly long _segmentBytes;
    private readonly List<LogSegment> _segments;
    private readonly Lock _segmentsLock = new();

    // Replay reads files for a long time; trimming must not delete a file under it (Windows refuses, and on Linux
    // the reader would have to be opened already), so replay holds this for reading and trimming tries for writing.
    private readonly ReaderWriterLockSlim _deleteLock = new();
    private byte[] _writeBuffer = new byte[1 << 20];
    private long _bytes;

    private WriteAheadLog(string directory, bool fsync, long segmentBytes, List<LogSegment> segments, long lastLsn)
    {
        _directory = directory;
        _fsync = fsync;
        _segmentBytes = segmentBytes;
        _segments = segments;
        LastLsn = lastLsn;
        foreach (var s in segments)
        {
            _bytes += s.Length;
        }
    }

    /// <summary>The LSN of the last record written (0 when none ever was).</summary>
    public long LastLsn { get; private set; }

    /// <summary>Bytes of every segment.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>
    /// Opens the log in <paramref name="directory"/>, calling <paramref name="recover"/> for every intact record in
    /// LSN order, cuts away a torn tail and starts a new segment for appends.
    /// </summary>
    public static WriteAheadLog Open(string directory, bool fsync, long segmentBytes, CommittedBatch recover)
    {
        Directory.CreateDirectory(directory);
        var found = new List<(long First, string Path)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.wal"))
        {
            if (LogSegment.TryParseFileName(Path.GetFileName(path), out var first))
            {
                found.Add((first, path));
            }
        }

        found.Sort(static (a, b) => a.First.CompareTo(b.First));
        var segments = new List<LogSegment>(found.Count + 1);
        var lastLsn = 0L;
        for (var i = 0; i < found.Count; i++)
        {
            long valid;
            using (var reader = new LogSegmentReader(found[i].Path))
            {
                // A record out of LSN order is as corrupt as one with a bad CRC: stop there.
                while (reader.TryReadNext(out var lsn, out var points) && lsn > lastLsn && lsn >= found[i].First)
                {
                    lastLsn = lsn;
                    recover(lsn, points);
                }

                valid = reader.ValidLength;
            }

            if (i == found.Count - 1 && new FileInfo(found[i].Path).Length > valid)
            {
                Truncate(found[i].Path, valid, fsync);
            }

            lastLsn = Math.Max(lastLsn, found[i].First - 1);
            segments.Add(new LogSegment(found[i].First, found[i].Path, valid));
        }

        var log = new WriteAheadLog(directory, fsync, segmentBytes, segments, lastLsn);
        log.StartSegment(lastLsn + 1);
        return log;
    }

    /// <summary>Writes the records of a group (LSNs assigned, increasing) and syncs them with one fsync.</summary>
    public void Append(List<PendingAppend> group)
    {
        var total = 0L;
        foreach (var p in group)
        {
            total += LogRecordFormat.HeaderBytes + p.PayloadLength;
        }

        if (_writeBuffer.Length < total)
        {
            _writeBuffer = new byte[Math.Max(total, _writeBuffer.Length * 2L)];
        }

        var at = 0;
        foreach (var p in group)
        {
            LogRecordFormat.WriteHeader(_writeBuffer.AsSpan(at), p.Lsn, p.Points.Length, p.PayloadLength, p.PayloadCrc);
            at += LogRecordFormat.HeaderBytes;
            p.Payload.CopyTo(_writeBuffer.AsSpan(at));
            at += p.PayloadLength;
        }

        var active = _segments[^1];
        if (active.Length > 0 && active.Length + total > _segmentBytes)
        {
            StartSegment(group[0].Lsn);
            active = _segments[^1];
        }

        RandomAccess.Write(active.Handle!, _writeBuffer.AsSpan(0, at), active.Length);
        active.Length += at;
        Interlocked.Add(ref _bytes, at);
        if (_fsync)
        {
            RandomAccess.FlushToDisk(active.Handle!);
        }

        LastLsn = group[^1].Lsn;
    }

    /// <summary>
    /// Starts a new, empty active segment when every record is below <paramref name="bound"/>, so that
    /// <see cref="TrimBefore"/> can delete them all (a flush leaves no log behind). Commit thread only.
    /// </summary>
    public void RetireActiveIfCovered(long bound)
    {
        if (LastLsn > 0 && bound > LastLsn && _segments[^1].Length > 0)
        {
            StartSegment(LastLsn + 1);
        }
    }

    /// <summary>Deletes the segments whose records all have an LSN below <paramref name="bound"/>; never the active one.</summary>
    /// <remarks>Skips the deletion while a replay is reading (the next maintenance pass tries again).</remarks>
    public void TrimBefore(long bound)
    {
        if (!_deleteLock.TryEnterWriteLock(0))
        {
            return;
        }

        try
        {
            var victims = new List<LogSegment>();
            lock (_segmentsLock)
            {
                while (_segments.Count > 1 && _segments[1].FirstLsn <= bound)
                {
                    victims.Add(_segments[0]);
                    _segments.RemoveAt(0);
                }
            }

            foreach (var v in victims)
            {
                File.Delete(v.Path);
                Interlocked.Add(ref _bytes, -v.Length);
            }
        }
        finally
        {
            _deleteLock.ExitWriteLock();
        }
    }

    /// <summary>Visits the records with <paramref name="afterLsn"/> &lt; LSN ≤ <paramref name="upToLsn"/> in LSN order.</summary>
    public void Replay(long afterLsn, long upToLsn, CommittedBatch visit)
    {
        _deleteLock.EnterReadLock();
        try
        {
            LogSegment[] snapshot;
            lock (_segmentsLock)
            {
                snapshot = [.. _segments];
            }

            for (var i = 0; i < snapshot.Length; i++)
            {
                if (i + 1 < snapshot.Length && snapshot[i + 1].FirstLsn <= afterLsn + 1)
                {
                    continue;
                }

                using var reader = new LogSegmentReader(snapshot[i].Path);
                while (reader.TryReadNext(out var lsn, out var points))
                {
                    if (lsn > upToLsn)
                    {
                        return;
                    }

                    if (lsn > afterLsn)
                    {
                        visit(lsn, points);
                    }
                }
            }
        }
        finally
        {
            _deleteLock.ExitReadLock();
        }
    }

    public void Dispose()
    {
        lock (_segmentsLock)
        {
            foreach (var s in _segments)
            {
                s.Handle?.Dispose();
                s.Handle = null;
            }
        }

        _deleteLock.Dispose();
    }

    private static void Truncate(string path, long length, bool fsync)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite);
        RandomAccess.SetLength(handle, length);
        if (fsync)
        {
            RandomAccess.FlushToDisk(handle);
        }
    }

    private void StartSegment(long firstLsn)
    {
        var path = Path.Combine(_directory, LogSegment.FileName(firstLsn));

        // A segment of that name exists only when it holds no intact record (its records would have LSNs at or above
        // firstLsn, yet firstLsn - 1 is the last one found), so it is reused from empty.
        var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.SetLength(handle, 0);
        if (_fsync)
        {
            RandomAccess.FlushToDisk(handle);
            DirectorySync.Flush(_directory);
        }

        var segment = new LogSegment(firstLsn, path, 0) { Handle = handle };
        lock (_segmentsLock)
        {
            if (_segments.Count > 0 && _segments[^1].FirstLsn == firstLsn)
            {
                Interlocked.Add(ref _bytes, -_segments[^1].Length);
                _segments.RemoveAt(_segments.Count - 1);
            }

            if (_segments.Count > 0)
            {
                _segments[^1].Handle?.Dispose();
                _segments[^1].Handle = null;
            }

            _segments.Add(segment);
        }
    }
}
