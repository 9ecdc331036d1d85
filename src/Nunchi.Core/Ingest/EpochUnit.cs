namespace Nunchi.Core.Ingest;

/// <summary>The unit of a Unix epoch number in a time column.</summary>
/// <remarks>
/// A file's unit is decided once, from the magnitude of its first numeric timestamp
/// (see <see cref="TimestampParser.EpochUnitFor"/>), and then used for every row, so that a file whose
/// first rows happen to be small is not read in two different units.
/// </remarks>
public enum EpochUnit
{
    /// <summary>Seconds since 1970-01-01T00:00:00Z; may carry a fraction.</summary>
    Seconds,

    /// <summary>Milliseconds since the epoch.</summary>
    Milliseconds,

    /// <summary>Microseconds since the epoch.</summary>
    Microseconds,

    /// <summary>Nanoseconds since the epoch.</summary>
    Nanoseconds,
}
