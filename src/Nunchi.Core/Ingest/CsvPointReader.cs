using System.Buffers;
using System.Collections.ObjectModel;

namespace Nunchi.Core.Ingest;

/// <summary>
/// Reads time-stamped numeric columns from a CSV stream into reusable column batches, fast (millions of rows per
/// second) and without allocating per row.
/// </summary>
/// <remarks>
/// <para>Input: UTF-8 (a byte order mark is skipped), a header row, fields separated by comma, semicolon or tab
/// (detected from the header unless <see cref="CsvReadOptions.Delimiter"/> is set), RFC 4180 quoting, LF or CRLF
/// line ends, the last line with or without one. Blank lines are skipped. Which columns are read is decided by
/// <see cref="CsvReadOptions"/>; how timestamps are read is described on <see cref="TimestampParser"/>; value cells
/// are invariant-culture numbers, <c>NaN</c>/<c>inf</c>/<c>Infinity</c> (any case, optional sign), or empty
/// (missing, see <see cref="CsvBatch"/>).</para>
/// <para>Usage:</para>
/// <code>
/// var opened = CsvPointReader.Open(stream, "data.csv", options);
/// if (!opened.Succeeded) { Console.Error.WriteLine(opened.Error.Message); return; }
/// using var reader = opened.Reader;
/// var batch = reader.CreateBatch();
/// CsvError? error;
/// while (reader.TryRead(batch, out error)) { /* use batch.TimestampsMs, batch.Values(0), ... */ }
/// if (error is not null) { Console.Error.WriteLine(error.Message); }
/// </code>
/// <para>The stream is read sequentially, <see cref="CsvReadOptions.BufferSize"/> bytes at a time; the caller owns
/// it and disposes it after the reader (a <see cref="FileStream"/> opened with <c>bufferSize: 1</c> avoids a
/// second copy). Not thread-safe.</para>
/// </remarks>
public sealed partial class CsvPointReader : IDisposable
{
    private const int RoleSkip = -1;
    private const int RoleTime = -2;

    private readonly Stream _stream;
    private readonly CsvReadOptions _options;
    private readonly TimestampParser _timeParser;
    private byte[] _buffer;
    private byte[] _scratch = [];
    private int _pos;
    private int _end;
    private bool _eof;
    private long _line = 1;
    private byte _delimiter;
    private string[] _columns = [];
    private int[] _roles = [];
    private int[] _valueIndexes = [];
    private int _timeIndex = -1;
    private long _headerLine;
    private long _rowIndex;
    private CsvError? _pendingError;
    private bool _finished;
    private bool _disposed;

    private CsvPointReader(Stream stream, string fileName, CsvReadOptions options)
    {
        _stream = stream;
        FileName = fileName;
        _options = options;
        _timeParser = new TimestampParser(options.TimeZone);
        _buffer = ArrayPool<byte>.Shared.Rent(options.BufferSize);
    }

    /// <summary>The file's display name, used in error messages.</summary>
    public string FileName { get; }

    /// <summary>The field delimiter in use.</summary>
    public char Delimiter => (char)_delimiter;

    /// <summary>The header names, in file order (trimmed, quotes removed).</summary>
    public IReadOnlyList<string> Columns { get; private set; } = ReadOnlyCollection<string>.Empty;

    /// <summary>The time column's header name; null when <see cref="TimeIsRowIndex"/>.</summary>
    public string? TimeColumn => _timeIndex >= 0 ? _columns[_timeIndex] : null;

    /// <summary>
    /// True when the file has no time column: each row's time is its 0-based data row index read as Unix seconds
    /// (1970-01-01T00:00:00Z, then one second apart), and its timestamp text is that index.
    /// </summary>
    public bool TimeIsRowIndex => _timeIndex < 0;

    /// <summary>The value columns' header names, in the order of <see cref="CsvBatch.Values"/>.</summary>
    public IReadOnlyList<string> ValueColumns { get; private set; } = ReadOnlyCollection<string>.Empty;

    /// <summary>The unit of epoch-number timestamps, once the first one has been read; null before and for date-time texts.</summary>
    public EpochUnit? EpochUnit => _timeParser.EpochUnit;

