using System.Globalization;
using System.Text;

namespace Nunchi.Core.Ingest;

/// <summary>Why and where a CSV file could not be read: a value, not an exception.</summary>
/// <remarks>
/// <see cref="Message"/> is one line ready to print, compiler style:
/// <c>data.csv:1042:21: column 'value': expected a number, found "12,5"</c>.
/// </remarks>
public sealed class CsvError
{
    /// <summary>At most this many characters of offending text are quoted.</summary>
    public const int MaxFoundLength = 40;

    private CsvError(CsvErrorKind kind, string fileName, long line, int column, string? columnName, string? found, string expected, string message)
    {
        Kind = kind;
        FileName = fileName;
        Line = line;
        Column = column;
        ColumnName = columnName;
        Found = found;
        Expected = expected;
        Message = message;
    }

    /// <summary>What kind of problem it is.</summary>
    public CsvErrorKind Kind { get; }

    /// <summary>The display name of the file, as given to <see cref="CsvPointReader.Open"/>.</summary>
    public string FileName { get; }

    /// <summary>1-based line number; 0 when the problem concerns the whole file.</summary>
    public long Line { get; }

    /// <summary>1-based character position in the line where the offending field starts; 0 when not about one field.</summary>
    public int Column { get; }

    /// <summary>The header name of the column concerned, or null.</summary>
    public string? ColumnName { get; }

    /// <summary>The offending text (truncated to <see cref="MaxFoundLength"/> characters, then "…"), or null.</summary>
    public string? Found { get; }

    /// <summary>What was expected, in words, e.g. "a number".</summary>
    public string Expected { get; }

    /// <summary>The whole error as one line, beginning with <c>file:line:column:</c>.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;

    internal static CsvError EmptyFile(string file) =>
        new(CsvErrorKind.EmptyFile, file, 0, 0, null, null, "a header row", $"{file}: the file is empty; expected a header row");

    internal static CsvError NoDataRows(string file, long headerLine) =>
        new(CsvErrorKind.NoDataRows, file, headerLine, 0, null, null, "at least one data row after the header",
            string.Create(CultureInfo.InvariantCulture, $"{file}:{headerLine}: no data rows; expected at least one row after the header"));

    internal static CsvError ColumnNotFound(string file, long headerLine, string role, string requested, IReadOnlyList<string> columns)
    {
        var list = ListColumns(columns);
        return new(CsvErrorKind.ColumnNotFound, file, headerLine, 0, requested, list, $"a column named '{requested}'",
            string.Create(CultureInfo.InvariantCulture, $"{file}:{headerLine}: no {role} named '{requested}'; the columns are {list}"));
    }

    internal static CsvError InvalidColumnSelection(string file, long headerLine, string columnName, string problem) =>
        new(CsvErrorKind.InvalidColumnSelection, file, headerLine, 0, columnName, null, "each column named once, and not as both time and value",
            string.Create(CultureInfo.InvariantCulture, $"{file}:{headerLine}: column '{columnName}' {problem}"));

    internal static CsvError NoValueColumns(string file, long headerLine, IReadOnlyList<string> columns)
    {
        var list = ListColumns(columns);
        return new(CsvErrorKind.NoValueColumns, file, headerLine, 0, null, list, "a column of numbers",
            string.Create(CultureInfo.InvariantCulture, $"{file}:{headerLine}: no column of numbers to analyse; the columns are {list}; name the value column to use"));
    }

    internal static CsvError FieldCount(string file, long line, int column, string? columnName, int expected, int found) =>
        new(CsvErrorKind.FieldCount, file, line, column, columnName,
            found.ToString(CultureInfo.InvariantCulture) + (found == 1 ? " field" : " fields"),
            expected.ToString(CultureInfo.InvariantCulture) + " fields as in the header",
            string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}: expected {expected} fields as in the header, found {found}"));

    internal static CsvError UnclosedQuote(string file, long line, int column, string? columnName, int columnIndex) =>
        Field(CsvErrorKind.UnclosedQuote, file, line, column, columnName, columnIndex, null, "a closing quote (\")", "the end of the file");

    internal static CsvError TextAfterQuote(string file, long line, int column, string? columnName, int columnIndex, ReadOnlySpan<byte> text) =>
        Field(CsvErrorKind.TextAfterQuote, file, line, column, columnName, columnIndex, Truncate(text), "a delimiter or the line end after the closing quote", null);

    internal static CsvError InvalidTimestamp(string file, long line, int column, string columnName, int columnIndex, ReadOnlySpan<byte> text) =>
        Field(CsvErrorKind.InvalidTimestamp, file, line, column, columnName, columnIndex, Truncate(text),
            "a timestamp such as 2024-01-05T10:00:00Z, 2024-01-05 10:00:00 or Unix seconds", text.IsEmpty ? "an empty field" : null);

    internal static CsvError InvalidNumber(string file, long line, int column, string columnName, int columnIndex, ReadOnlySpan<byte> text) =>
        Field(CsvErrorKind.InvalidNumber, file, line, column, columnName, columnIndex, Truncate(text), "a number", null);

    internal static CsvError RowTooLong(string file, long line, int maxBytes) =>
        new(CsvErrorKind.RowTooLong, file, line, 1, null, null, string.Create(CultureInfo.InvariantCulture, $"a row of at most {maxBytes} bytes"),
            string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:1: expected a row of at most {maxBytes} bytes, found a longer one (is a quote left open?)"));

    /// <summary>How a column is named in messages: by its header name, or by position when the header cell is empty.</summary>
    internal static string DisplayName(string name, int index) =>
        name.Length > 0 ? $"'{name}'" : string.Create(CultureInfo.InvariantCulture, $"{index + 1} (unnamed)");

    private static CsvError Field(CsvErrorKind kind, string file, long line, int column, string? columnName, int columnIndex, string? found, string expected, string? foundInWords)
    {
        var which = columnName is null ? string.Empty : $"column {DisplayName(columnName, columnIndex)}: ";
        var what = foundInWords ?? $"\"{found}\"";
        return new(kind, file, line, column, columnName, found, expected,
            string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}: {which}expected {expected}, found {what}"));
    }

    private static string Truncate(ReadOnlySpan<byte> utf8)
    {
        var text = Encoding.UTF8.GetString(utf8).ReplaceLineEndings(" ");
        return text.Length <= MaxFoundLength ? text : string.Concat(text.AsSpan(0, MaxFoundLength), "…");
    }

    private static string ListColumns(IReadOnlyList<string> columns)
    {
        var list = new StringBuilder();
        for (var i = 0; i < columns.Count; i++)
        {
            list.Append(i == 0 ? string.Empty : ", ").Append(DisplayName(columns[i], i));
        }

        return list.ToString();
    }
}
