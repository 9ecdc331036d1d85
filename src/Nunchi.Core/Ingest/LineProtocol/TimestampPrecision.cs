namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>The unit of line protocol timestamps, as chosen by the writer with the <c>precision</c> query parameter.</summary>
public enum TimestampPrecision
{
    /// <summary>Nanoseconds since the Unix epoch (InfluxDB's default).</summary>
    Nanosecond,

    /// <summary>Microseconds since the Unix epoch.</summary>
    Microsecond,

    /// <summary>Milliseconds since the Unix epoch.</summary>
    Millisecond,

    /// <summary>Seconds since the Unix epoch.</summary>
    Second,

    /// <summary>Minutes since the Unix epoch (InfluxDB 1.x only).</summary>
    Minute,

    /// <summary>Hours since the Unix epoch (InfluxDB 1.x only).</summary>
    Hour,
}
