using Nunchi.Core.Questions;
using Nunchi.Core.Questions.Answers;
using Nunchi.Storage;

namespace Nunchi.Engine.Questions;

/// <summary>Reads what a series did over a period from the store: count, mean, extremes with their times, first and last values.</summary>
/// <remarks>
/// The range is downsampled into a few hundred buckets (the store decodes each block once), which gives the count,
/// mean and extremes exactly; only the buckets holding an extreme, the first or the last point are read point by
/// point, for the exact times. Cost: one pass over the range's points plus four buckets.
/// </remarks>
internal static class SummaryReader
{
    private const int Buckets = 256;

    public static SeriesSummary Read(IPointStore store, CatalogSeries series, long fromMs, long toMs)
    {
        var extent = store.Extent(series.Id);
        (long, long)? stored = extent.Count > 0 ? (extent.FirstMs, extent.LastMs + 1) : null;
        var buckets = toMs > fromMs ? store.Downsample(series.Id, fromMs, toMs, Buckets) : [];
        if (buckets.Count == 0)
        {
            return new SeriesSummary(series, 0, double.NaN, double.NaN, 0, double.NaN, 0, double.NaN, 0, double.NaN, 0, 0) { Stored = stored };
        }

        long count = 0;
        double sum = 0;
        int low = 0;
        int high = 0;
        for (int i = 0; i < buckets.Count; i++)
        {
            var bucket = buckets[i];
            count += bucket.Count;
            sum += bucket.Mean * bucket.Count;
            low = bucket.Min < buckets[low].Min ? i : low;
            high = bucket.Max > buckets[high].Max ? i : high;
        }

        var points = new List<StoredPoint>();
        long minAt = FirstAt(store, series.Id, buckets[low], buckets[low].Min, points);
        long maxAt = FirstAt(store, series.Id, buckets[high], buckets[high].Max, points);
        long firstAt = Edge(store, series.Id, buckets[0], first: true, points);
        long lastAt = Edge(store, series.Id, buckets[^1], first: false, points);
        double min = buckets[low].Min;
        double max = buckets[high].Max;
        double firstValue = buckets[0].First;
        double lastValue = buckets[^1].Last;
        return new SeriesSummary(series, count, sum / count, min, minAt, max, maxAt, firstValue, firstAt, lastValue, lastAt,
            SeriesSummary.DecimalsFor(min, max, firstValue, lastValue)) { Stored = stored };
    }

    private static long FirstAt(IPointStore store, int seriesId, PointBucket bucket, double value, List<StoredPoint> points)
    {
        points.Clear();
        store.Read(seriesId, bucket.StartMs, bucket.EndMs, points);
        foreach (var point in points)
        {
            if (point.Value == value)
            {
                return point.TimestampMs;
            }
        }

        return bucket.StartMs;
    }

    private static long Edge(IPointStore store, int seriesId, PointBucket bucket, bool first, List<StoredPoint> points)
    {
        points.Clear();
        store.Read(seriesId, bucket.StartMs, bucket.EndMs, points);
        return points.Count == 0 ? bucket.StartMs : first ? points[0].TimestampMs : points[^1].TimestampMs;
    }
}
