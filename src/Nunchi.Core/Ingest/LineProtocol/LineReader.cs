using System.Text.Unicode;

namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Reads a line protocol body point by point and hands values and rejections to the sink.</summary>
/// <remarks>
/// Each point is parsed completely (fields into <see cref="KeyBuffer"/>, then the timestamp) before any of its
/// values reach the sink, so a bad line delivers nothing. Indexes are absolute positions in the body.
/// Steps per line: (1) find the newline, (2) skip blank and comment lines, (3) parse measurement and tags,
/// (4) fields, (5) timestamp, (6) check UTF-8, (7) drop overridden fields and deliver the rest.
/// </remarks>
internal ref partial struct LineReader
{
    private readonly ReadOnlySpan<byte> _body;
    private readonly TimestampPrecision _precision;
    private readonly long _defaultTimestampMs;
    private readonly int _maxLineBytes;
    private readonly ILineProtocolSink _sink;
    private KeyBuffer _tags;
    private KeyBuffer _fields;

    // The point being read: its first byte, line number, content end (before \r\n) and terminating newline.
    private int _start;
    private int _lineNumber;
    private int _end;
    private int _newline;

    // A string value may hold newlines, so a point can outgrow its first line; a failed string scan falls back to it.
    private int _firstNewline;
    private int _extraLines;

    private int _errorAt;
    private string? _reason;

    private int _lines;
    private int _values;
    private int _rejected;
    private int _skippedStrings;

    public LineReader(ReadOnlySpan<byte> body, TimestampPrecision precision, long defaultTimestampMs, int maxLineBytes,
        ILineProtocolSink sink, Span<KeySlot> tagSlots, Span<KeySlot> fieldSlots)
    {
        _body = body;
        _precision = precision;
        _defaultTimestampMs = defaultTimestampMs;
        _maxLineBytes = maxLineBytes;
        _sink = sink;
        _tags = new KeyBuffer(tagSlots);
        _fields = new KeyBuffer(fieldSlots);
    }

    public LineProtocolSummary Run()
    {
        var body = _body;

        // A UTF-8 byte order mark would otherwise become part of the first measurement name.
        var position = body.StartsWith("\uFEFF"u8) ? 3 : 0;
        var lineNumber = 1;
        while (position < body.Length)
        {
            var newline = body[position..].IndexOf((byte)'\n');
            _start = position;
            _lineNumber = lineNumber;
            _newline = newline < 0 ? body.Length : position + newline;
            _firstNewline = _newline;
            _end = ContentEnd(_newline);
            _extraLines = 0;
            ReadLine();
            position = _newline + 1;
            lineNumber += 1 + _extraLines;
        }

        return new LineProtocolSummary(_lines, _values, _rejected, _skippedStrings);
    }

    public void Dispose()
    {
        _tags.Dispose();
        _fields.Dispose();
    }

    private void ReadLine()
    {
        var first = LineProtocolSyntax.SkipBlanks(_body[.._end], _start);
        if (first == _end || _body[first] == '#')
        {
            return;
        }

        _lines++;
        if (_end - _start > _maxLineBytes)
        {
            Reject(_start, TooLong(_end - _start));
            return;
        }

        if (!TryParsePoint(first, out var seriesEnd, out var timestampMs) || !IsValidUtf8())
        {
            Reject(_errorAt, _reason!);
            return;
        }

        Deliver(_body[first..seriesEnd], timestampMs);
    }

    private void Deliver(ReadOnlySpan<byte> series, long timestampMs)
    {
        var fields = _fields.Slots;
        if (fields.Length > 1)
        {
            DuplicateKeys.MarkSuperseded(_body, fields);
        }

        foreach (ref readonly var field in fields)
        {
            if (field.Superseded)
            {
                continue;
            }

            if (field.IsString)
            {
                _skippedStrings++;
                continue;
            }

            _sink.OnValue(series, _body.Slice(field.Start, field.Length), timestampMs, field.Value, _lineNumber);
            _values++;
        }
    }

    private bool IsValidUtf8()
    {
        var line = _body[_start.._end];
        if (Utf8.IsValid(line))
        {
            return true;
        }

        var offset = 0;
        while (System.Text.Rune.DecodeFromUtf8(line[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return Fail(_start + offset, "invalid UTF-8: expected the line to be UTF-8 text");
    }

    private void Reject(int errorAt, string reason)
    {
        _rejected++;
        var error = LineProtocolErrors.Create(_body, _start, _lineNumber, errorAt, reason);
        _sink.OnError(in error);
    }

    private readonly int ContentEnd(int newline) => newline > _start && _body[newline - 1] == '\r' ? newline - 1 : newline;

    private bool Fail(int at, string reason)
    {
        _errorAt = at;
        _reason = reason;
        return false;
    }

    private readonly string TooLong(int length) =>
        $"line is {length} bytes long: expected at most {_maxLineBytes} bytes per line";
}
