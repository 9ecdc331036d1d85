using System.Buffers;

namespace Nunchi.Storage.Points;

/// <summary>The block files of one directory: appends sealed blocks, reads them back, deletes dead files.</summary>
/// <remarks>
/// Only the commit loop writes, syncs and deletes. Readers hold <see cref="EnterRead"/> while they use block
/// references, so that a file is never closed under them.
/// </remarks>
internal sealed class BlockFileSet : IDisposable
{
    private readonly string _directory;
    private readonly bool _fsync;
    private readonly long _fileBytes;
    private readonly List<BlockFile> _files;
    private readonly ReaderWriterLockSlim _filesLock = new(LockRecursionPolicy.SupportsRecursion);
    private long _bytes;

    private BlockFileSet(string directory, bool fsync, long fileBytes, List<BlockFile> files)
    {
        _directory = directory;
        _fsync = fsync;
        _fileBytes = fileBytes;
        _files = files;
        foreach (var f in files)
        {
            _bytes += f.Length;
        }
    }

    /// <summary>Bytes of every block file.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The block files, oldest first; the last one takes appends (commit loop only).</summary>
    public IReadOnlyList<BlockFile> Files => _files;

    /// <summary>
    /// Opens the block files, calling <paramref name="found"/> for every intact block in write order. The newest file
    /// (the only one that may not have been synced when the process died) has every payload checked and a torn tail
    /// cut away; older files were synced before the next one was started, so their headers suffice.
    /// </summary>
    public static BlockFileSet Open(string directory, bool fsync, long fileBytes, Action<int, BlockRef> found)
    {
        Directory.CreateDirectory(directory);
        var numbers = new List<int>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.blk"))
        {
            if (BlockFile.TryParseFileName(Path.GetFileName(path), out var number))
            {
                numbers.Add(number);
            }
        }

        numbers.Sort();
        var files = new List<BlockFile>(numbers.Count + 1);
        for (var i = 0; i < numbers.Count; i++)
        {
            var path = Path.Combine(directory, BlockFile.FileName(numbers[i]));
            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
            var file = new BlockFile(numbers[i], path, handle, 0);
            var newest = i == numbers.Count - 1;
            file.Length = Scan(file, RandomAccess.GetLength(handle), verifyPayloads: newest, found);
            if (newest && RandomAccess.GetLength(handle) > file.Length)
            {
                RandomAccess.SetLength(handle, file.Length);
                if (fsync)
                {
                    RandomAccess.FlushToDisk(handle);
                }
            }

            files.Add(file);
        }

        var set = new BlockFileSet(directory, fsync, fileBytes, files);
        if (files.Count == 0)
        {
            set.StartFile(1);
        }

        return set;
    }

    /// <summary>Takes the read lock that keeps files open while block references are used.</summary>
    public void EnterRead() => _filesLock.EnterReadLock();

    /// <summary>Releases <see cref="EnterRead"/>.</summary>
    public void ExitRead() => _filesLock.ExitReadLock();

    /// <summary>Appends blocks (headers included) to the newest file; returns that file and the offset written at.</summary>
    public (BlockFile File, long Offset) Append(ReadOnlySpan<byte> blocks)
    {
        var active = _files[^1];
        if (active.Length > 0 && active.Length + blocks.Length > _fileBytes)
        {
            StartFile(active.Number + 1);
            active = _files[^1];
        }

        var offset = active.Length;
        RandomAccess.Write(active.Handle, blocks, offset);
        active.Length += blocks.Length;
        active.LiveBytes += blocks.Length;
        active.Dirty = true;
        Interlocked.Add(ref _bytes, blocks.Length);
        return (active, offset);
    }

    /// <summary>Makes every block written so far durable.</summary>
    public void Sync()
    {
        var active = _files[^1];
        if (active.Dirty)
        {
            if (_fsync)
            {
                RandomAccess.FlushToDisk(active.Handle);
            }

            active.Dirty = false;
        }
    }

