using Nunchi.Core.Analysis;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>
/// Reconstructs the expected band of a stored range. The store keeps values, not the analyzer's expectation, so a
/// fresh <see cref="SeriesAnalyzer"/> replays the stored points from a bounded warm-up before the range to its end
/// and reports its expected value and normal band per point.
/// </summary>
/// <remarks>
/// <para>The warm-up is the shorter of <see cref="MaxWarmupMs"/> and <see cref="MaxWarmupPoints"/> at the series'
/// cadence: enough to learn a daily and weekly season, and a bounded cost whatever the series' length. The range
/// itself may hold at most <see cref="MaxRangePoints"/>. Cost: one analyzer update per point (about a microsecond),
/// memory O(chunk + buckets).</para>
/// <para>The band is the one a fresh analyzer learns from that stretch of history; the live analyzer, which has seen
/// all of it and any feedback, may differ, most in the first days of a series. Deterministic: the same stored points
/// give the same band.</para>
/// </remarks>
internal static class ExpectedBand
{
    /// <summary>The longest warm-up before <c>from</c>: two weeks, two weekly cycles.</summary>
    public const long MaxWarmupMs = 14L * 86_400_000;

    /// <summary>The most points of warm-up before <c>from</c>.</summary>
    public const long MaxWarmupPoints = 200_000;

    /// <summary>The most points a range may hold.</summary>
    public const long MaxRangePoints = 2_000_000;

    private const long ChunkPoints = 65_536;

    /// <summary>The band over <paramref name="range"/>, or null with a reason when the range holds too many points.</summary>
    public static BandResult? Compute(IPointStore points, int seriesId, ChartRange range, out string? error)
    {
        error = null;
        var extent = points.Extent(seriesId);
        long cadenceMs = extent.Count > 1 ? Math.Max(1, (extent.LastMs - extent.FirstMs) / (extent.Count - 1)) : 1;
        long overlapFrom = Math.Max(range.FromMs, extent.FirstMs);
        long overlapTo = Math.Min(range.ToMs, extent.LastMs + 1);
        long estimated = overlapTo > overlapFrom ? (overlapTo - overlapFrom) / cadenceMs : 0;
        if (estimated > MaxRangePoints)
        {
            error = $"the range holds about {estimated:N0} points; the expected band is reconstructed for at most {MaxRangePoints:N0}: narrow from and to";
            return null;
        }

        long warmupFrom = Math.Max(extent.FirstMs, range.FromMs - Math.Min(MaxWarmupMs, MaxWarmupPoints * cadenceMs));
        var analyzer = new SeriesAnalyzer();
        var buckets = new BandBuckets(range.FromMs, range.ToMs, range.Buckets);
        var chunk = new List<StoredPoint>();
        long chunkMs = Math.Max(60_000, ChunkPoints * cadenceMs);
        long warmupPoints = 0;

        // Read in time chunks so memory stays bounded however long the range is.
        for (long start = Math.Min(warmupFrom, range.FromMs); start < range.ToMs; start += chunkMs)
        {
            chunk.Clear();
            points.Read(seriesId, start, Math.Min(range.ToMs, start + chunkMs), chunk);
            foreach (var point in chunk)
            {
                var result = analyzer.Update(point.TimestampMs, point.Value);
                while (analyzer.TryTakeEvent(out _))
                {
                    // Findings are not needed here (they are stored); dropping them keeps the queue empty.
                }

                if (point.TimestampMs < range.FromMs)
                {
                    warmupPoints++;
                }
                else
                {
                    buckets.Add(point.TimestampMs, result);
                }
            }
        }

        return new BandResult(warmupFrom, warmupPoints, analyzer.Summary.Mode, buckets.Finish());
    }
}
