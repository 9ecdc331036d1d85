namespace Nunchi.Core.Series;

/// <summary>One observation of one series.</summary>
/// <param name="Series">The series it belongs to.</param>
/// <param name="TimestampMs">Unix time in milliseconds (UTC).</param>
/// <param name="Value">The observed value; may be non-finite when a source reports NaN.</param>
public readonly record struct DataPoint(SeriesKey Series, long TimestampMs, double Value);
