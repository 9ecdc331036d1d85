using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Nunchi.Core.Series;
using Nunchi.Engine;
using Nunchi.Server.Api;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;
using Nunchi.Storage;

namespace Nunchi.Server.Ingest;

/// <summary>
/// <c>POST /api/v1/points</c>: points as JSON, <c>{"points": [{"measurement": "m", "tags": {"k": "v"}, "field": "f",
/// "time": "2026-11-20T09:00:00Z" or Unix ms, "value": 1.5}]}</c> (or the bare array). Valid points are stored even
/// when others are not; the answer names each bad point by index and field.
/// </summary>
internal static class JsonPointsEndpoint
{
    private const int MaxReportedErrors = 50;

    public static void MapJsonPoints(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapPost("/api/v1/points", (HttpContext context, EngineHost host, TimeProvider time) => WriteAsync(context, host, options.Value, time))
            .AddEndpointFilter(new TokenFilter(Access.Write, options)).WithTags("Ingest")
            .WithSummary("Write points as JSON; field defaults to 'value', time to now");
    }

    private static async Task<IResult> WriteAsync(HttpContext context, EngineHost host, NunchiServerOptions settings, TimeProvider time)
    {
        using var body = await RequestBody.ReadAsync(context.Request, settings.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body.TooLarge)
        {
            return TypedResults.Problem(detail: $"the body is larger than {settings.MaxBodyBytes} bytes; send smaller batches", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Memory);
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest($"the body is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var array = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("points", out var inner) ? inner : root;
            if (array.ValueKind != JsonValueKind.Array)
            {
                return ApiProblems.BadRequest("expected {\"points\": [...]} or an array of points");
            }

            var engine = host.Engine;
            long now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var points = new List<StoredPoint>(array.GetArrayLength());
            var errors = new List<PointError>();
            int index = 0;
            foreach (var element in array.EnumerateArray())
            {
                string? problem = TryRead(element, engine, now, out var point, out string where);
                if (problem is null)
                {
                    points.Add(point);
                }
                else if (errors.Count < MaxReportedErrors)
                {
                    errors.Add(new PointError(index, where, problem));
                }

                index++;
            }

            var status = await engine.IngestAsync(points.ToArray(), context.RequestAborted).ConfigureAwait(false);
            if (status == IngestStatus.Busy)
            {
                context.Response.Headers.RetryAfter = "1";
                return TypedResults.Problem(detail: "analysis is behind: nothing of this request was stored; retry after 1 s", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            int rejected = index - points.Count;
            if (rejected == 0)
            {
                return TypedResults.Ok(new WriteSummary(points.Count, 0, null));
            }

            engine.Metrics.Rejected(rejected);
            return TypedResults.Json(new WriteSummary(points.Count, rejected, errors), statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static string? TryRead(JsonElement element, NunchiEngine engine, long now, out StoredPoint point, out string where)
    {
        point = default;
        where = "";
        if (element.ValueKind != JsonValueKind.Object)
        {
            return "expected an object with measurement, field, time and value";
        }

        where = "measurement";
        if (!element.TryGetProperty("measurement", out var m) || m.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(m.GetString()))
        {
            return "expected a non-empty string";
        }

        where = "field";
        string field = "value";
        if (element.TryGetProperty("field", out var f))
        {
            if (f.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(f.GetString()))
            {
                return "expected a non-empty string";
            }

            field = f.GetString()!;
        }

        where = "tags";
        var tags = new List<KeyValuePair<string, string>>();
        if (element.TryGetProperty("tags", out var t))
        {
            if (t.ValueKind != JsonValueKind.Object)
            {
                return "expected an object of string values";
            }

            foreach (var tag in t.EnumerateObject())
            {
                if (tag.Value.ValueKind != JsonValueKind.String || tag.Name.Length == 0)
                {
                    return $"tag '{tag.Name}': expected a non-empty key and a string value";
                }

                tags.Add(new(tag.Name, tag.Value.GetString()!));
            }
        }

        where = "time";
        long timestamp = now;
        if (element.TryGetProperty("time", out var time))
        {
            if (time.ValueKind == JsonValueKind.Number && time.TryGetInt64(out long ms))
            {
                timestamp = ms;
            }
            else if (time.ValueKind != JsonValueKind.String
                || !DateTimeOffset.TryParse(time.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return "expected ISO 8601 text or Unix milliseconds";
            }
            else
            {
                timestamp = parsed.ToUnixTimeMilliseconds();
            }
        }

        where = "value";
        if (!element.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            return "expected a finite number";
        }

        var key = new SeriesKey(m.GetString()!, tags, field);
        if (engine.Catalog.GetOrAdd(key, out int id) == CatalogStatus.CardinalityLimit)
        {
            where = "measurement";
            return "series limit reached: a new series was not created";
        }

        point = new StoredPoint(id, timestamp, value);
        return null;
    }

    private sealed record PointError(int Index, string Field, string Reason);

    private sealed record WriteSummary(int Accepted, int Rejected, List<PointError>? Errors);
}
