namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Reads the <c>precision</c> query parameter of <c>/write</c> (InfluxDB 1.x) and <c>/api/v2/write</c> (2.x).</summary>
public static class TimestampPrecisions
{
    /// <summary>Parses a precision name; null or empty means nanoseconds, as in InfluxDB.</summary>
    /// <remarks>
    /// Accepts the 1.x spellings <c>n</c>, <c>ns</c>, <c>u</c>, <c>us</c>, <c>µ</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>
    /// and the 2.x spellings <c>ns</c>, <c>us</c>, <c>ms</c>, <c>s</c>; case-sensitive like InfluxDB (<c>M</c> is not minutes).
    /// Both the micro sign (U+00B5) and the Greek small mu (U+03BC) are read as microseconds.
    /// </remarks>
    /// <param name="text">The parameter as received, or null when absent.</param>
    /// <param name="precision">The precision; <see cref="TimestampPrecision.Nanosecond"/> when the text is not recognised.</param>
    /// <returns>False when <paramref name="text"/> names no precision.</returns>
    public static bool TryParse(string? text, out TimestampPrecision precision)
    {
        precision = TimestampPrecision.Nanosecond;
        switch (text)
        {
            case null or "" or "n" or "ns":
                return true;
            case "u" or "us" or "\u00B5" or "\u03BC":
                precision = TimestampPrecision.Microsecond;
                return true;
            case "ms":
                precision = TimestampPrecision.Millisecond;
                return true;
            case "s":
                precision = TimestampPrecision.Second;
                return true;
            case "m":
                precision = TimestampPrecision.Minute;
                return true;
            case "h":
                precision = TimestampPrecision.Hour;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Converts a timestamp in <paramref name="precision"/> to Unix milliseconds, flooring towards the past.</summary>
    /// <returns>False when the result lies outside the years 0001–9999 that the ingest represents (this includes any overflow).</returns>
    internal static bool TryToUnixMilliseconds(long timestamp, TimestampPrecision precision, out long unixMs)
    {
        // Floor division keeps -1 ns at 1969-12-31T23:59:59.999Z rather than rounding it up to the epoch.
        switch (precision)
        {
            case TimestampPrecision.Nanosecond:
                unixMs = FloorDivide(timestamp, 1_000_000);
                break;
            case TimestampPrecision.Microsecond:
                unixMs = FloorDivide(timestamp, 1000);
                break;
            case TimestampPrecision.Millisecond:
                unixMs = timestamp;
                break;
            default:
                var scale = precision switch
                {
                    TimestampPrecision.Second => 1000L,
                    TimestampPrecision.Minute => 60_000L,
                    _ => 3_600_000L,
                };

                // The range test before multiplying makes overflow impossible.
                if (timestamp > EpochNumber.MaxUnixMs / scale || timestamp < EpochNumber.MinUnixMs / scale)
                {
                    unixMs = 0;
                    return false;
                }

                unixMs = timestamp * scale;
                break;
        }

        return unixMs is >= EpochNumber.MinUnixMs and <= EpochNumber.MaxUnixMs;
    }

    /// <summary>The unit in words for messages, e.g. "nanoseconds".</summary>
    internal static string Describe(TimestampPrecision precision) => precision switch
    {
        TimestampPrecision.Nanosecond => "nanoseconds",
        TimestampPrecision.Microsecond => "microseconds",
        TimestampPrecision.Millisecond => "milliseconds",
        TimestampPrecision.Second => "seconds",
        TimestampPrecision.Minute => "minutes",
        _ => "hours",
    };

    private static long FloorDivide(long value, long divisor)
    {
        var quotient = value / divisor;
        return value % divisor < 0 ? quotient - 1 : quotient;
    }
}
