using Microsoft.Extensions.Options;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary><c>/api/v1/series</c>: the catalog, and the points of one series downsampled for charts.</summary>
internal static class SeriesEndpoints
{
    public static void MapSeries(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        var group = app.MapGroup("/api/v1/series").WithTags("Series").AddEndpointFilter(new TokenFilter(Access.Read, options));
        group.MapGet("/", List).WithSummary("Series, filtered by measurement, field, tag (key:value, repeatable) and name (also matches aliases)");
        group.MapGet("/{id:int}", One).WithSummary("One series");
        group.MapGet("/{id:int}/points", Points).WithSummary("Points of a series in [from, to), at most maxPoints buckets (min, max, mean, first, last)");
        group.MapBand();
    }

    private static IResult List([AsParameters] SeriesQuery query, EngineHost host)
    {
        var filter = SeriesFilter.From(query, out string? error);
        if (filter is null)
        {
            return ApiProblems.BadRequest(error!);
        }

        var engine = host.Engine;
        var result = new List<SeriesDto>();
        foreach (var series in filter.Select(engine.Catalog))
        {
            result.Add(ApiMapper.ToDto(series, engine.Points.Extent(series.Id)));
        }

        return TypedResults.Ok(result);
    }

    private static IResult One(int id, EngineHost host)
    {
        var engine = host.Engine;
        var series = engine.Catalog.ById(id);
        return series is null
            ? ApiProblems.NotFound($"there is no series {id}; GET /api/v1/series lists them")
            : TypedResults.Ok(ApiMapper.ToDto(series, engine.Points.Extent(id)));
    }

    private static IResult Points(int id, EngineHost host, TimeProvider time, string? from, string? to, int? maxPoints)
    {
        var engine = host.Engine;
        if (ChartRange.Resolve(engine, time.GetUtcNow().ToUnixTimeMilliseconds(), id, from, to, maxPoints, out var series, out var range) is { } problem)
        {
            return problem;
        }

        var points = engine.Points.Downsample(id, range.FromMs, range.ToMs, range.Buckets);
        var rows = new List<BucketDto>(points.Count);
        foreach (var b in points)
        {
            rows.Add(new BucketDto(b.StartMs, b.EndMs, b.Count, b.Min, b.Max, b.Mean, b.First, b.Last));
        }

        return TypedResults.Ok(new PointsDto(id, SeriesNames.Display(series), series.Unit, range.FromMs, range.ToMs, rows));
    }

    /// <summary>One bucket of a chart; times are Unix milliseconds.</summary>
    private sealed record BucketDto(long T, long End, int Count, double Min, double Max, double Mean, double First, double Last);

    private sealed record PointsDto(int SeriesId, string Series, string? Unit, long From, long To, List<BucketDto> Points);
}