    /// <summary>Reads a block's payload into <paramref name="destination"/>; false when it is damaged.</summary>
    public static bool TryRead(in BlockRef block, Span<byte> destination)
        => RandomAccess.Read(block.File.Handle, destination[..block.Length], block.Offset) == block.Length
            && Crc32C.Compute(destination[..block.Length]) == block.PayloadCrc;

    /// <summary>Closes the file taking appends and starts a new one, so that the closed one can be rewritten.</summary>
    public void Rotate()
    {
        if (_files[^1].Length > 0)
        {
            StartFile(_files[^1].Number + 1);
        }
    }

    /// <summary>Reads a block as stored (header and payload) into <paramref name="destination"/>; false when short.</summary>
    public static bool TryReadStored(in BlockRef block, Span<byte> destination)
    {
        var length = (int)block.StoredBytes;
        return RandomAccess.Read(block.File.Handle, destination[..length], block.Offset - BlockFormat.HeaderBytes) == length;
    }

    /// <summary>Accounts for blocks that left the index and deletes the files left without live blocks.</summary>
    /// <remarks>
    /// What replaced a block (a compaction output, a moved copy) was appended to the newest file, so that file is
    /// synced before any file is deleted, and the directory after, so that a crash never finds the replacement
    /// missing and its inputs gone.
    /// </remarks>
    public void Release(List<BlockRef> dropped)
    {
        foreach (var b in dropped)
        {
            b.File.LiveBytes -= b.StoredBytes;
        }

        List<BlockFile>? dead = null;
        for (var i = 0; i < _files.Count - 1; i++)
        {
            if (_files[i].LiveBytes <= 0)
            {
                (dead ??= []).Add(_files[i]);
            }
        }

        if (dead is null)
        {
            return;
        }

        Sync();
        _filesLock.EnterWriteLock();
        try
        {
            foreach (var f in dead)
            {
                _files.Remove(f);
                f.Handle.Dispose();
                File.Delete(f.Path);
                Interlocked.Add(ref _bytes, -f.Length);
            }
        }
        finally
        {
            _filesLock.ExitWriteLock();
        }

        if (_fsync)
        {
            DirectorySync.Flush(_directory);
        }
    }

    public void Dispose()
    {
        Sync();
        foreach (var f in _files)
        {
            f.Handle.Dispose();
        }

        _filesLock.Dispose();
    }

    private static long Scan(BlockFile file, long fileLength, bool verifyPayloads, Action<int, BlockRef> found)
    {
        Span<byte> headerBytes = stackalloc byte[BlockFormat.HeaderBytes];
        var payload = verifyPayloads ? ArrayPool<byte>.Shared.Rent(64 * 1024) : [];
        try
        {
            var at = 0L;
            while (at + BlockFormat.HeaderBytes <= fileLength
                && RandomAccess.Read(file.Handle, headerBytes, at) == BlockFormat.HeaderBytes
                && BlockFormat.TryReadHeader(headerBytes, out var h)
                && at + BlockFormat.HeaderBytes + h.Length <= fileLength)
            {
                var block = BlockRef.At(file, at, h);
                if (verifyPayloads)
                {
                    if (payload.Length < h.Length)
                    {
                        ArrayPool<byte>.Shared.Return(payload);
                        payload = ArrayPool<byte>.Shared.Rent(h.Length);
                    }

                    if (!TryRead(block, payload))
                    {
                        break;
                    }
                }

                found(h.SeriesId, block);
                file.LiveBytes += block.StoredBytes;
                at += block.StoredBytes;
            }

            return at;
        }
        finally
        {
            if (payload.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(payload);
            }
        }
    }

    private void StartFile(int number)
    {
        if (_files.Count > 0)
        {
            // The previous file is complete: make it durable now, so that at open only the newest needs checking.
            var previous = _files[^1];
            previous.Dirty = true;
            Sync();
        }

        var path = Path.Combine(_directory, BlockFile.FileName(number));
        var handle = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
        if (_fsync)
        {
            DirectorySync.Flush(_directory);
        }

        _filesLock.EnterWriteLock();
        try
        {
            _files.Add(new BlockFile(number, path, handle, 0));
        }
        finally
        {
            _filesLock.ExitWriteLock();
        }
    }
}
