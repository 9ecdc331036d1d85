using System.Buffers;

namespace Nunchi.Storage.Points;

/// <summary>A growable byte buffer that is also an <see cref="IBufferWriter{T}"/> and can patch what it holds.</summary>
/// <remarks>Reused across rounds, so that sealing allocates nothing in steady state.</remarks>
internal sealed class ByteBuffer(int capacity) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[capacity];

    /// <summary>Bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written, writable (to fill in headers reserved earlier).</summary>
    public Span<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>Forgets the content and keeps the memory.</summary>
    public void Clear() => Length = 0;

    /// <summary>Forgets everything after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        Length = length;
    }

    /// <inheritdoc/>
    public void Advance(int count) => Length += count;

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(Length);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(Length);
    }

    private void Ensure(int sizeHint)
    {
        var need = (long)Length + Math.Max(sizeHint, 1);
        if (need > _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(Array.MaxLength, Math.Max(need, _buffer.Length * 2L)));
        }
    }
}
