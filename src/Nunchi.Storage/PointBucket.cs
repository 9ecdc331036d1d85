namespace Nunchi.Storage;

/// <summary>The points of one time bucket of a downsampled range.</summary>
/// <param name="StartMs">First timestamp of the bucket (inclusive).</param>
/// <param name="EndMs">Last timestamp of the bucket (exclusive).</param>
/// <param name="Count">How many stored points fell into it (at least 1; empty buckets are not returned).</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="First">Value of the earliest point.</param>
/// <param name="Last">Value of the latest point.</param>
public readonly record struct PointBucket(long StartMs, long EndMs, int Count, double Min, double Max, double Mean, double First, double Last);
