namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Parsing one point: <c>measurement[,tag=value...] field=value[,field=value...] [timestamp]</c>.</summary>
internal ref partial struct LineReader
{
    private const string ValueTypes = "expected a number, an integer (123i), an unsigned integer (123u), a boolean or a quoted string";

    private bool TryParsePoint(int i, out int seriesEnd, out long timestampMs)
    {
        seriesEnd = 0;
        timestampMs = 0;
        var line = _body[.._end];

        // 3. Measurement and tag set.
        if (line[i] == ',')
        {
            return Fail(i, "missing measurement: expected measurement[,tag=value...] field=value... before ','");
        }

        i = LineProtocolSyntax.ScanMeasurement(line, i);
        if (!TryParseTags(line, ref i))
        {
            return false;
        }

        seriesEnd = i;
        i = LineProtocolSyntax.SkipBlanks(line, i);
        if (i == line.Length)
        {
            return Fail(i, "missing fields: expected a space and then field=value after the measurement and tags");
        }

        // 4. Field set.
        if (!TryParseFields(ref i))
        {
            return false;
        }

        // 5. Timestamp; a string field may have moved the end of the point.
        return TryParseTimestamp(_body[.._end], i, out timestampMs);
    }

    private bool TryParseTags(ReadOnlySpan<byte> line, ref int i)
    {
        _tags.Clear();
        while (i < line.Length && line[i] == ',')
        {
            var keyStart = ++i;
            i = LineProtocolSyntax.ScanKey(line, i);
            if (i == keyStart)
            {
                return Fail(i, "missing tag key after ',': expected tag=value");
            }

            var key = line[keyStart..i];
            if (i == line.Length || line[i] != '=')
            {
                return Fail(keyStart, $"tag '{LineProtocolErrors.Quote(key)}' has no value: expected tag=value (escape spaces, commas and '=' with '\\')");
            }

            var valueStart = ++i;
            i = LineProtocolSyntax.ScanKey(line, i);
            if (i == valueStart)
            {
                return Fail(i, $"missing value for tag '{LineProtocolErrors.Quote(key)}': tag values cannot be empty; omit the tag instead");
            }

            if (i < line.Length && line[i] == '=')
            {
                return Fail(i, $"unescaped '=' in the value of tag '{LineProtocolErrors.Quote(key)}': expected ',' or a space, or write it as '\\='");
            }

            _tags.Add(keyStart, key.Length, 0, isString: false);
        }

        if (_tags.Count > 1)
        {
            var repeat = DuplicateKeys.FindRepeat(_body, _tags.Slots);
            if (repeat >= 0)
            {
                var slot = _tags.Slots[repeat];
                return Fail(slot.Start, $"duplicate tag '{LineProtocolErrors.Quote(_body.Slice(slot.Start, slot.Length))}': expected each tag key once");
            }
        }

        return true;
    }

    private bool TryParseFields(ref int i)
    {
        _fields.Clear();
        var line = _body[.._end];
        while (true)
        {
            var keyStart = i;
            i = LineProtocolSyntax.ScanKey(line, i);
            if (i == keyStart)
            {
                return Fail(i, "missing field key: expected field=value");
            }

            var keyLength = i - keyStart;
            if (i == line.Length || line[i] != '=')
            {
                return Fail(keyStart, $"field '{LineProtocolErrors.Quote(line.Slice(keyStart, keyLength))}' has no value: expected field=value (escape spaces, commas and '=' in keys with '\\')");
            }

            i++;
            if (i < line.Length && line[i] == '"')
            {
                if (!TryScanString(ref i, keyStart, keyLength))
                {
                    return false;
                }

                line = _body[.._end];
                _fields.Add(keyStart, keyLength, 0, isString: true);
                if (i < line.Length && line[i] != ',' && line[i] != ' ')
                {
                    return Fail(i, $"unexpected text after the string value of field '{LineProtocolErrors.Quote(line.Slice(keyStart, keyLength))}': expected ',', a space or the end of the line");
                }
            }
            else
            {
                var valueStart = i;
                if (!FieldValueReader.TryReadPlainDecimal(line, ref i, out var value))
                {
                    while (i < line.Length && line[i] != ',' && line[i] != ' ')
                    {
                        i++;
                    }

                    var status = FieldValueReader.Read(line[valueStart..i], out value);
                    if (status != FieldValueStatus.Number)
                    {
                        return Fail(valueStart, InvalidValue(status, line[valueStart..i], line.Slice(keyStart, keyLength)));
                    }
                }

                _fields.Add(keyStart, keyLength, value, isString: false);
            }

            if (i == line.Length || line[i] == ' ')
            {
                return true;
            }

            i++;
        }
    }

    // i is at the opening quote; on success it is just past the closing one. Inside a string only \" and \\ are
    // escapes, and (as InfluxDB's own parser reads it) a newline does not end the point.
    private bool TryScanString(ref int i, int keyStart, int keyLength)
    {
        var j = i + 1;
        while (true)
        {
            if (j < _newline)
            {
                var found = _body[j.._newline].IndexOfAny((byte)'"', (byte)'\\');
                if (found >= 0)
                {
                    j += found;
                    if (_body[j] == '"')
                    {
                        i = j + 1;
                        return true;
                    }

                    j += 2;
                    continue;
                }
            }

            // The string runs past this line: take the next one into the point, within the length limit.
            if (_newline == _body.Length)
            {
                FallBackToFirstLine();
                return Fail(i, $"unterminated string value for field '{LineProtocolErrors.Quote(_body.Slice(keyStart, keyLength))}': expected a closing '\"' (write '\\\"' for a quote inside the string)");
            }

            var next = _body[(_newline + 1)..].IndexOf((byte)'\n');
            _newline = next < 0 ? _body.Length : _newline + 1 + next;
            _end = ContentEnd(_newline);
            _extraLines++;
            if (_end - _start > _maxLineBytes)
            {
                FallBackToFirstLine();
                return Fail(i, $"string value for field '{LineProtocolErrors.Quote(_body.Slice(keyStart, keyLength))}' runs on past the end of the line: expected a closing '\"' within the limit of {_maxLineBytes} bytes per line");
            }
        }
    }

    private void FallBackToFirstLine()
    {
        _newline = _firstNewline;
        _end = ContentEnd(_newline);
        _extraLines = 0;
    }

    private bool TryParseTimestamp(ReadOnlySpan<byte> line, int i, out long timestampMs)
    {
        timestampMs = _defaultTimestampMs;
        i = LineProtocolSyntax.SkipBlanks(line, i);
        if (i == line.Length)
        {
            return true;
        }

        var start = i;
        var negative = line[i] == '-';
        i += negative ? 1 : 0;
        var digitsStart = i;
        ulong magnitude = 0;
        var overflow = false;
        for (; i < line.Length; i++)
        {
            var d = (uint)(line[i] - '0');
            if (d > 9)
            {
                break;
            }

            // 19 digits always fit in a ulong; more only matter as an overflow.
            overflow |= i - digitsStart >= 19;
            magnitude = (magnitude * 10) + d;
        }

        if (i == digitsStart || (i < line.Length && line[i] != ' ' && line[i] != '\t'))
        {
            return Fail(start, InvalidTimestamp(line, start));
        }

        var limit = negative ? 9_223_372_036_854_775_808UL : long.MaxValue;
        if (overflow || magnitude > limit
            || !TimestampPrecisions.TryToUnixMilliseconds(negative ? (long)(0 - magnitude) : (long)magnitude, _precision, out timestampMs))
        {
            return Fail(start, $"timestamp '{LineProtocolErrors.Quote(line[start..i])}' is out of range: expected {TimestampPrecisions.Describe(_precision)} since the Unix epoch within the years 0001 to 9999");
        }

        i = LineProtocolSyntax.SkipBlanks(line, i);
        if (i != line.Length)
        {
            return Fail(i, $"unexpected text '{LineProtocolErrors.Quote(line[i..])}' after the timestamp: expected the end of the line");
        }

        return true;
    }

    private readonly string InvalidTimestamp(ReadOnlySpan<byte> line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] != ' ' && line[end] != '\t')
        {
            end++;
        }

        return $"invalid timestamp '{LineProtocolErrors.Quote(line[start..end])}': expected an integer number of {TimestampPrecisions.Describe(_precision)} since the Unix epoch";
    }

    private static string InvalidValue(FieldValueStatus status, ReadOnlySpan<byte> value, ReadOnlySpan<byte> key)
    {
        var field = LineProtocolErrors.Quote(key);
        var text = LineProtocolErrors.Quote(value);
        return status switch
        {
            _ when value.IsEmpty => $"missing value for field '{field}': {ValueTypes}",
            FieldValueStatus.NotFinite => $"invalid field value '{text}' for field '{field}': NaN and infinity are not allowed; {ValueTypes}",
            FieldValueStatus.IntegerOutOfRange => $"integer value '{text}' for field '{field}' is out of range: expected -9223372036854775808i to 9223372036854775807i",
            FieldValueStatus.UnsignedOutOfRange => $"unsigned value '{text}' for field '{field}' is out of range: expected 0u to 18446744073709551615u",
            FieldValueStatus.FloatOutOfRange => $"float value '{text}' for field '{field}' is out of range: expected a magnitude below 1.8e308",
            _ => $"invalid field value '{text}' for field '{field}': {ValueTypes}",
        };
    }
}
