using Microsoft.Extensions.Options;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;

namespace Nunchi.Server.Api;

/// <summary><c>/api/v1/series/{id}/aliases</c>: names people give a series (<c>메인 프레스</c>), which questions then understand.</summary>
internal static class SeriesAliasEndpoints
{
    /// <summary>The longest alias accepted, in characters.</summary>
    public const int MaxAliasLength = 100;

    public static void MapSeriesAliases(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        var group = app.MapGroup("/api/v1/series/{id:int}/aliases").WithTags("Series").AddEndpointFilter(new TokenFilter(Access.Write, options));
        group.MapPost("/", Add)
            .WithSummary("Add an alias to a series: {\"alias\": \"메인 프레스 진동\"}; kept in the catalog, understood by /api/v1/ask; returns the series")
            .Produces<SeriesDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{alias}", Remove)
            .WithSummary("Remove an alias from a series; returns the series")
            .Produces<SeriesDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Add(int id, AliasRequest? body, EngineHost host)
    {
        var engine = host.Engine;
        if (engine.Catalog.ById(id) is null)
        {
            return ApiProblems.NotFound($"there is no series {id}; GET /api/v1/series lists them");
        }

        string? alias = body?.Alias?.Trim();
        if (Invalid(alias) is { } reason)
        {
            return ApiProblems.BadRequest($"alias '{body?.Alias}' is not valid: {reason}");
        }

        engine.Catalog.AddAliases(id, [alias!]);
        return TypedResults.Ok(ApiMapper.ToDto(engine.Catalog.ById(id)!, engine.Points.Extent(id)));
    }

    private static IResult Remove(int id, string alias, EngineHost host)
    {
        var engine = host.Engine;
        if (engine.Catalog.ById(id) is null)
        {
            return ApiProblems.NotFound($"there is no series {id}; GET /api/v1/series lists them");
        }

        return engine.Catalog.RemoveAlias(id, alias)
            ? TypedResults.Ok(ApiMapper.ToDto(engine.Catalog.ById(id)!, engine.Points.Extent(id)))
            : ApiProblems.NotFound($"series {id} has no alias '{alias}'");
    }

    // An alias is a name: not empty, not too long, no control characters or slashes (it is a path segment to remove),
    // and not a bare number (that would read as a series id where a series may be given by id or name).
    private static string? Invalid(string? alias) => alias switch
    {
        null or "" => "expected {\"alias\": \"a name\"} with a non-empty name",
        { Length: > MaxAliasLength } => $"expected at most {MaxAliasLength} characters",
        _ when alias.Any(char.IsControl) => "expected no control characters",
        _ when alias.Contains('/', StringComparison.Ordinal) => "expected no '/'",
        _ when alias.All(char.IsAsciiDigit) => "expected a name, not a number (numbers are series ids)",
        _ => null,
    };

    /// <summary>The body of an alias request.</summary>
    /// <param name="Alias">The name to add.</param>
    internal sealed record AliasRequest(string? Alias);
}
