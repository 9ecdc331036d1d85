using Microsoft.Extensions.Options;
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
        var rows = new List<OverviewRowDto>();
        var last = new List<StoredPoint>(1);
        foreach (var series in filter.Select(engine.Catalog))
        {
            var extent = engine.Points.Extent(series.Id);
            last.Clear();
            if (extent.Count > 0)
            {
                engine.Points.Read(series.Id, extent.LastMs, extent.LastMs + 1, last);
            }

            var (findings, worst) = strip.Summary(series.Id);
            var dto = ApiMapper.ToDto(series, extent);
            rows.Add(new OverviewRowDto(
                dto.Id,
                dto.Name,
                dto.KoreanName,
                dto.Key,
                dto.Measurement,
                dto.Tags,
                dto.Field,
                dto.Unit,
                last.Count > 0 ? last[^1].Value : null,
                last.Count > 0 ? last[^1].TimestampMs : null,
                Spark(engine.Points.Downsample(series.Id, fromMs, toMs, count), fromMs, width, count),
                strip.Of(series.Id),
                findings,
                worst is null ? null : ApiMapper.ToDto(worst, engine, context!)));
        }

        rows.Sort(MostSevereFirst);
        return TypedResults.Ok(new OverviewDto(fromMs, toMs, count, width, rows));
    }

    /// <summary>
    /// The mean of each bucket. The store answers one bucket per point when the range holds few points, so buckets
    /// are placed by time and merged (weighted by count) rather than taken by position.
    /// </summary>
    private static double?[] Spark(IReadOnlyList<PointBucket> stored, long fromMs, long width, int count)
    {
        var sums = new double[count];
        var counts = new int[count];
        foreach (var bucket in stored)
        {
            long i = Math.Clamp((bucket.StartMs - fromMs) / width, 0, count - 1);
            sums[i] += bucket.Mean * bucket.Count;
            counts[i] += bucket.Count;
        }

        var spark = new double?[count];
        for (int i = 0; i < count; i++)
        {
            spark[i] = counts[i] > 0 ? sums[i] / counts[i] : null;
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
        return byRecency != 0 ? byRecency : string.CompareOrdinal(a.Name, b.Name);
    }

    /// <summary>The answer; times are Unix milliseconds, <c>bucketMs</c> the width of a bucket.</summary>
    private sealed record OverviewDto(long From, long To, int Buckets, long BucketMs, List<OverviewRowDto> Series);
}
