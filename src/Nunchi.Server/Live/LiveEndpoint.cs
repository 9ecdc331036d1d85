using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Nunchi.Server.Api;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;

namespace Nunchi.Server.Live;

/// <summary><c>GET /api/v1/live</c>: new and changed findings as server-sent events, as they are stored.</summary>
internal static class LiveEndpoint
{
    /// <summary>How often a comment line is sent when nothing happens, so proxies keep the connection open.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static void MapLive(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapGet("/api/v1/live", StreamAsync).AddEndpointFilter(new TokenFilter(Access.Read, options)).WithTags("Findings")
            .WithSummary("Server-sent events: 'finding' events carry a finding as JSON (filter with minSeverity, lang, tz)");
    }

    private static async Task StreamAsync(HttpContext http, EngineHost host, IOptions<JsonOptions> json, double? minSeverity)
    {
        var context = ApiContext.From(http.Request, out string? error);
        if (context is null)
        {
            await ApiProblems.BadRequest(error!).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var engine = host.Engine;
        using var subscription = engine.Feed.Subscribe();
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync(": nunchi live findings\n\n", http.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        var reader = subscription.Findings;
        try
        {
            while (!http.RequestAborted.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                beat.CancelAfter(Heartbeat);
                bool more;
                try
                {
                    more = await reader.WaitToReadAsync(beat.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
                {
                    await response.WriteAsync(": heartbeat\n\n", http.RequestAborted).ConfigureAwait(false);
                    await response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
                    continue;
                }

                if (!more)
                {
                    return;
                }

                while (reader.TryRead(out var stored))
                {
                    if (stored.Finding.Severity < (minSeverity ?? 0))
                    {
                        continue;
                    }

                    string data = JsonSerializer.Serialize(ApiMapper.ToDto(stored, engine, context), json.Value.SerializerOptions);
                    await response.WriteAsync($"id: {stored.Id}\nevent: finding\ndata: {data}\n\n", http.RequestAborted).ConfigureAwait(false);
                }

                await response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
    }
}
