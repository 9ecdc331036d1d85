using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Nunchi.Core.Language;
using Nunchi.Server.Api;
using Nunchi.Server.Hosting;
using Nunchi.Storage;

namespace Nunchi.Server.Alerts;

/// <summary>
/// Posts every new finding to each configured webhook as JSON (the finding with its narrative), signed with
/// HMAC-SHA256 when a secret is set, retrying failures with exponential backoff.
/// </summary>
/// <remarks>
/// Each webhook has its own queue, so a slow or dead receiver delays only itself. Findings are sent when they
/// open and again when they close (<c>isOpen</c> tells which); a receiver deduplicates on <c>id</c>.
/// </remarks>
internal sealed partial class WebhookDispatcher(
    EngineHost host,
    IOptions<NunchiServerOptions> options,
    IOptions<JsonOptions> json,
    IHttpClientFactory clients,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    /// <summary>The first retry waits this long; each further one twice as long.</summary>
    internal static TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hooks = options.Value.Webhooks.Where(h => !string.IsNullOrWhiteSpace(h.Url)).ToList();
        if (hooks.Count == 0)
        {
            return;
        }

        while (!host.Ready)
        {
            await Task.Delay(50, stoppingToken).ConfigureAwait(false);
        }

        await Task.WhenAll(hooks.Select(hook => RunAsync(hook, stoppingToken))).ConfigureAwait(false);
    }

    private async Task RunAsync(WebhookOptions hook, CancellationToken stoppingToken)
    {
        using var subscription = host.Engine.Feed.Subscribe(capacity: 10_000);
        var context = new ApiContext(hook.Language == "ko" ? NarrativeLanguage.Korean : NarrativeLanguage.English, TimeZoneInfo.Utc);
        var client = clients.CreateClient("webhooks");
        try
        {
            await foreach (var stored in subscription.Findings.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (stored.Finding.Severity >= hook.MinSeverity)
                {
                    await DeliverAsync(client, hook, stored, context, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task DeliverAsync(HttpClient client, WebhookOptions hook, StoredFinding stored, ApiContext context, CancellationToken stoppingToken)
    {
        var payload = new WebhookPayload("finding", ApiMapper.ToDto(stored, host.Engine, context));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(payload, json.Value.SerializerOptions);
        var delay = FirstRetryDelay;
        for (int attempt = 1; attempt <= hook.MaxAttempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (!string.IsNullOrEmpty(hook.Secret))
                {
                    request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, hook.Secret));
                }

                request.Headers.Add("X-Nunchi-Delivery", $"{stored.Id}-{attempt}");
                using var response = await client.SendAsync(request, stoppingToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                LogFailed(hook.Url, stored.Id, attempt, $"HTTP {(int)response.StatusCode}");
            }
            catch (HttpRequestException e)
            {
                LogFailed(hook.Url, stored.Id, attempt, e.Message);
            }
            catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(hook.Url, stored.Id, attempt, "timed out");
            }

            if (attempt < hook.MaxAttempts)
            {
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay *= 2;
            }
        }

        LogGaveUp(hook.Url, stored.Id, hook.MaxAttempts);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Url}: finding {Id}, attempt {Attempt} failed: {Reason}")]
    private partial void LogFailed(string url, long id, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Url}: gave up on finding {Id} after {Attempts} attempts")]
    private partial void LogGaveUp(string url, long id, int attempts);

    private sealed record WebhookPayload(string Type, FindingDto Finding);
}
