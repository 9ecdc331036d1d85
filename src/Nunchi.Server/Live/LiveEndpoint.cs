using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Nunchi.Server.Api;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;
using Nunchi.Storage;

namespace Nunchi.Server.Live;

/// <summary>
/// <c>GET /api/v1/live</c>: new and changed findings as server-sent events, as they are stored; with <c>series</c>,
/// also the new points of those series.
/// </summary>
internal static class LiveEndpoint
{
    /// <summary>How often a comment line is sent when nothing happens, so proxies keep the connection open.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>How often queued points are sent: a chart needs no more than a few frames a second.</summary>
    private static readonly TimeSpan PointInterval = TimeSpan.FromMilliseconds(500);

    private const int MaxSeries = 64;

    public static void MapLive(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapGet("/api/v1/live", StreamAsync).AddEndpointFilter(new TokenFilter(Access.Read, options)).WithTags("Findings")
            .WithSummary("Server-sent events: 'finding' events carry a finding as JSON (filter with minSeverity, lang, tz); with series=ID "
                + "(repeatable, at most 64) also 'points' events, {seriesId, t: [Unix ms], v: [values]}, at most twice a second");
    }

    private static string? SeriesError(ISeriesCatalog catalog, int[]? series)
    {
        if (series is { Length: > MaxSeries })
        {
            return $"series is given {series.Length} times: at most {MaxSeries} series can be followed on one connection";
        }

        foreach (int id in series ?? [])
        {
            if (catalog.ById(id) is null)
            {
                return $"there is no series {id}; GET /api/v1/series lists them";
            }
        }

        return null;
    }

    private static async Task StreamAsync(HttpContext http, EngineHost host, PointFeed pointFeed, IOptions<JsonOptions> json, double? minSeverity, int[]? series)
    {
        var context = ApiContext.From(http.Request, out string? error);
        var engine = host.Engine;
        error ??= SeriesError(engine.Catalog, series);
        if (context is null || error is not null)
        {
            await ApiProblems.BadRequest(error!).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        using var findings = engine.Feed.Subscribe();
        using var points = series is { Length: > 0 } ? pointFeed.Subscribe(engine.Points, series) : null;
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync(": nunchi live findings\n\n", http.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        var reader = findings.Findings;
        var options = json.Value.SerializerOptions;
        long lastWrite = Stopwatch.GetTimestamp();
        try
        {
            while (!http.RequestAborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                wait.CancelAfter(points is null ? Heartbeat : PointInterval);
                bool more = true;
                try
                {
                    more = await reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
                {
                    // Time to send points, or a heartbeat.
                }

                if (!more)
                {
                    return;
                }

                bool wrote = false;
                while (reader.TryRead(out var stored))
                {
                    if (stored.Finding.Severity < (minSeverity ?? 0))
                    {
                        continue;
                    }

                    string data = JsonSerializer.Serialize(ApiMapper.ToDto(stored, engine, context), options);
                    await response.WriteAsync($"id: {stored.Id}\nevent: finding\ndata: {data}\n\n", http.RequestAborted).ConfigureAwait(false);
                    wrote = true;
                }

                if (points is not null)
                {
                    foreach (var batch in LivePoints.Drain(points.Points))
                    {
                        await response.WriteAsync($"event: points\ndata: {JsonSerializer.Serialize(batch, options)}\n\n", http.RequestAborted).ConfigureAwait(false);
                        wrote = true;
                    }
                }

                if (!wrote && Stopwatch.GetElapsedTime(lastWrite) >= Heartbeat)
                {
                    await response.WriteAsync(": heartbeat\n\n", http.RequestAborted).ConfigureAwait(false);
                    wrote = true;
                }

                if (wrote)
                {
                    lastWrite = Stopwatch.GetTimestamp();
                    await response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
    }
}
