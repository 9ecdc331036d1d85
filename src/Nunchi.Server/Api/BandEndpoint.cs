using Nunchi.Server.Hosting;

namespace Nunchi.Server.Api;

/// <summary><c>GET /api/v1/series/{id}/band</c>: the expected band under a chart.</summary>
internal static class BandEndpoint
{
    public static void MapBand(this RouteGroupBuilder series)
    {
        series.MapGet("/{id:int}/band", Get).WithSummary(
            "Expected value and normal band of a series in [from, to), bucketed like /points (expected: mean, lower: min, upper: max). "
            + "The store keeps values only, so a fresh analyzer replays the stored points from a warm-up of at most 14 days or "
            + "200,000 points before from; the range may hold at most 2,000,000 points. A counter's band is of its rate (mode: counter).");
    }

    private static IResult Get(int id, EngineHost host, TimeProvider time, string? from, string? to, int? maxPoints)
    {
        var engine = host.Engine;
        if (ChartRange.Resolve(engine, time.GetUtcNow().ToUnixTimeMilliseconds(), id, from, to, maxPoints, out var series, out var range) is { } problem)
        {
            return problem;
        }

        var band = ExpectedBand.Compute(engine.Points, id, range, out string? error);
        return band is null
            ? ApiProblems.BadRequest(error!)
            : TypedResults.Ok(new BandDto(id, series.Unit, range.FromMs, range.ToMs, band.WarmupFromMs, band.WarmupPoints, ApiNames.Of(band.Mode), band.Buckets));
    }

    /// <summary>The answer: the band and how it was reconstructed; times are Unix milliseconds.</summary>
    private sealed record BandDto(int SeriesId, string? Unit, long From, long To, long WarmupFrom, long WarmupPoints, string Mode, List<BandBucketDto> Points);
}
