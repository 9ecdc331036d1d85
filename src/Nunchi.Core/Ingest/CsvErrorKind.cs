namespace Nunchi.Core.Ingest;

/// <summary>What was wrong with a CSV file.</summary>
public enum CsvErrorKind
{
    /// <summary>No header row: the file is empty or holds only blank lines.</summary>
    EmptyFile,

    /// <summary>A header row but no data rows.</summary>
    NoDataRows,

    /// <summary>A time or value column named in the options is not in the header.</summary>
    ColumnNotFound,

    /// <summary>The named columns contradict each other (a column named twice, or the time column as a value column).</summary>
    InvalidColumnSelection,

    /// <summary>No value column was named and none holds numbers.</summary>
    NoValueColumns,

    /// <summary>A row has fewer or more fields than the header.</summary>
    FieldCount,

    /// <summary>A quoted field is not closed before the end of the file.</summary>
    UnclosedQuote,

    /// <summary>Text follows the closing quote of a quoted field instead of a delimiter or the line end.</summary>
    TextAfterQuote,

    /// <summary>A time column field is not a timestamp.</summary>
    InvalidTimestamp,

    /// <summary>A value column field is neither a number, a non-finite word nor empty.</summary>
    InvalidNumber,

    /// <summary>A row is longer than <see cref="CsvReadOptions.MaxRowBytes"/>, usually because a quote was left open.</summary>
    RowTooLong,
}
