namespace Nunchi.Storage;

/// <summary>How many points a series has and the time span they cover.</summary>
/// <param name="Count">Stored points (after duplicate timestamps are merged, as far as the store knows).</param>
/// <param name="FirstMs">Earliest timestamp, 0 when empty.</param>
/// <param name="LastMs">Latest timestamp, 0 when empty.</param>
public readonly record struct SeriesExtent(long Count, long FirstMs, long LastMs);
