namespace Nunchi.Core.Ingest;

/// <summary>The per-row hot path.</summary>
public sealed partial class CsvPointReader
{
    /// <summary>Fills <paramref name="batch"/> with the next rows.</summary>
    /// <param name="batch">A batch from <see cref="CreateBatch"/> (or with <see cref="ValueColumns"/>.Count columns); overwritten.</param>
    /// <param name="error">On a false return, the first bad row's error, or null at the end of the file.</param>
    /// <returns>
    /// True when the batch holds at least one row. False at the end of the data or at the first bad row; the rows
    /// before a bad row are always delivered first, by earlier true returns. Once false, it stays false with the same
    /// error.
    /// </returns>
    /// <remarks>Allocates nothing per row once the batch's timestamp text buffer has grown to fit.</remarks>
    public bool TryRead(CsvBatch batch, out CsvError? error)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (batch.ColumnCount != _valueIndexes.Length)
        {
            throw new ArgumentException($"The batch has {batch.ColumnCount} value columns; this reader reads {_valueIndexes.Length}.", nameof(batch));
        }

        batch.Clear();
        while (_pendingError is null && !_finished && batch.Count < batch.Capacity)
        {
            switch (ReadRow(batch, out var rowError))
            {
                case CsvRowStatus.Row:
                    break;
                case CsvRowStatus.End:
                    _finished = true;
                    break;
                case CsvRowStatus.NeedMoreData:
                    if (!FillMore())
                    {
                        _pendingError = CsvError.RowTooLong(FileName, _line, _options.MaxRowBytes);
                    }

                    break;
                default:
                    _pendingError = rowError;
                    break;
            }
        }

        error = batch.Count == 0 ? _pendingError : null;
        return batch.Count > 0;
    }

    /// <summary>Reads one row at <see cref="_pos"/> into the batch's next slot; consumes it only when it is whole and good.</summary>
    private CsvRowStatus ReadRow(CsvBatch batch, out CsvError? error)
    {
        error = null;
        var data = new ReadOnlySpan<byte>(_buffer, 0, _end);
        var isFinal = _eof;
        var pos = _pos;
        var line = _line;
        var status = SkipBlankLines(data, isFinal, ref pos, ref line);
        _pos = pos;
        _line = line;
        if (status != CsvRowStatus.Row)
        {
            return status;
        }

        var roles = _roles;
        var lineStart = pos;
        var fieldIndex = 0;
        var anyMissing = false;
        long timestampMs = 0;
        while (true)
        {
            var scan = CsvFieldScanner.Scan(data, pos, _delimiter, isFinal, out var field);
            if (scan != CsvFieldStatus.Field)
            {
                if (scan == CsvFieldStatus.NeedMoreData)
                {
                    return CsvRowStatus.NeedMoreData;
                }

                error = FieldError(scan, data, line, lineStart, field, fieldIndex < _columns.Length ? _columns[fieldIndex] : null, fieldIndex);
                return CsvRowStatus.Error;
            }

            if (fieldIndex >= roles.Length)
            {
                var extra = CountRemainingFields(data, field, isFinal);
                if (extra < 0)
                {
                    // Count the row's fields only when the whole row is in the buffer.
                    return CsvRowStatus.NeedMoreData;
                }

                error = CsvError.FieldCount(FileName, line, CharacterColumn(data, lineStart, field.Start), null, roles.Length, fieldIndex + extra);
                return CsvRowStatus.Error;
            }

            var role = roles[fieldIndex];
            if (role != RoleSkip)
            {
                var content = Content(data, field);
                if (role == RoleTime)
                {
                    if (!_timeParser.TryParse(content, out timestampMs))
                    {
                        error = CsvError.InvalidTimestamp(FileName, line, CharacterColumn(data, lineStart, field.Start), _columns[fieldIndex], fieldIndex, content);
                        return CsvRowStatus.Error;
                    }

                    batch.SetTimestampText(content);
                }
                else
                {
                    var trimmed = TimestampParser.Trim(content);
                    if (trimmed.IsEmpty)
                    {
                        batch.SetMissing(role);
                        anyMissing = true;
                    }
                    else if (Utf8Number.TryParse(trimmed, out var value))
                    {
                        batch.SetValue(role, value);
                    }
                    else
                    {
                        error = CsvError.InvalidNumber(FileName, line, CharacterColumn(data, lineStart, field.Start), _columns[fieldIndex], fieldIndex, content);
                        return CsvRowStatus.Error;
                    }
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

        if (fieldIndex < roles.Length)
        {
            var rowEnd = pos;
            while (rowEnd > lineStart && (data[rowEnd - 1] == '\n' || data[rowEnd - 1] == '\r'))
            {
                rowEnd--;
            }

            error = CsvError.FieldCount(FileName, line, CharacterColumn(data, lineStart, rowEnd), _columns[fieldIndex], roles.Length, fieldIndex);
            return CsvRowStatus.Error;
        }

        if (_timeIndex < 0)
        {
            timestampMs = _rowIndex * 1000;
            batch.SetTimestampTextFromIndex(_rowIndex);
        }

        batch.CommitRow(timestampMs, _line, anyMissing);
        _rowIndex++;
        _pos = pos;
        _line = line + 1;
        return CsvRowStatus.Row;
    }

    private CsvError FieldError(CsvFieldStatus scan, ReadOnlySpan<byte> data, long line, int lineStart, in CsvField field, string? columnName, int columnIndex)
    {
        var column = CharacterColumn(data, lineStart, field.Start);
        if (scan == CsvFieldStatus.UnclosedQuote)
        {
            return CsvError.UnclosedQuote(FileName, line, column, columnName, columnIndex);
        }

        // Show what follows the closing quote, up to the next delimiter or line end.
        var rest = data[field.Next..];
        var stop = rest.IndexOfAny(_delimiter, (byte)'\n');
        return CsvError.TextAfterQuote(FileName, line, column, columnName, columnIndex, stop < 0 ? rest : rest[..stop]);
    }

    /// <summary>How many fields, from <paramref name="field"/> on, its row has; -1 when the row is not whole in the buffer.</summary>
    private int CountRemainingFields(ReadOnlySpan<byte> data, CsvField field, bool isFinal)
    {
        var count = 1;
        while (!field.EndOfRow)
        {
            var scan = CsvFieldScanner.Scan(data, field.Next, _delimiter, isFinal, out field);
            if (scan == CsvFieldStatus.NeedMoreData)
            {
                return -1;
            }

            if (scan != CsvFieldStatus.Field)
            {
                break;
            }

            count++;
        }

        return count;
    }
}
