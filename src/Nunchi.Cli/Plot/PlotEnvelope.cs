namespace Nunchi.Cli.Plot;

/// <summary>
/// A bounded summary of one series for drawing: non-empty buckets in time order, each with exact min/max.
/// </summary>
/// <remarks>Produced by <see cref="PlotSeriesBuilder.Build"/>; immutable.</remarks>
internal sealed class PlotEnvelope
{
    private readonly PlotBucket[] _buckets;

    public PlotEnvelope(PlotBucket[] buckets, long bucketWidthMs)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        _buckets = buckets;
        BucketWidthMs = bucketWidthMs;
        ValueMin = ValueMax = double.NaN;
        foreach (ref readonly var bucket in buckets.AsSpan())
        {
            PointCount += bucket.Count;
            if (bucket.HasValue)
            {
                ValueMin = double.IsNaN(ValueMin) ? bucket.ValueMin : Math.Min(ValueMin, bucket.ValueMin);
                ValueMax = double.IsNaN(ValueMax) ? bucket.ValueMax : Math.Max(ValueMax, bucket.ValueMax);
            }
        }

        TypicalSpacingMs = MedianSpacing(buckets);
    }

    /// <summary>An envelope of a series with no points.</summary>
    public static PlotEnvelope Empty { get; } = new([], 1);

    /// <summary>Non-empty buckets in time order.</summary>
    public ReadOnlySpan<PlotBucket> Buckets => _buckets;

    /// <summary>Time width of one bucket slot when the envelope was built.</summary>
    public long BucketWidthMs { get; }

    /// <summary>All points added, including those with a missing value.</summary>
    public long PointCount { get; }

    /// <summary>Smallest finite value; NaN when there is none.</summary>
    public double ValueMin { get; }

    /// <summary>Largest finite value; NaN when there is none.</summary>
    public double ValueMax { get; }

    /// <summary>Timestamp of the earliest point; 0 when empty.</summary>
    public long FirstMs => _buckets.Length > 0 ? _buckets[0].StartMs : 0;

    /// <summary>Timestamp of the latest point; 0 when empty.</summary>
    public long LastMs => _buckets.Length > 0 ? _buckets[^1].EndMs : 0;

    /// <summary>
    /// The usual time between neighbouring points, estimated as the median gap between neighbouring buckets:
    /// for dense data that gap is one sampling interval, for sparse data each bucket holds one point. 0 when unknown.
    /// </summary>
    public long TypicalSpacingMs { get; }

    private static long MedianSpacing(PlotBucket[] buckets)
    {
        if (buckets.Length < 2)
        {
            return 0;
        }

        var gaps = new long[buckets.Length - 1];
        for (var i = 1; i < buckets.Length; i++)
        {
            gaps[i - 1] = Math.Max(0, buckets[i].StartMs - buckets[i - 1].EndMs);
        }

        Array.Sort(gaps);
        return gaps[gaps.Length / 2];
    }
}
