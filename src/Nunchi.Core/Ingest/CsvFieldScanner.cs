namespace Nunchi.Core.Ingest;

/// <summary>Finds RFC 4180 fields in buffered UTF-8 bytes.</summary>
/// <remarks>
/// Rows end with LF or CRLF, or at the end of the file. A field that begins with a quote is quoted: it may hold
/// delimiters, line breaks and doubled quotes, and must be followed by a delimiter or the row end. A quote inside an
/// unquoted field is kept as an ordinary character (lenient, as most CSV writers and readers are).
/// </remarks>
internal static class CsvFieldScanner
{
    private const byte Quote = (byte)'"';
    private const byte LineFeed = (byte)'\n';
    private const byte CarriageReturn = (byte)'\r';

    /// <summary>Scans the field starting at <paramref name="start"/>.</summary>
    /// <param name="data">The buffered bytes.</param>
    /// <param name="start">Where the field starts; may equal <c>data.Length</c> (an empty last field).</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="isFinal">True when <paramref name="data"/> runs to the end of the file.</param>
    /// <param name="field">The field, when <see cref="CsvFieldStatus.Field"/> is returned; for errors, <see cref="CsvField.Start"/> and <see cref="CsvField.ContentEnd"/> say where.</param>
    public static CsvFieldStatus Scan(ReadOnlySpan<byte> data, int start, byte delimiter, bool isFinal, out CsvField field)
    {
        field = default;
        field.Start = start;
        if (start < data.Length && data[start] == Quote)
        {
            return ScanQuoted(data, start, delimiter, isFinal, ref field);
        }

        field.ContentStart = start;
        var length = data[start..].IndexOfAny(delimiter, LineFeed);
        int end;
        if (length < 0)
        {
            if (!isFinal)
            {
                return CsvFieldStatus.NeedMoreData;
            }

            end = data.Length;
            field.Next = end;
            field.EndOfRow = true;
        }
        else
        {
            end = start + length;
            field.Next = end + 1;
            field.EndOfRow = data[end] != delimiter;
        }

        if (field.EndOfRow && end > start && data[end - 1] == CarriageReturn)
        {
            end--;
        }

        field.ContentEnd = end;
        return CsvFieldStatus.Field;
    }

    /// <summary>Copies quoted content, turning each doubled quote into one; returns the length written.</summary>
    public static int Unescape(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < content.Length; i++)
        {
            destination[written++] = content[i];
            if (content[i] == Quote)
            {
                i++;
            }
        }

        return written;
    }

    private static CsvFieldStatus ScanQuoted(ReadOnlySpan<byte> data, int start, byte delimiter, bool isFinal, ref CsvField field)
    {
        field.ContentStart = start + 1;
        var from = start + 1;
        while (true)
        {
            var offset = data[from..].IndexOf(Quote);
            if (offset < 0)
            {
                return isFinal ? CsvFieldStatus.UnclosedQuote : CsvFieldStatus.NeedMoreData;
            }

            var quote = from + offset;
            CountLines(data[from..quote], from, ref field);
            var after = quote + 1;
            if (after == data.Length && !isFinal)
            {
                // A doubled quote or the closing one: the next byte decides.
                return CsvFieldStatus.NeedMoreData;
            }

            if (after < data.Length && data[after] == Quote)
            {
                field.HasEscapedQuotes = true;
                from = after + 1;
                continue;
            }

            field.ContentEnd = quote;
            return Close(data, after, delimiter, isFinal, ref field);
        }
    }

    private static CsvFieldStatus Close(ReadOnlySpan<byte> data, int after, byte delimiter, bool isFinal, ref CsvField field)
    {
        if (after == data.Length)
        {
            field.Next = after;
            field.EndOfRow = true;
            return CsvFieldStatus.Field;
        }

        var next = data[after];
        if (next == delimiter || next == LineFeed)
        {
            field.Next = after + 1;
            field.EndOfRow = next == LineFeed;
            return CsvFieldStatus.Field;
        }

        if (next == CarriageReturn)
        {
            if (after + 1 == data.Length)
            {
                if (!isFinal)
                {
                    return CsvFieldStatus.NeedMoreData;
                }

                field.Next = after + 1;
                field.EndOfRow = true;
                return CsvFieldStatus.Field;
            }

            if (data[after + 1] == LineFeed)
            {
                field.Next = after + 2;
                field.EndOfRow = true;
                return CsvFieldStatus.Field;
            }
        }

        field.Next = after;
        return CsvFieldStatus.TextAfterQuote;
    }

    private static void CountLines(ReadOnlySpan<byte> segment, int segmentStart, ref CsvField field)
    {
        var last = segment.LastIndexOf(LineFeed);
        if (last >= 0)
        {
            field.Newlines += segment.Count(LineFeed);
            field.LastLineStart = segmentStart + last + 1;
        }
    }
}
