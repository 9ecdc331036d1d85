namespace Nunchi.Storage;

/// <summary>One value of one series as the store keeps it.</summary>
/// <param name="SeriesId">The catalog id of the series (<see cref="SeriesEntry.Id"/>).</param>
/// <param name="TimestampMs">Unix milliseconds, UTC. The store's time resolution is one millisecond.</param>
/// <param name="Value">The value; finite (callers drop NaN and infinities before appending).</param>
public readonly record struct StoredPoint(int SeriesId, long TimestampMs, double Value);
