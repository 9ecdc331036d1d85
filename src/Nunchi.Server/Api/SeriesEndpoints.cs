using Microsoft.Extensions.Options;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary><c>/api/v1/series</c>: the catalog, and the points of one series downsampled for charts.</summary>
internal static class SeriesEndpoints
{
    /// <summary>The most buckets a chart may ask for.</summary>
    public const int MaxPoints = 20_000;

    public static void MapSeries(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        var group = app.MapGroup("/api/v1/series").WithTags("Series").AddEndpointFilter(new TokenFilter(Access.Read, options));
        group.MapGet("/", List).WithSummary("Series, filtered by measurement, field, tag (key:value, repeatable) and name (also matches aliases)");
        group.MapGet("/{id:int}", One).WithSummary("One series");
        group.MapGet("/{id:int}/points", Points).WithSummary("Points of a series in [from, to), at most maxPoints buckets (min, max, mean, first, last)");
    }

    private static IResult List(HttpRequest request, EngineHost host, string? measurement, string? field, string? name)
    {
        var engine = host.Engine;
        var tags = new List<(string Key, string Value)>();
        foreach (string? tag in request.Query["tag"])
        {
            int colon = tag?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            if (tag is null || colon <= 0)
            {
                return ApiProblems.BadRequest($"tag '{tag}' is not valid: expected key:value, e.g. tag=machine:press-3");
            }

            tags.Add((tag[..colon], tag[(colon + 1)..]));
        }

        var result = new List<SeriesDto>();
        foreach (var series in engine.Catalog.All())
        {
            if (Matches(series, measurement, field, name, tags))
            {
                result.Add(ApiMapper.ToDto(series, engine.Points.Extent(series.Id)));
            }
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
        var series = engine.Catalog.ById(id);
        if (series is null)
        {
            return ApiProblems.NotFound($"there is no series {id}; GET /api/v1/series lists them");
        }

        var extent = engine.Points.Extent(id);
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        long defaultTo = extent.Count > 0 ? extent.LastMs + 1 : now;
        if (!TimeParameter.TryParse("to", to, now, defaultTo, out long toMs, out string? error)
            || !TimeParameter.TryParse("from", from, now, toMs - 86_400_000, out long fromMs, out error))
        {
            return ApiProblems.BadRequest(error!);
        }

        int buckets = maxPoints ?? 1000;
        if (buckets is < 1 or > MaxPoints)
        {
            return ApiProblems.BadRequest($"maxPoints {buckets} is out of range: expected 1 to {MaxPoints}");
        }

        if (toMs <= fromMs)
        {
            return ApiProblems.BadRequest("to must be after from");
        }

        var points = engine.Points.Downsample(id, fromMs, toMs, buckets);
        var rows = new List<BucketDto>(points.Count);
        foreach (var b in points)
        {
            rows.Add(new BucketDto(b.StartMs, b.EndMs, b.Count, b.Min, b.Max, b.Mean, b.First, b.Last));
        }

        return TypedResults.Ok(new PointsDto(id, SeriesNames.Display(series), series.Unit, fromMs, toMs, rows));
    }

    private static bool Matches(SeriesEntry series, string? measurement, string? field, string? name, List<(string Key, string Value)> tags)
    {
        if ((measurement is not null && series.Key.Measurement != measurement) || (field is not null && series.Key.Field != field))
        {
            return false;
        }

        foreach (var (key, value) in tags)
        {
            if (series.Key.Tag(key) != value)
            {
                return false;
            }
        }

        if (string.IsNullOrEmpty(name))
        {
            return true;
        }

        if (SeriesNames.Display(series).Contains(name, StringComparison.OrdinalIgnoreCase)
            || series.Key.ToString().Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (string alias in series.Aliases)
        {
            if (alias.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One bucket of a chart; times are Unix milliseconds.</summary>
    private sealed record BucketDto(long T, long End, int Count, double Min, double Max, double Mean, double First, double Last);

    private sealed record PointsDto(int SeriesId, string Series, string? Unit, long From, long To, List<BucketDto> Points);
}
