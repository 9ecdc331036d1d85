namespace Nunchi.Core.Ingest;

/// <summary>Chooses the time column and value columns of a CSV file from its header, its first data rows and the options.</summary>
/// <remarks>The rules are documented on <see cref="CsvReadOptions.TimeColumn"/> and <see cref="CsvReadOptions.ValueColumns"/>.</remarks>
internal static class CsvColumnSelector
{
    private static readonly string[] s_timeNames = ["timestamp", "time", "date", "datetime", "ts", "_time"];
    private static readonly string[] s_labelNames = ["label", "labels", "is_anomaly", "anomaly", "class", "target"];

    /// <summary>Chooses the columns.</summary>
    /// <param name="context">File name and header line, for errors.</param>
    /// <param name="columns">Header names.</param>
    /// <param name="firstValues">Per column, the first non-empty (trimmed) value among the looked-ahead rows, or null.</param>
    /// <param name="firstRowFirstField">The first data row's first field (trimmed), or null.</param>
    /// <param name="options">The options.</param>
    /// <param name="timeIndex">The time column, or -1 when rows are timed by index.</param>
    /// <param name="valueIndexes">The value columns, in output order.</param>
    /// <returns>Null on success, else why no choice is possible.</returns>
    public static CsvError? Select(
        (string File, long HeaderLine) context,
        IReadOnlyList<string> columns,
        byte[]?[] firstValues,
        byte[]? firstRowFirstField,
        CsvReadOptions options,
        out int timeIndex,
        out int[] valueIndexes)
    {
        valueIndexes = [];
        timeIndex = -1;
        if (options.TimeColumn is { } timeName)
        {
            timeIndex = Find(columns, timeName);
            if (timeIndex < 0)
            {
                return CsvError.ColumnNotFound(context.File, context.HeaderLine, "time column", timeName, columns);
            }
        }
        else
        {
            timeIndex = FindTimeByName(columns);
            if (timeIndex < 0 && firstRowFirstField is not null && LooksLikeTime(firstRowFirstField))
            {
                timeIndex = 0;
            }
        }

        return options.ValueColumns.Count > 0
            ? SelectNamed(context, columns, options.ValueColumns, timeIndex, out valueIndexes)
            : SelectNumeric(context, columns, firstValues, timeIndex, out valueIndexes);
    }

    /// <summary>The column named <paramref name="name"/>: exact match first, else the first case-insensitive one; -1 if none.</summary>
    public static int Find(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static CsvError? SelectNamed((string File, long HeaderLine) context, IReadOnlyList<string> columns, IReadOnlyList<string> names, int timeIndex, out int[] valueIndexes)
    {
        valueIndexes = new int[names.Count];
        for (var n = 0; n < names.Count; n++)
        {
            var index = Find(columns, names[n]);
            if (index < 0)
            {
                return CsvError.ColumnNotFound(context.File, context.HeaderLine, "value column", names[n], columns);
            }

            if (index == timeIndex)
            {
                return CsvError.InvalidColumnSelection(context.File, context.HeaderLine, columns[index], "is the time column; it cannot also be a value column");
            }

            if (Array.IndexOf(valueIndexes, index, 0, n) >= 0)
            {
                return CsvError.InvalidColumnSelection(context.File, context.HeaderLine, columns[index], "is named more than once as a value column");
            }

            valueIndexes[n] = index;
        }

        return null;
    }

    private static CsvError? SelectNumeric((string File, long HeaderLine) context, IReadOnlyList<string> columns, byte[]?[] firstValues, int timeIndex, out int[] valueIndexes)
    {
        var chosen = new List<int>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (i != timeIndex && !IsUnnamed(columns[i]) && !IsLabel(columns[i])
                && firstValues[i] is { } value && Utf8Number.TryParse(value, out _))
            {
                chosen.Add(i);
            }
        }

        valueIndexes = [.. chosen];
        return valueIndexes.Length == 0 ? CsvError.NoValueColumns(context.File, context.HeaderLine, columns) : null;
    }

    private static int FindTimeByName(IReadOnlyList<string> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            foreach (var name in s_timeNames)
            {
                if (string.Equals(columns[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>A date-time text, or an integer with the digit count of present-day Unix seconds, ms, µs or ns (optionally with a fraction).</summary>
    /// <remarks>Plain numbers of other lengths are more likely measurements than times, so they do not make the first column a time column.</remarks>
    private static bool LooksLikeTime(ReadOnlySpan<byte> text)
    {
        if (IsoTimestamp.TryParse(text, out _, out _, out _))
        {
            return true;
        }

        var digits = 0;
        while (digits < text.Length && (uint)(text[digits] - '0') <= 9)
        {
            digits++;
        }

        var rest = text[digits..];
        var restIsFraction = rest.IsEmpty || (rest[0] == '.' && rest.Length > 1 && !rest[1..].ContainsAnyExceptInRange((byte)'0', (byte)'9'));
        return digits is 10 or 13 or 16 or 19 && restIsFraction;
    }

    private static bool IsUnnamed(string name) =>
        name.Length == 0 || name.StartsWith("Unnamed:", StringComparison.Ordinal);

    private static bool IsLabel(string name)
    {
        foreach (var label in s_labelNames)
        {
            if (string.Equals(name, label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
