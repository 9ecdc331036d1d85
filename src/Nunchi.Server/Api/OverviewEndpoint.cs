using Microsoft.Extensions.Options;
using Nunchi.Engine;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary><c>GET /api/v1/overview</c>: every series with a sparkline and an anomaly strip, in one request.</summary>
internal static class OverviewEndpoint
{
    private const int DefaultBuckets = 120;
    private const int MaxBuckets = 2000;
    private const int MaxFindings = 100_000;

    public static void MapOverview(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapGet("/api/v1/overview", Get).AddEndpointFilter(new TokenFilter(Access.Read, options)).WithTags("Series")
            .WithSummary("Every series matching the filter (as /api/v1/series) with, over [from, to) split into buckets: the mean per bucket "
                + "(sparkline), the highest finding severity per bucket (anomaly strip), the latest value and the most severe finding; "
                + "most severe first, then most recent, then by name. Default range: the last 24 hours; lang and tz as /findings");
    }

    private static IResult Get(HttpRequest request, [AsParameters] SeriesQuery query, EngineHost host, TimeProvider time, string? from, string? to, int? buckets)
    {
        var context = ApiContext.From(request, out string? error);
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var filter = context is null ? null : SeriesFilter.From(query, out error);
        if (filter is null
            || !TimeParameter.TryParse("to", to, now, now, out long toMs, out error)
            || !TimeParameter.TryParse("from", from, now, toMs - 86_400_000, out long fromMs, out error))
        {
            return ApiProblems.BadRequest(error!);
        }

        int count = buckets ?? DefaultBuckets;
        if (count is < 1 or > MaxBuckets || toMs <= fromMs)
        {
            return ApiProblems.BadRequest($"buckets must be within 1..{MaxBuckets} and to after from");
        }

        var engine = host.Engine;
        long span = toMs - fromMs;
        long width = (span / count) + (span % count == 0 ? 0 : 1);
        var strip = new SeverityStrip(fromMs, width, count, engine.Findings.Query(new FindingQuery(fromMs, toMs, Limit: MaxFindings)));
        var selected = filter.Select(engine.Catalog);
        var rows = new OverviewRowDto[selected.Count];

        // Each row reads only its own series from the thread-safe store: the rows are built on every core.
        Parallel.For(0, selected.Count, i => rows[i] = Row(engine, selected[i], strip, fromMs, toMs, width, count, context!));
        Array.Sort(rows, MostSevereFirst);
        return TypedResults.Ok(new OverviewDto(fromMs, toMs, count, width, rows));
    }

    private static OverviewRowDto Row(NunchiEngine engine, SeriesEntry series, SeverityStrip strip, long fromMs, long toMs, long width, int count, ApiContext context)
    {
        var extent = engine.Points.Extent(series.Id);
        var buckets = engine.Points.Downsample(series.Id, fromMs, toMs, count);
        double? last = null;
        long? lastAt = null;
        if (extent.Count > 0 && buckets.Count > 0 && toMs > extent.LastMs && buckets[^1].EndMs > extent.LastMs)
        {
            // The range reaches the latest point: it is the last of the last bucket, no second read needed.
            last = buckets[^1].Last;
            lastAt = extent.LastMs;
        }
        else if (extent.Count > 0)
        {
            var latest = new List<StoredPoint>(1);
            engine.Points.Read(series.Id, extent.LastMs, extent.LastMs + 1, latest);
            if (latest.Count > 0)
            {
                last = latest[^1].Value;
                lastAt = latest[^1].TimestampMs;
            }
        }

        var (findings, worst) = strip.Summary(series.Id);
        return new OverviewRowDto(
            ApiMapper.ToDto(series, extent),
            last,
            lastAt,
            Spark(buckets, fromMs, width, count),
            strip.Of(series.Id),
            findings,
            worst is null ? null : ApiMapper.ToDto(worst, engine, context));
    }

    /// <summary>
    /// The mean of each bucket. The store answers one bucket per point when the range holds few points, so buckets
    /// are placed by time and merged (weighted by count) rather than taken by position.
    /// </summary>
    /// <remarks>Single precision: a sparkline needs no more, and the answer for 1,000 series is half the size.</remarks>
    private static float?[] Spark(IReadOnlyList<PointBucket> stored, long fromMs, long width, int count)
    {
        var sums = new double[count];
        var counts = new int[count];
        foreach (var bucket in stored)
        {
            long i = Math.Clamp((bucket.StartMs - fromMs) / width, 0, count - 1);
            sums[i] += bucket.Mean * bucket.Count;
            counts[i] += bucket.Count;
        }

        var spark = new float?[count];
        for (int i = 0; i < count; i++)
        {
            spark[i] = counts[i] > 0 ? (float)(sums[i] / counts[i]) : null;
        }

        return spark;
    }

    private static int MostSevereFirst(OverviewRowDto a, OverviewRowDto b)
    {
        int bySeverity = (b.Worst?.Severity ?? -1).CompareTo(a.Worst?.Severity ?? -1);
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        int byRecency = (b.Worst?.Start ?? default).CompareTo(a.Worst?.Start ?? default);
        return byRecency != 0 ? byRecency : string.CompareOrdinal(a.Series.Name, b.Series.Name);
    }

    /// <summary>The answer; times are Unix milliseconds, <c>bucketMs</c> the width of a bucket.</summary>
    private sealed record OverviewDto(long From, long To, int Buckets, long BucketMs, OverviewRowDto[] Series);
}
