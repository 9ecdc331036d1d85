namespace Nunchi.Core.Ingest;

/// <summary>Which columns of a CSV file to read and how to read its timestamps.</summary>
/// <remarks>Every property has a default that suits a plain <c>timestamp,value</c> export.</remarks>
public sealed class CsvReadOptions
{
    /// <summary>The smallest accepted <see cref="BufferSize"/> and <see cref="MaxRowBytes"/>.</summary>
    public const int MinBufferSize = 16;

    /// <summary>Options with every default.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// The time column's header name (exact, else case-insensitive), or null to choose automatically: the first column
    /// named <c>timestamp</c>, <c>time</c>, <c>date</c>, <c>datetime</c>, <c>ts</c> or <c>_time</c> (any case); else
    /// the first column when its first data value is a date-time (or an integer of 10, 13, 16 or 19 digits, i.e.
    /// present-day Unix seconds, ms, µs or ns); else none, and rows are timed by their index
    /// (<see cref="CsvPointReader.TimeIsRowIndex"/>).
    /// </summary>
    public string? TimeColumn { get; init; }

    /// <summary>
    /// The value columns' header names, in output order; empty to choose automatically: every column other than the
    /// time column whose first non-empty value among the first <see cref="LookaheadRows"/> data rows is a number,
    /// except columns with an empty or pandas <c>Unnamed: N</c> header and label columns (<c>label</c>,
    /// <c>labels</c>, <c>is_anomaly</c>, <c>anomaly</c>, <c>class</c>, <c>target</c>, any case).
    /// </summary>
    public IReadOnlyList<string> ValueColumns { get; init; } = [];

    /// <summary>The zone of timestamps written without an offset; UTC by default.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The field delimiter, or null to pick the most frequent of comma, semicolon and tab in the header row.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Bytes read from the stream at a time (default 1 MiB); the buffer grows when a row is longer.</summary>
    public int BufferSize { get; init; } = 1 << 20;

    /// <summary>The longest row accepted, in bytes (default 16 MiB); a longer one is an error, which stops an unclosed quote from swallowing the file.</summary>
    public int MaxRowBytes { get; init; } = 16 << 20;

    /// <summary>How many data rows automatic value-column selection looks at (default 1000).</summary>
    public int LookaheadRows { get; init; } = 1000;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(ValueColumns);
        foreach (var name in ValueColumns)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(ValueColumns));
        }

        ArgumentNullException.ThrowIfNull(TimeZone);
        ArgumentOutOfRangeException.ThrowIfLessThan(BufferSize, MinBufferSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRowBytes, MinBufferSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(LookaheadRows, 1);
        if (Delimiter is { } delimiter && (delimiter > 0x7F || delimiter is '"' or '\r' or '\n'))
        {
            throw new ArgumentOutOfRangeException(nameof(Delimiter), delimiter, "The delimiter must be an ASCII character other than a quote or a line break.");
        }
    }
}
