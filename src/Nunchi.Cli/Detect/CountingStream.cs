namespace Nunchi.Cli.Detect;

/// <summary>A read-only pass-through stream that counts the bytes read, for a progress bar on another thread.</summary>
/// <remarks>Reads happen on one thread; <see cref="BytesRead"/> may be read from any thread.</remarks>
internal sealed class CountingStream : Stream
{
    private readonly Stream _inner;
    private long _bytesRead;

    public CountingStream(Stream inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>Bytes read so far.</summary>
    public long BytesRead => Volatile.Read(ref _bytesRead);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Volatile.Write(ref _bytesRead, _bytesRead + read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
