using System.Buffers;

namespace Nunchi.Storage.Points;

/// <summary>Reads the records of one log segment front to back and stops at the first one that is not intact.</summary>
internal sealed class LogSegmentReader : IDisposable
{
    private readonly FileStream _stream;
    private readonly byte[] _header = new byte[LogRecordFormat.HeaderBytes];
    private byte[] _payload = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private StoredPoint[] _points = ArrayPool<StoredPoint>.Shared.Rent(1024);

    public LogSegmentReader(string path)
    {
        // FileShare.ReadWrite | Delete: the commit loop may be appending to, or trimming, the file meanwhile.
        _stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = 1 << 20,
            Options = FileOptions.SequentialScan,
        });
    }

    /// <summary>The offset just past the last intact record read.</summary>
    public long ValidLength { get; private set; }

    /// <summary>Reads the next record; false at the end or at a torn or corrupt record.</summary>
    public bool TryReadNext(out long lsn, out ReadOnlySpan<StoredPoint> points)
    {
        points = default;
        lsn = 0;
        if (_stream.ReadAtLeast(_header, _header.Length, throwOnEndOfStream: false) < _header.Length
            || !LogRecordFormat.TryReadHeader(_header, out lsn, out var count, out var length, out var crc))
        {
            return false;
        }

        if (_payload.Length < length)
        {
            ArrayPool<byte>.Shared.Return(_payload);
            _payload = ArrayPool<byte>.Shared.Rent(length);
        }

        if (_points.Length < count)
        {
            ArrayPool<StoredPoint>.Shared.Return(_points);
            _points = ArrayPool<StoredPoint>.Shared.Rent(count);
        }

        var payload = _payload.AsSpan(0, length);
        if (_stream.ReadAtLeast(payload, length, throwOnEndOfStream: false) < length
            || Crc32C.Compute(payload) != crc
            || !LogRecordFormat.TryDecodePayload(payload, _points.AsSpan(0, count)))
        {
            return false;
        }

        ValidLength += LogRecordFormat.HeaderBytes + length;
        points = _points.AsSpan(0, count);
        return true;
    }

    public void Dispose()
    {
        _stream.Dispose();
        ArrayPool<byte>.Shared.Return(_payload);
        ArrayPool<StoredPoint>.Shared.Return(_points);
        _payload = [];
        _points = [];
    }
}
