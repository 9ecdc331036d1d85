using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;

namespace Nunchi.Server.Ingest;

/// <summary>
/// The few InfluxDB read endpoints tools probe: <c>/ping</c>, <c>/health</c>, and <c>/query</c> for
/// <c>CREATE DATABASE</c> (accepted, Nunchi keeps one namespace) and <c>SELECT count(*) FROM m</c> (how load
/// tools verify what was stored). Everything else is answered by <c>/api/v1</c>.
/// </summary>
internal static partial class InfluxQueryEndpoints
{
    public static void MapInfluxQuery(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapMethods("/ping", ["GET", "HEAD"], (HttpContext context) =>
        {
            context.Response.Headers["X-Influxdb-Version"] = "nunchi";
            return TypedResults.NoContent();
        }).WithTags("Ingest").ExcludeFromDescription();
        app.MapGet("/health", () => TypedResults.Ok(new HealthBody("nunchi", "pass", "ready for queries and writes")))
            .WithTags("Ingest").ExcludeFromDescription();
        var read = new TokenFilter(Access.Read, options);
        app.MapMethods("/query", ["GET", "POST"], (HttpContext context, EngineHost host) => Query(context, host))
            .AddEndpointFilter(read).WithTags("Ingest").WithSummary("InfluxQL subset: CREATE DATABASE and SELECT count(*) FROM measurement");
    }

    private static async Task<IResult> Query(HttpContext context, EngineHost host)
    {
        string? q = context.Request.Query["q"];
        if (string.IsNullOrEmpty(q) && context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            q = form["q"];
        }

        q = q?.Trim() ?? "";
        if (CreateDatabase().IsMatch(q))
        {
            return TypedResults.Ok(new QueryBody([new StatementResult(0, null)]));
        }

        var count = CountAll().Match(q);
        if (!count.Success)
        {
            return TypedResults.Json(
                new QueryError($"Nunchi answers only 'CREATE DATABASE name' and 'SELECT count(*) FROM measurement' here; use /api/v1 for queries (got '{q}')"),
                statusCode: StatusCodes.Status400BadRequest);
        }

        string measurement = count.Groups["m"].Value;
        var engine = host.Engine;
        var fields = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var series in engine.Catalog.All())
        {
            if (series.Key.Measurement == measurement)
            {
                fields[series.Key.Field] = fields.GetValueOrDefault(series.Key.Field) + engine.Points.Extent(series.Id).Count;
            }
        }

        if (fields.Count == 0)
        {
            return TypedResults.Ok(new QueryBody([new StatementResult(0, null)]));
        }

        var columns = new List<string> { "time" };
        var values = new List<object> { "1970-01-01T00:00:00Z" };
        foreach (var (field, n) in fields)
        {
            columns.Add("count_" + field);
            values.Add(n);
        }

        return TypedResults.Ok(new QueryBody([new StatementResult(0, [new QuerySeries(measurement, columns, [values])])]));
    }

    [GeneratedRegex("""^CREATE\s+DATABASE\s+"?[^"\s;]+"?\s*;?$""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateDatabase();

    [GeneratedRegex("""^SELECT\s+count\(\s*\*\s*\)\s+FROM\s+"?(?<m>[^"\s;]+)"?\s*;?$""", RegexOptions.IgnoreCase)]
    private static partial Regex CountAll();

    private sealed record HealthBody(string Name, string Status, string Message);

    private sealed record QueryBody(List<StatementResult> Results);

    private sealed record StatementResult(int Statement_id, List<QuerySeries>? Series);

    private sealed record QuerySeries(string Name, List<string> Columns, List<List<object>> Values);

    private sealed record QueryError(string Error);
}
