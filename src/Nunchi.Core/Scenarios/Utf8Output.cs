using System.Buffers;
using System.Buffers.Text;

namespace Nunchi.Core.Scenarios;

/// <summary>
/// A buffered UTF-8 writer for generated data: bytes, integers and fixed-point decimals formatted without culture and
/// without allocations, written to the stream in 64 KiB blocks.
/// </summary>
internal sealed class Utf8Output
{
    private static readonly double[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
    private static readonly StandardFormat[] FractionFormats =
        [default, new('D', 1), new('D', 2), new('D', 3), new('D', 4), new('D', 5), new('D', 6)];

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public Utf8Output(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Bytes handed to the stream so far plus those still buffered.</summary>
    public long BytesWritten { get; private set; }

    public void Write(byte value)
    {
        if (_used == _buffer.Length)
        {
            Drain();
        }

        _buffer[_used++] = value;
        BytesWritten++;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Drain();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                BytesWritten += bytes.Length;
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
        BytesWritten += bytes.Length;
    }

    public void WriteInt64(long value)
    {
        Reserve(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out var written);
        _used += written;
        BytesWritten += written;
    }

    /// <summary>Writes <paramref name="value"/> with exactly <paramref name="decimals"/> decimals (0 to 6), e.g. <c>152.30</c>.</summary>
    public void WriteFixed(double value, int decimals)
    {
        var scaled = (long)Math.Round(value * Powers[decimals], MidpointRounding.AwayFromZero);
        if (decimals == 0)
        {
            WriteInt64(scaled);
            return;
        }

        Reserve(48);
        if (scaled < 0)
        {
            _buffer[_used++] = (byte)'-';
            BytesWritten++;
            scaled = -scaled;
        }

        var unit = (long)Powers[decimals];
        WriteInt64(scaled / unit);
        _buffer[_used++] = (byte)'.';
        BytesWritten++;
        Utf8Formatter.TryFormat(scaled % unit, _buffer.AsSpan(_used), out var written, FractionFormats[decimals]);
        _used += written;
        BytesWritten += written;
    }

    /// <summary>Room for <paramref name="count"/> bytes at <c>_used</c>.</summary>
    public Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _used < count)
        {
            Drain();
        }

        return _buffer.AsSpan(_used, count);
    }

    /// <summary>Marks <paramref name="count"/> reserved bytes as written.</summary>
    public void Advance(int count)
    {
        _used += count;
        BytesWritten += count;
    }

    /// <summary>Writes the buffer to the stream and flushes it.</summary>
    public void Flush()
    {
        Drain();
        _stream.Flush();
    }

    private void Drain()
    {
        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }
}
