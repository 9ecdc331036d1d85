using Microsoft.Extensions.Options;
using Nunchi.Core.Ingest;
using Nunchi.Engine.Ingest;
using Nunchi.Server.Api;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;

namespace Nunchi.Server.Ingest;

/// <summary>
/// <c>POST /api/v1/import</c>: a CSV body (header row, a time column, value columns) stored and analysed; each
/// value column becomes the series <c>measurement COLUMN</c>.
/// </summary>
internal static class CsvImportEndpoint
{
    public static void MapCsvImport(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapPost("/api/v1/import", ImportAsync).AddEndpointFilter(new TokenFilter(Access.Write, options)).WithTags("Ingest")
            .WithSummary("Import CSV: ?measurement=NAME&timeColumn=&valueColumn=(repeatable)&tz=IANA");
    }

    private static async Task<IResult> ImportAsync(HttpContext context, EngineHost host, IOptions<NunchiServerOptions> options, string? measurement, string? timeColumn, string? tz)
    {
        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrEmpty(tz) && !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out zone))
        {
            return ApiProblems.BadRequest($"tz '{tz}' is not a known time zone: expected an IANA name such as Asia/Seoul");
        }

        using var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body.TooLarge)
        {
            return TypedResults.Problem(detail: $"the body is larger than {options.Value.MaxBodyBytes} bytes; use `nunchi import` for big files", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var readOptions = new CsvReadOptions
        {
            TimeColumn = string.IsNullOrEmpty(timeColumn) ? null : timeColumn,
            ValueColumns = [.. context.Request.Query["valueColumn"].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)],
            TimeZone = zone,
        };
        using var stream = new MemoryStream(body.Memory.ToArray(), writable: false);
        var result = await CsvImporter.ImportAsync(host.Engine, stream, "request body", string.IsNullOrEmpty(measurement) ? "import" : measurement, readOptions, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        return result.Error is null
            ? TypedResults.Ok(result)
            : TypedResults.Json(result, statusCode: StatusCodes.Status400BadRequest);
    }
}
