using System.Text;

namespace Nunchi.Core.Ingest;

/// <summary>Opening: byte order mark, header row, delimiter, a look at the first rows, column choice.</summary>
public sealed partial class CsvPointReader
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private CsvError? Initialize()
    {
        // 1. Byte order mark.
        while (_end < Utf8ByteOrderMark.Length && !_eof)
        {
            ReadMore();
        }

        if (_buffer.AsSpan(0, _end).StartsWith(Utf8ByteOrderMark))
        {
            _pos = Utf8ByteOrderMark.Length;
        }

        // 2. Header row (refilling until it is whole).
        while (true)
        {
            var status = ReadHeader(out var headerError);
            if (status == CsvRowStatus.Row)
            {
                break;
            }

            if (status == CsvRowStatus.End)
            {
                return CsvError.EmptyFile(FileName);
            }

            if (status == CsvRowStatus.Error)
            {
                return headerError;
            }

            if (!FillMore())
            {
                return CsvError.RowTooLong(FileName, _line, _options.MaxRowBytes);
            }
        }

        // 3. The first data rows, for choosing columns and to know that there are any.
        var firstValues = new byte[]?[_columns.Length];
        var lookError = LookAhead(firstValues, out var firstRowFirstField, out var sawRow, out var malformedRow);
        if (lookError is not null)
        {
            return lookError;
        }

        if (!sawRow)
        {
            return CsvError.NoDataRows(FileName, _headerLine);
        }

        // 4. Columns.
        var selectError = CsvColumnSelector.Select((FileName, _headerLine), _columns, firstValues, firstRowFirstField, _options, out _timeIndex, out _valueIndexes);
        if (selectError is not null)
        {
            // No numbers seen because the look stopped at a malformed row: that row is the real problem.
            return selectError.Kind == CsvErrorKind.NoValueColumns && malformedRow is not null ? malformedRow : selectError;
        }

        _roles = new int[_columns.Length];
        Array.Fill(_roles, RoleSkip);
        if (_timeIndex >= 0)
        {
            _roles[_timeIndex] = RoleTime;
        }

        var valueNames = new string[_valueIndexes.Length];
        for (var k = 0; k < _valueIndexes.Length; k++)
        {
            _roles[_valueIndexes[k]] = k;
            valueNames[k] = _columns[_valueIndexes[k]];
        }

        ValueColumns = Array.AsReadOnly(valueNames);
        return null;
    }

    private CsvRowStatus ReadHeader(out CsvError? error)
    {
        error = null;
        var data = new ReadOnlySpan<byte>(_buffer, 0, _end);
        var pos = _pos;
        var line = _line;
        var status = SkipBlankLines(data, _eof, ref pos, ref line);
        _pos = pos;
        _line = line;
        if (status != CsvRowStatus.Row)
        {
            return status;
        }

        if (_options.Delimiter is { } delimiter)
        {
            _delimiter = (byte)delimiter;
        }
        else if (!TryDetectDelimiter(data[pos..], _eof, out _delimiter))
        {
            return CsvRowStatus.NeedMoreData;
        }

        var names = new List<string>();
        var lineStart = pos;
        while (true)
        {
            var scan = CsvFieldScanner.Scan(data, pos, _delimiter, _eof, out var field);
            if (scan == CsvFieldStatus.NeedMoreData)
            {
                return CsvRowStatus.NeedMoreData;
            }

            if (scan != CsvFieldStatus.Field)
            {
                error = FieldError(scan, data, line, lineStart, field, null, names.Count);
                return CsvRowStatus.Error;
            }

            names.Add(Encoding.UTF8.GetString(Content(data, field)).Trim());
            if (field.Newlines > 0)
            {
                line += field.Newlines;
                lineStart = field.LastLineStart;
            }

            pos = field.Next;
            if (field.EndOfRow)
            {
                break;
            }
        }

        _columns = [.. names];
        Columns = Array.AsReadOnly(_columns);
        _headerLine = _line;
        _pos = pos;
        _line = line + 1;
        return CsvRowStatus.Row;
    }

    /// <summary>
    /// Reads up to <see cref="CsvReadOptions.LookaheadRows"/> data rows without consuming them, recording each column's
    /// first non-empty value and the first row's first field. Only the first row may trigger a refill; a row that
    /// is cut off or malformed ends the look (<see cref="TryRead"/> reports it in order; a malformed one is also
    /// returned in <paramref name="malformedRow"/>).
    /// </summary>
    private CsvError? LookAhead(byte[]?[] firstValues, out byte[]? firstRowFirstField, out bool sawRow, out CsvError? malformedRow)
    {
        firstRowFirstField = null;
        sawRow = false;
        malformedRow = null;
        var unseen = firstValues.Length;
        var rows = 0;
        var pos = _pos;
        var line = _line;
        var data = new ReadOnlySpan<byte>(_buffer, 0, _end);
        while (rows < _options.LookaheadRows && (rows == 0 || unseen > 0))
        {
            var status = SkipBlankLines(data, _eof, ref pos, ref line);
            if (status == CsvRowStatus.End || (status == CsvRowStatus.NeedMoreData && rows > 0))
            {
                break;
            }

            var fieldIndex = 0;
            var lineStart = pos;
            var rowStatus = status;
            while (rowStatus == CsvRowStatus.Row)
            {
                var scan = CsvFieldScanner.Scan(data, pos, _delimiter, _eof, out var field);
                if (scan != CsvFieldStatus.Field)
                {
                    // The first row is known to exist even when it is malformed; TryRead reports the problem.
                    if (scan != CsvFieldStatus.NeedMoreData)
                    {
                        sawRow = true;
                        malformedRow = FieldError(scan, data, line, lineStart, field, fieldIndex < _columns.Length ? _columns[fieldIndex] : null, fieldIndex);
                    }

                    rowStatus = scan == CsvFieldStatus.NeedMoreData ? CsvRowStatus.NeedMoreData : CsvRowStatus.Error;
                    break;
                }

                if (fieldIndex < firstValues.Length)
                {
                    var content = TimestampParser.Trim(Content(data, field));
                    if (rows == 0 && fieldIndex == 0)
                    {
                        firstRowFirstField = content.ToArray();
                    }

                    if (!content.IsEmpty && firstValues[fieldIndex] is null)
                    {
                        firstValues[fieldIndex] = content.ToArray();
                        unseen--;
                    }
                }

                fieldIndex++;
                if (field.Newlines > 0)
                {
                    line += field.Newlines;
                    lineStart = field.LastLineStart;
                }

                pos = field.Next;
                if (field.EndOfRow)
                {
                    break;
                }
            }

            if (rowStatus == CsvRowStatus.Error || (rowStatus == CsvRowStatus.NeedMoreData && rows > 0))
            {
                break;
            }

            if (rowStatus == CsvRowStatus.NeedMoreData)
            {
                // The first data row is not whole yet: refill and look again from the start.
                if (!FillMore())
                {
                    return CsvError.RowTooLong(FileName, _line, _options.MaxRowBytes);
                }

                pos = _pos;
                line = _line;
                data = new ReadOnlySpan<byte>(_buffer, 0, _end);
                continue;
            }

            sawRow = true;
            rows++;
            line++;
        }

        return null;
    }

    /// <summary>The most frequent of comma, semicolon and tab outside quotes in the header line (comma on ties and when none occurs).</summary>
    /// <returns>False when the header line is not whole in <paramref name="data"/> yet.</returns>
    private static bool TryDetectDelimiter(ReadOnlySpan<byte> data, bool isFinal, out byte delimiter)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        var whole = isFinal;
        foreach (var b in data)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (b == '\n')
                {
                    whole = true;
                    break;
                }

                commas += b == ',' ? 1 : 0;
                semicolons += b == ';' ? 1 : 0;
                tabs += b == '\t' ? 1 : 0;
            }
        }

        delimiter = (byte)(semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',');
        return whole;
    }
}
