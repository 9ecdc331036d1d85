using System.Buffers;
using System.Globalization;
using System.Text;
using Nunchi.Cli.Commands;

namespace Nunchi.Cli.Detect;

/// <summary>
/// Writes the scores file: one line per input data row, in input order, with the row's timestamp text, its value and
/// its anomaly score.
/// </summary>
/// <remarks>
/// <para>One value column: <c>timestamp,value,anomaly_score</c>. Several: <c>timestamp,A,A_anomaly_score,B,
/// B_anomaly_score,…,anomaly_score</c>, the last being the highest of the columns' scores. The timestamp is the input's
/// text (quoted when it holds a comma, a quote or a line break); a value is written in its shortest round-trip form
/// (invariant culture), or left empty when the cell was missing; scores as <see cref="ScoreText"/> writes them.</para>
/// <para>Rows are formatted into one pooled buffer and written in large blocks; nothing is allocated per row.
/// Not thread-safe.</para>
/// </remarks>
internal sealed class ScoreFileWriter : IDisposable
{
    private const int BufferSize = 1 << 20;
    private const int NumberMaxLength = 32;
    private static readonly SearchValues<byte> s_needsQuotes = SearchValues.Create(","u8 + "\"\r\n"u8);

    private readonly Stream _stream;
    private readonly string _name;
    private readonly int _columns;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private bool _disposed;

    /// <summary>Writes the header at once.</summary>
    /// <param name="stream">Where to write; disposed with this writer.</param>
    /// <param name="name">How to name the destination in errors.</param>
    /// <param name="valueColumns">The value columns' names, in the reader's order.</param>
    public ScoreFileWriter(Stream stream, string name, IReadOnlyList<string> valueColumns)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(valueColumns);
        ArgumentOutOfRangeException.ThrowIfZero(valueColumns.Count);
        _stream = stream;
        _name = name;
        _columns = valueColumns.Count;
        WriteHeader(valueColumns);
    }

    /// <summary>Creates (or truncates) the file at <paramref name="path"/> and writes the header.</summary>
    /// <exception cref="CliException">The file cannot be created (exit code 1).</exception>
    public static ScoreFileWriter Create(string path, IReadOnlyList<string> valueColumns)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            // This writer buffers in large blocks itself, so the file stream does not buffer again.
            stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {e.Message}");
        }

        return new ScoreFileWriter(stream, path, valueColumns);
    }

    /// <summary>The header line (without its line end) for these value columns.</summary>
    public static string Header(IReadOnlyList<string> valueColumns)
    {
        ArgumentNullException.ThrowIfNull(valueColumns);
        if (valueColumns.Count == 1)
        {
            return "timestamp,value,anomaly_score";
        }

        var header = new StringBuilder("timestamp");
        foreach (var name in valueColumns)
        {
            header.Append(',').Append(Quote(name)).Append(',').Append(Quote(name + "_anomaly_score"));
        }

        return header.Append(",anomaly_score").ToString();
    }

    /// <summary>Writes the <see cref="BatchSlot.Ready"/> rows of <paramref name="slot"/>.</summary>
    public void Write(BatchSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slot.Ready, slot.Batch.Count);
        if (_columns == 1)
        {
            WriteOneColumn(slot);
        }
        else
        {
            WriteColumns(slot);
        }
    }

    // The common case, with the column's spans taken once per batch rather than once per row.
    private void WriteOneColumn(BatchSlot slot)
    {
        var batch = slot.Batch;
        var text = batch.TimestampTextBytes;
        var offsets = batch.TimestampTextOffsets;
        var values = batch.Values(0);
        var missing = batch.Missing(0);
        var scores = slot.Scores(0);
        for (var row = 0; row < slot.Ready; row++)
        {
            var timestamp = text[offsets[row]..offsets[row + 1]];
            var span = Reserve((2 * timestamp.Length) + 4 + NumberMaxLength + ScoreText.MaxLength + 2);
            var at = WriteTimestamp(timestamp, span);
            at += WriteCell(values[row], missing[row], scores[row], span[at..]);
            span[at++] = (byte)'\n';
            _length += at;
        }
    }

    private void WriteColumns(BatchSlot slot)
    {
        var batch = slot.Batch;
        var text = batch.TimestampTextBytes;
        var offsets = batch.TimestampTextOffsets;
        for (var row = 0; row < slot.Ready; row++)
        {
            var timestamp = text[offsets[row]..offsets[row + 1]];
            var span = Reserve((2 * timestamp.Length) + 4 + (_columns * (NumberMaxLength + ScoreText.MaxLength + 2)) + ScoreText.MaxLength + 2);
            var at = WriteTimestamp(timestamp, span);
            var highest = 0.0;
            for (var column = 0; column < _columns; column++)
            {
                var score = slot.Scores(column)[row];
                highest = Math.Max(highest, score);
                at += WriteCell(batch.Values(column)[row], batch.Missing(column)[row], score, span[at..]);
            }

            span[at++] = (byte)',';
            at += ScoreText.Write(highest, span[at..]);
            span[at++] = (byte)'\n';
            _length += at;
        }
    }

    /// <summary><c>,value,score</c>; the value empty when missing.</summary>
    private static int WriteCell(double value, bool missing, double score, Span<byte> destination)
    {
        var at = 0;
        destination[at++] = (byte)',';
        if (!missing)
        {
            // Shortest round-trip text; NaN and infinities as "NaN", "Infinity", "-Infinity".
            value.TryFormat(destination[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
        }

        destination[at++] = (byte)',';
        return at + ScoreText.Write(score, destination[at..]);
    }

    /// <summary>Writes out what is buffered and flushes the stream.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            WriteBuffer();
            _stream.Flush();
        }
        catch (IOException e)
        {
            throw new CliException($"cannot write {_name}: {e.Message}");
        }
    }

    /// <summary>Flushes, then releases the buffer and the stream.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Flush();
        }
        finally
        {
            _disposed = true;
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _stream.Dispose();
        }
    }

    private void WriteHeader(IReadOnlyList<string> valueColumns)
    {
        var header = Encoding.UTF8.GetBytes(Header(valueColumns) + "\n");
        header.CopyTo(Reserve(header.Length));
        _length += header.Length;
    }

    private static int WriteTimestamp(ReadOnlySpan<byte> timestamp, Span<byte> destination)
    {
        if (timestamp.IndexOfAny(s_needsQuotes) < 0)
        {
            timestamp.CopyTo(destination);
            return timestamp.Length;
        }

        var at = 0;
        destination[at++] = (byte)'"';
        foreach (var b in timestamp)
        {
            if (b == '"')
            {
                destination[at++] = (byte)'"';
            }

            destination[at++] = b;
        }

        destination[at++] = (byte)'"';
        return at;
    }

    /// <summary>Room for <paramref name="bytes"/> more bytes at the end of the buffer, writing out or growing it as needed.</summary>
    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            try
            {
                WriteBuffer();
            }
            catch (IOException e)
            {
                throw new CliException($"cannot write {_name}: {e.Message}");
            }

            if (bytes > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(bytes);
            }
        }

        return _buffer.AsSpan(_length);
    }

    private void WriteBuffer()
    {
        if (_length > 0)
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
