using Microsoft.Extensions.Options;
using Nunchi.Core.Findings;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary><c>/api/v1/findings</c>: what was off, with narratives; and feedback on it.</summary>
internal static class FindingEndpoints
{
    public static void MapFindings(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        var read = new TokenFilter(Access.Read, options);
        var group = app.MapGroup("/api/v1/findings").WithTags("Findings");
        group.MapGet("/", List).AddEndpointFilter(read)
            .WithSummary("Findings overlapping [from, to), filtered by series (id or name; repeatable: any of them), kind and minSeverity; newest first; narratives in lang (ko|en) and tz");
        group.MapGet("/{id:long}", One).AddEndpointFilter(read).WithSummary("One finding");
        group.MapGet("/{id:long}/related", RelatedEndpoint.Get).AddEndpointFilter(read).WithSummary(RelatedEndpoint.Summary);
        group.MapPost("/{id:long}/feedback", FeedbackAsync).AddEndpointFilter(new TokenFilter(Access.Write, options))
            .WithSummary("Say whether a finding was right: verdict not_anomaly (similar events score lower afterwards) or confirmed");
    }

    private static IResult List(HttpRequest request, EngineHost host, TimeProvider time, string? from, string? to, string[]? series, string? kind, double? minSeverity, int? limit)
    {
        var context = ApiContext.From(request, out string? error);
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (context is null
            || !TimeParameter.TryParse("from", from, now, long.MinValue, out long fromMs, out error)
            || !TimeParameter.TryParse("to", to, now, long.MaxValue, out long toMs, out error))
        {
            return ApiProblems.BadRequest(error!);
        }

        FindingKind? kindFilter = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!ApiNames.TryParseKind(kind, out var parsed))
            {
                return ApiProblems.BadRequest($"kind '{kind}' is not a finding kind: expected one of {ApiNames.Kinds()}");
            }

            kindFilter = parsed;
        }

        if (minSeverity is < 0 or > 1 || limit is < 1 or > 10_000)
        {
            return ApiProblems.BadRequest("minSeverity must be within 0..1 and limit within 1..10000");
        }

        var engine = host.Engine;
        var seriesIds = new List<int?>();
        foreach (string text in series ?? [])
        {
            int? id = ResolveSeries(engine.Catalog, text);
            if (id is null)
            {
                return ApiProblems.NotFound($"series '{text}' is not known: give an id or a name from GET /api/v1/series");
            }

            seriesIds.Add(id);
        }

        if (seriesIds.Count == 0)
        {
            seriesIds.Add(null);
        }

        var found = new List<StoredFinding>();
        foreach (int? seriesId in seriesIds.Distinct())
        {
            found.AddRange(engine.Findings.Query(new FindingQuery(
                fromMs == long.MinValue ? null : fromMs,
                toMs == long.MaxValue ? null : toMs,
                seriesId,
                kindFilter,
                minSeverity,
                limit ?? 1000)));
        }

        // Several series: merged in the store's order (most recent start first), then cut to the limit.
        if (seriesIds.Count > 1)
        {
            found.Sort(static (a, b) => b.Finding.StartMs != a.Finding.StartMs ? b.Finding.StartMs.CompareTo(a.Finding.StartMs) : b.Id.CompareTo(a.Id));
            found = found[..Math.Min(found.Count, limit ?? 1000)];
        }

        var result = new List<FindingDto>(found.Count);
        foreach (var stored in found)
        {
            result.Add(ApiMapper.ToDto(stored, engine, context));
        }

        return TypedResults.Ok(result);
    }

    private static IResult One(long id, HttpRequest request, EngineHost host)
    {
        var context = ApiContext.From(request, out string? error);
        if (context is null)
        {
            return ApiProblems.BadRequest(error!);
        }

        var stored = host.Engine.Findings.ById(id);
        return stored is null
            ? ApiProblems.NotFound($"there is no finding {id}")
            : TypedResults.Ok(ApiMapper.ToDto(stored, host.Engine, context));
    }

    private static async Task<IResult> FeedbackAsync(long id, FeedbackRequest? body, HttpRequest request, EngineHost host, TimeProvider time)
    {
        var context = ApiContext.From(request, out string? error);
        if (context is null)
        {
            return ApiProblems.BadRequest(error!);
        }

        if (body is null || !ApiNames.TryParseVerdict(body.Verdict, out var verdict))
        {
            return ApiProblems.BadRequest($"verdict '{body?.Verdict}' is not valid: expected {{\"verdict\": \"not_anomaly\"}} or {{\"verdict\": \"confirmed\"}}");
        }

        if (body.Comment is { Length: > 2000 })
        {
            return ApiProblems.BadRequest("comment is longer than 2000 characters");
        }

        var stored = await host.Engine.GiveFeedbackAsync(id, verdict, body.Comment, time.GetUtcNow().ToUnixTimeMilliseconds()).ConfigureAwait(false);
        return stored is null
            ? ApiProblems.NotFound($"there is no finding {id}")
            : TypedResults.Ok(ApiMapper.ToDto(stored with { Feedback = verdict }, host.Engine, context));
    }

    /// <summary>A series given as its id or as a name, key or alias (exact, case-insensitive).</summary>
    internal static int? ResolveSeries(ISeriesCatalog catalog, string text)
    {
        if (int.TryParse(text, out int id))
        {
            return catalog.ById(id) is null ? null : id;
        }

        foreach (var series in catalog.All())
        {
            if (string.Equals(SeriesNames.Display(series), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(series.Key.ToString(), text, StringComparison.OrdinalIgnoreCase)
                || series.Aliases.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                return series.Id;
            }
        }

        return null;
    }

    /// <summary>The body of a feedback request.</summary>
    /// <param name="Verdict">not_anomaly or confirmed.</param>
    /// <param name="Comment">Optional free text.</param>
    internal sealed record FeedbackRequest(string? Verdict, string? Comment);
}