    /// <summary>Data rows delivered so far.</summary>
    public long RowsRead => _rowIndex;

    /// <summary>Opens a CSV stream: reads the header and the first rows, and chooses the columns.</summary>
    /// <param name="stream">The file's bytes, from the start; left open.</param>
    /// <param name="fileName">How to name the file in errors, e.g. <c>data.csv</c>.</param>
    /// <param name="options">Columns and time zone; null for <see cref="CsvReadOptions.Default"/>.</param>
    /// <returns>A reader at the first data row, or the error (empty file, no data rows, a named column missing, ...).</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static CsvOpenResult Open(Stream stream, string fileName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= CsvReadOptions.Default;
        options.Validate();
        var reader = new CsvPointReader(stream, fileName, options);
        var error = reader.Initialize();
        if (error is null)
        {
            return CsvOpenResult.Success(reader);
        }

        reader.Dispose();
        return CsvOpenResult.Failure(error);
    }

    /// <summary>A batch shaped for this reader's value columns.</summary>
    /// <param name="capacity">Most rows per batch.</param>
    public CsvBatch CreateBatch(int capacity = CsvBatch.DefaultCapacity) => new(_valueIndexes.Length, capacity);

    /// <summary>Returns the read buffer to the pool. The stream is not disposed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>
    /// Makes room in the buffer and reads more, keeping the unconsumed bytes from <see cref="_pos"/> (moved to the
    /// front). False when the row at <see cref="_pos"/> already fills a buffer of <see cref="CsvReadOptions.MaxRowBytes"/>.
    /// </summary>
    private bool FillMore()
    {
        if (_pos > 0)
        {
            Buffer.BlockCopy(_buffer, _pos, _buffer, 0, _end - _pos);
            _end -= _pos;
            _pos = 0;
        }
        else if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _options.MaxRowBytes)
            {
                return false;
            }

            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, Math.Max(_options.MaxRowBytes, _buffer.Length)));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        ReadMore();
        return true;
    }

    private void ReadMore()
    {
        var read = _stream.Read(_buffer.AsSpan(_end));
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    /// <summary>Moves <paramref name="pos"/> past blank lines (LF, CRLF, or a lone CR at the end of the file).</summary>
    private static CsvRowStatus SkipBlankLines(ReadOnlySpan<byte> data, bool isFinal, ref int pos, ref long line)
    {
        while (pos < data.Length)
        {
            var b = data[pos];
            if (b == '\n')
            {
                pos++;
                line++;
            }
            else if (b == '\r' && pos + 1 < data.Length)
            {
                if (data[pos + 1] != '\n')
                {
                    return CsvRowStatus.Row;
                }

                pos += 2;
                line++;
            }
            else if (b == '\r')
            {
                if (!isFinal)
                {
                    return CsvRowStatus.NeedMoreData;
                }

                pos++;
            }
            else
            {
                return CsvRowStatus.Row;
            }
        }

        return isFinal ? CsvRowStatus.End : CsvRowStatus.NeedMoreData;
    }

    /// <summary>Field content with doubled quotes collapsed (into the scratch buffer) when needed.</summary>
    private ReadOnlySpan<byte> Content(ReadOnlySpan<byte> data, in CsvField field)
    {
        var content = data[field.ContentStart..field.ContentEnd];
        if (!field.HasEscapedQuotes)
        {
            return content;
        }

        if (_scratch.Length < content.Length)
        {
            _scratch = new byte[Math.Max(content.Length, _scratch.Length * 2)];
        }

        return _scratch.AsSpan(0, CsvFieldScanner.Unescape(content, _scratch));
    }

    /// <summary>1-based character position of <paramref name="position"/> in the line starting at <paramref name="lineStart"/>.</summary>
    private static int CharacterColumn(ReadOnlySpan<byte> data, int lineStart, int position)
    {
        var column = 1;
        foreach (var b in data[lineStart..position])
        {
            // UTF-8 continuation bytes (10xxxxxx) do not start a character.
            column += (b & 0xC0) == 0x80 ? 0 : 1;
        }

        return column;
    }
}
