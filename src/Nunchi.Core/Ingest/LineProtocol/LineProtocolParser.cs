using System.Runtime.CompilerServices;
using Nunchi.Core.Series;

namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>A strict, allocation-free reader of InfluxDB line protocol (1.x <c>/write</c>, 2.x <c>/api/v2/write</c>).</summary>
/// <remarks>
/// <para>
/// Grammar, per the InfluxDB reference: <c>measurement[,tag=value...] field=value[,field=value...] [timestamp]</c>,
/// one point per line (<c>\n</c> or <c>\r\n</c>); blank lines and lines whose first non-blank character is <c>#</c>
/// are skipped. Field values: floats (<c>1</c>, <c>-1.5e3</c>; not NaN or infinity), integers (<c>12i</c>), unsigned
/// integers (<c>12u</c>), booleans (<c>t T true True TRUE</c> → 1, <c>f F false False FALSE</c> → 0) and quoted
/// strings, which are skipped and counted. A quoted string may hold <c>\"</c>, <c>\\</c> and, as InfluxDB's own
/// parser allows, a newline. A repeated field key keeps its last value; a repeated tag key rejects the line.
/// </para>
/// <para>
/// Integers beyond ±2^53 become the nearest double. Timestamps are integers in the request's precision, floored to
/// Unix milliseconds and accepted within the years 0001–9999; a point without one gets the default timestamp.
/// </para>
/// <para>
/// Leniencies shared with InfluxDB's own parser: blanks (spaces, tabs) before the measurement and around the
/// field set and timestamp are skipped, and a leading UTF-8 byte order mark is ignored. Strictness beyond it: the
/// line must be valid UTF-8, and nothing may follow the timestamp. Names starting with <c>_</c> (reserved by
/// InfluxDB 2.x) are accepted.
/// </para>
/// <para>Thread-safe (no shared state). For valid input the only work per line is the parse itself: no allocations.</para>
/// </remarks>
public static class LineProtocolParser
{
    /// <summary>The longest <see cref="LineProtocolError.Excerpt"/>, in characters.</summary>
    public const int MaxExcerptLength = 80;

    // Keys a line can carry before the buffers move from the stack to a pooled array.
    private const int InlineTags = 16;
    private const int InlineFields = 32;

    /// <summary>Parses a request body and reports every value and every rejected line to <paramref name="sink"/>.</summary>
    /// <remarks>
    /// Valid lines reach the sink even when other lines are bad (InfluxDB's partial writes); a bad line delivers none
    /// of its values and exactly one <see cref="ILineProtocolSink.OnError"/>. Never throws for any body; exceptions
    /// thrown by the sink propagate.
    /// </remarks>
    /// <param name="body">The request body, UTF-8.</param>
    /// <param name="precision">The unit of the timestamps in the body.</param>
    /// <param name="defaultTimestampMs">Unix milliseconds for points without a timestamp (the time the request arrived).</param>
    /// <param name="maxLineBytes">The longest line accepted, in bytes without the line ending; longer lines are rejected.</param>
    /// <param name="sink">Receives the values and errors.</param>
    /// <returns>Counts of lines, values, rejected lines and skipped string fields.</returns>
    [SkipLocalsInit]
    public static LineProtocolSummary Parse(ReadOnlySpan<byte> body, TimestampPrecision precision, long defaultTimestampMs, int maxLineBytes, ILineProtocolSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        if ((uint)precision > (uint)TimestampPrecision.Hour)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown timestamp precision.");
        }

        var reader = new LineReader(body, precision, defaultTimestampMs, maxLineBytes, sink, stackalloc KeySlot[InlineTags], stackalloc KeySlot[InlineFields]);
        try
        {
            return reader.Run();
        }
        finally
        {
            reader.Dispose();
        }
    }

    /// <summary>Builds the structured key for a series/field pair received by <see cref="ILineProtocolSink.OnValue"/>.</summary>
    /// <remarks>
    /// Unescapes the measurement, tag keys, tag values and field key, and sorts the tags by key (ordinal), so that
    /// <c>m,b=2,a=1 f</c> and <c>m,a=1,b=2 f</c> give equal keys. Allocates: call once per new series and cache it.
    /// </remarks>
    /// <param name="series">The series span as passed to the sink.</param>
    /// <param name="field">The field span as passed to the sink.</param>
    /// <exception cref="ArgumentException">The spans are not what the parser delivers (e.g. empty).</exception>
    public static SeriesKey ToSeriesKey(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field)
    {
        var i = LineProtocolSyntax.ScanMeasurement(series, 0);
        var measurement = LineProtocolSyntax.Unescape(series[..i], measurement: true);
        var tags = new List<KeyValuePair<string, string>>();
        while (i < series.Length && series[i] == ',')
        {
            var keyStart = ++i;
            i = LineProtocolSyntax.ScanKey(series, i);
            var key = LineProtocolSyntax.Unescape(series[keyStart..i], measurement: false);
            var value = string.Empty;
            if (i < series.Length && series[i] == '=')
            {
                var valueStart = ++i;
                i = LineProtocolSyntax.ScanKey(series, i);
                value = LineProtocolSyntax.Unescape(series[valueStart..i], measurement: false);
            }

            tags.Add(new KeyValuePair<string, string>(key, value));
        }

        return new SeriesKey(measurement, tags, LineProtocolSyntax.Unescape(field, measurement: false));
    }
}
