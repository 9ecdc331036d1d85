using System.Buffers.Text;
using System.Runtime.CompilerServices;

namespace Nunchi.Core.Ingest;

/// <summary>A block of consecutive CSV rows in columns, filled by <see cref="CsvPointReader.TryRead"/> and reused.</summary>
/// <remarks>
/// <para>The caller owns a batch and passes the same one to every <see cref="CsvPointReader.TryRead"/> call; each
/// call overwrites it, so copy out what must outlive the next call. Spans returned here are views of the batch's
/// arrays and are valid until that next call. After its buffers have grown to fit, refilling allocates nothing.</para>
/// <para>Missing values: an empty (or blank) cell means the column has no value at that row's time. Its
/// <see cref="Missing"/> flag is true and its <see cref="Values"/> slot holds NaN as a filler; test the flag, since
/// NaN is also a real value (a cell that says <c>NaN</c>). <see cref="MissingCount"/> lets a consumer skip the flags
/// when a column has none.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
public sealed class CsvBatch
{
    /// <summary>The default number of rows per batch.</summary>
    public const int DefaultCapacity = 4096;

    private readonly long[] _timestampsMs;
    private readonly long[] _lineNumbers;
    private readonly double[][] _values;
    private readonly bool[][] _missing;
    private readonly int[] _missingCounts;
    private readonly int[] _textOffsets;
    private byte[] _text;

    /// <summary>Creates an empty batch.</summary>
    /// <param name="valueColumnCount">Number of value columns; must equal the reader's <see cref="CsvPointReader.ValueColumns"/> count.</param>
    /// <param name="capacity">Most rows per batch.</param>
    public CsvBatch(int valueColumnCount, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(valueColumnCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _timestampsMs = new long[capacity];
        _lineNumbers = new long[capacity];
        _values = new double[valueColumnCount][];
        _missing = new bool[valueColumnCount][];
        for (var column = 0; column < valueColumnCount; column++)
        {
            _values[column] = new double[capacity];
            _missing[column] = new bool[capacity];
        }

        _missingCounts = new int[valueColumnCount];
        _textOffsets = new int[capacity + 1];
        _text = new byte[capacity * 24];
    }

    /// <summary>Most rows a batch holds.</summary>
    public int Capacity { get; }

    /// <summary>Number of value columns.</summary>
    public int ColumnCount => _values.Length;

    /// <summary>Rows now held.</summary>
    public int Count { get; private set; }

    /// <summary>Each row's time, Unix milliseconds (UTC).</summary>
    public ReadOnlySpan<long> TimestampsMs => _timestampsMs.AsSpan(0, Count);

    /// <summary>Each row's 1-based line number in the file (the line it starts on), for later messages such as out-of-order times.</summary>
    public ReadOnlySpan<long> LineNumbers => _lineNumbers.AsSpan(0, Count);

    /// <summary>
    /// The timestamp text of all rows, UTF-8, back to back; row <c>i</c> is
    /// <c>TimestampTextBytes[TimestampTextOffsets[i]..TimestampTextOffsets[i + 1]]</c>.
    /// </summary>
    /// <remarks>
    /// The field exactly as written, after removing CSV quoting (a writer must quote it again if it holds the
    /// delimiter or a quote). When rows are timed by index it is the 0-based row index in decimal.
    /// </remarks>
    public ReadOnlySpan<byte> TimestampTextBytes => _text.AsSpan(0, _textOffsets[Count]);

    /// <summary>Offsets into <see cref="TimestampTextBytes"/>: <see cref="Count"/> + 1 entries, the first 0.</summary>
    public ReadOnlySpan<int> TimestampTextOffsets => _textOffsets.AsSpan(0, Count + 1);

    /// <summary>One row's timestamp text (see <see cref="TimestampTextBytes"/>).</summary>
    public ReadOnlySpan<byte> TimestampText(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
        return _text.AsSpan(_textOffsets[row], _textOffsets[row + 1] - _textOffsets[row]);
    }

    /// <summary>Values of one value column (in <see cref="CsvPointReader.ValueColumns"/> order); NaN where <see cref="Missing"/>.</summary>
    public ReadOnlySpan<double> Values(int column) => _values[column].AsSpan(0, Count);

    /// <summary>True where a value column's cell is empty: no value at that time (not the same as a NaN value).</summary>
    public ReadOnlySpan<bool> Missing(int column) => _missing[column].AsSpan(0, Count);

    /// <summary>How many of this batch's cells in the column are missing.</summary>
    public int MissingCount(int column) => _missingCounts[column];

    internal int TextLength => _textOffsets[Count];

    internal void Clear()
    {
        Count = 0;
        Array.Clear(_missingCounts);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetValue(int column, double value)
    {
        _values[column][Count] = value;
        _missing[column][Count] = false;
    }

    internal void SetMissing(int column)
    {
        _values[column][Count] = double.NaN;
        _missing[column][Count] = true;
    }

    /// <summary>Writes the pending row's timestamp text; it becomes visible on <see cref="CommitRow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetTimestampText(ReadOnlySpan<byte> text)
    {
        var start = _textOffsets[Count];
        if (start + text.Length > _text.Length)
        {
            Grow(start + text.Length);
        }

        text.CopyTo(_text.AsSpan(start));
        _textOffsets[Count + 1] = start + text.Length;
    }

    internal void SetTimestampTextFromIndex(long rowIndex)
    {
        var start = _textOffsets[Count];
        if (start + 20 > _text.Length)
        {
            Grow(start + 20);
        }

        Utf8Formatter.TryFormat(rowIndex, _text.AsSpan(start), out var written);
        _textOffsets[Count + 1] = start + written;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CommitRow(long timestampMs, long lineNumber, bool anyMissing)
    {
        _timestampsMs[Count] = timestampMs;
        _lineNumbers[Count] = lineNumber;

        // Counted here rather than in SetMissing because a row may be parsed twice (when it straddles a buffer refill).
        if (anyMissing)
        {
            for (var column = 0; column < _missing.Length; column++)
            {
                _missingCounts[column] += _missing[column][Count] ? 1 : 0;
            }
        }

        Count++;
    }

    private void Grow(int needed)
    {
        var bigger = new byte[Math.Max(needed, _text.Length * 2)];
        _text.AsSpan(0, _textOffsets[Count]).CopyTo(bigger);
        _text = bigger;
    }
}
