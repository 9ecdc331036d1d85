using Microsoft.Extensions.Options;
using Nunchi.Core.Ingest.LineProtocol;
using Nunchi.Engine;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;

namespace Nunchi.Server.Ingest;

/// <summary>
/// InfluxDB-compatible writes: Telegraf's <c>outputs.influxdb</c> (v1) and <c>outputs.influxdb_v2</c> work unchanged.
/// </summary>
/// <remarks>
/// Semantics follow InfluxDB: valid lines are stored even when others are bad, and the answer is then 400 naming
/// each bad line and why (Telegraf drops such a batch instead of retrying it forever). A request is answered only
/// once its points are durable. When analysis is behind, the whole request is refused with 503 (v1) or 429 (v2)
/// and <c>Retry-After</c>, and nothing of it is stored, so the client's retry does not duplicate anything.
/// Nunchi keeps one namespace: <c>db</c>, <c>rp</c>, <c>bucket</c> and <c>org</c> are accepted and not used.
/// </remarks>
internal static class InfluxWriteEndpoints
{
    public static void MapInfluxWrite(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        var write = new TokenFilter(Access.Write, options);
        app.MapPost("/write", (HttpContext context, EngineHost host, TimeProvider time) => WriteAsync(context, host, options.Value, time, WriteDialect.V1))
            .AddEndpointFilter(write).WithTags("Ingest").WithSummary("InfluxDB 1.x line protocol write");
        app.MapPost("/api/v2/write", (HttpContext context, EngineHost host, TimeProvider time) => WriteAsync(context, host, options.Value, time, WriteDialect.V2))
            .AddEndpointFilter(write).WithTags("Ingest").WithSummary("InfluxDB 2.x line protocol write");
    }

    private static async Task<IResult> WriteAsync(HttpContext context, EngineHost host, NunchiServerOptions settings, TimeProvider time, WriteDialect dialect)
    {
        var request = context.Request;
        string? precisionText = request.Query["precision"];
        bool v2Spelling = string.IsNullOrEmpty(precisionText) || precisionText is "ns" or "us" or "ms" or "s";
        if (!TimestampPrecisions.TryParse(precisionText, out var precision) || (dialect == WriteDialect.V2 && !v2Spelling))
        {
            return InfluxErrors.Invalid(dialect, $"invalid precision '{precisionText}': expected {(dialect == WriteDialect.V1 ? "n, u, ms, s, m or h" : "ns, us, ms or s")}");
        }

        RequestBody body;
        try
        {
            body = await RequestBody.ReadAsync(request, settings.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return InfluxErrors.Invalid(dialect, "the body is marked Content-Encoding: gzip but is not valid gzip");
        }

        using (body)
        {
            if (body.TooLarge)
            {
                return InfluxErrors.TooLarge(dialect, settings.MaxBodyBytes);
            }

            var engine = host.Engine;
            using var batch = engine.NewLineProtocolBatch(body.Length / 24);
            LineProtocolParser.Parse(body.Span, precision, time.GetUtcNow().ToUnixTimeMilliseconds(), settings.MaxLineBytes, batch);
            var status = await engine.IngestAsync(batch.Points, context.RequestAborted).ConfigureAwait(false);
            if (status == IngestStatus.Busy)
            {
                return InfluxErrors.Busy(dialect);
            }

            if (batch.RejectedLines > 0)
            {
                engine.Metrics.Rejected(batch.RejectedLines);
                return InfluxErrors.PartialWrite(dialect, batch);
            }

            return TypedResults.NoContent();
        }
    }
}
