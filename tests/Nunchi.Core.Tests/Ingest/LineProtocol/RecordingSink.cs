using System.Globalization;
using System.Text;
using Nunchi.Core.Ingest.LineProtocol;
using Nunchi.Core.Series;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

/// <summary>Keeps everything the parser delivers, decoded, for assertions.</summary>
internal sealed class RecordingSink : ILineProtocolSink
{
    public List<ReceivedValue> Values { get; } = [];

    public List<LineProtocolError> Errors { get; } = [];

    public void OnValue(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field, long timestampMs, double value, int line) =>
        Values.Add(new ReceivedValue(Encoding.UTF8.GetString(series), Encoding.UTF8.GetString(field), timestampMs, value, line,
            LineProtocolParser.ToSeriesKey(series, field)));

    public void OnError(in LineProtocolError error) => Errors.Add(error);

    /// <summary>Values as <c>series field=value@ms Lline</c>, joined by " | ".</summary>
    public string Render() => string.Join(" | ", Values.Select(v =>
        string.Create(CultureInfo.InvariantCulture, $"{v.Series} {v.Field}={v.Value:R}@{v.TimestampMs} L{v.Line}")));

    public static (RecordingSink Sink, LineProtocolSummary Summary) Parse(
        string body, TimestampPrecision precision = TimestampPrecision.Nanosecond, long defaultTimestampMs = 42, int maxLineBytes = 65536) =>
        Parse(Encoding.UTF8.GetBytes(body), precision, defaultTimestampMs, maxLineBytes);

    public static (RecordingSink Sink, LineProtocolSummary Summary) Parse(
        byte[] body, TimestampPrecision precision = TimestampPrecision.Nanosecond, long defaultTimestampMs = 42, int maxLineBytes = 65536)
    {
        var sink = new RecordingSink();
        var summary = LineProtocolParser.Parse(body, precision, defaultTimestampMs, maxLineBytes, sink);
        return (sink, summary);
    }
}

internal sealed record ReceivedValue(string Series, string Field, long TimestampMs, double Value, int Line, SeriesKey Key);
