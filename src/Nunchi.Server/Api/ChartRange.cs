using Nunchi.Engine;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>The range and resolution of a chart request (<c>from</c>, <c>to</c>, <c>maxPoints</c>).</summary>
/// <param name="FromMs">Start (inclusive), Unix milliseconds.</param>
/// <param name="ToMs">End (exclusive).</param>
/// <param name="Buckets">Most buckets to answer with.</param>
internal readonly record struct ChartRange(long FromMs, long ToMs, int Buckets)
{
    /// <summary>The most buckets a chart may ask for.</summary>
    public const int MaxBuckets = 20_000;

    /// <summary>
    /// The series and the range a chart asks for, or the answer to give instead: 404 for an unknown series, 400 naming
    /// the parameter that is not valid. <paramref name="series"/> and <paramref name="range"/> hold only when the
    /// answer is null.
    /// </summary>
    public static IResult? Resolve(NunchiEngine engine, long nowMs, int id, string? from, string? to, int? maxPoints, out SeriesEntry series, out ChartRange range)
    {
        range = default;
        series = engine.Catalog.ById(id)!;
        if (series is null)
        {
            return ApiProblems.NotFound($"there is no series {id}; GET /api/v1/series lists them");
        }

        return TryParse(engine.Points.Extent(id), nowMs, from, to, maxPoints, out range, out string? error) ? null : ApiProblems.BadRequest(error!);
    }

    /// <summary>
    /// Reads the parameters: <c>to</c> defaults to just after the series' last point (now when it has none), <c>from</c>
    /// to a day before <c>to</c>, <c>maxPoints</c> to 1000.
    /// </summary>
    public static bool TryParse(SeriesExtent extent, long nowMs, string? from, string? to, int? maxPoints, out ChartRange range, out string? error)
    {
        range = default;
        long defaultTo = extent.Count > 0 ? extent.LastMs + 1 : nowMs;
        if (!TimeParameter.TryParse("to", to, nowMs, defaultTo, out long toMs, out error)
            || !TimeParameter.TryParse("from", from, nowMs, toMs - 86_400_000, out long fromMs, out error))
        {
            return false;
        }

        int buckets = maxPoints ?? 1000;
        if (buckets is < 1 or > MaxBuckets)
        {
            error = $"maxPoints {buckets} is out of range: expected 1 to {MaxBuckets}";
            return false;
        }

        if (toMs <= fromMs)
        {
            error = "to must be after from";
            return false;
        }

        range = new ChartRange(fromMs, toMs, buckets);
        return true;
    }
}
