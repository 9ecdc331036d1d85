using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Nunchi.Server.Alerts;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Tests;

public sealed class WebhookTests
{
    [Fact]
    public async Task Webhook_SpikeFound_PostedSignedWithNarrative()
    {
        var received = new TaskCompletionSource<(byte[] Body, string? Signature)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiverBuilder = WebApplication.CreateBuilder();
        receiverBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = receiverBuilder.Build();
        int calls = 0;
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);

            // The first delivery fails: the dispatcher must retry.
            if (Interlocked.Increment(ref calls) == 1)
            {
                return Results.StatusCode(503);
            }

            received.TrySetResult((buffer.ToArray(), request.Headers[WebhookSignature.Header]));
            return Results.Ok();
        });
        await receiver.StartAsync();
        WebhookDispatcher.FirstRetryDelay = TimeSpan.FromMilliseconds(50);
        await using var server = await TestServer.StartAsync(o => o.Webhooks.Add(new WebhookOptions { Url = receiver.Urls.First() + "/hook", Secret = "k", Language = "ko" }));

        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800, 700), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        var (body, signature) = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));

        WebhookSignature.Verify(body, "k", signature).ShouldBeTrue();
        var finding = JsonDocument.Parse(body).RootElement.GetProperty("finding");
        finding.GetProperty("kind").GetString().ShouldBe("spike");
        finding.GetProperty("narrative").GetString()!.ShouldContain("급등");
        calls.ShouldBeGreaterThanOrEqualTo(2);
    }
}
