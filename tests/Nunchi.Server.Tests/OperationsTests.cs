using System.Net;
using Nunchi.Server.Alerts;

namespace Nunchi.Server.Tests;

public sealed class OperationsTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/ping")]
    public async Task Endpoint_Running_Succeeds(string path)
    {
        await using var server = await TestServer.StartAsync();

        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task Metrics_AfterWrites_CountsPointsInPrometheusFormat()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 100), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        string text = await server.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        text.ShouldContain("# TYPE nunchi_points_accepted_total counter");
        text.ShouldContain("nunchi_points_accepted_total 100");
        text.ShouldContain("nunchi_points_analysed_total 100");
        text.ShouldContain("nunchi_analysis_latency_seconds_bucket{le=\"+Inf\"}");
        text.ShouldContain("dotnet_gc_heap_bytes{generation=\"loh\"}");
        text.ShouldContain("dotnet_gc_committed_bytes ");
    }

    [Fact]
    public void Build_NonLoopbackWithoutTokens_Refused()
    {
        var error = Should.Throw<InvalidOperationException>(() => NunchiServer(["--urls", "http://0.0.0.0:0"]));

        error.Message.ShouldContain("without tokens");
    }

    [Fact]
    public async Task Read_WithReadTokenConfigured_NeedsAToken()
    {
        await using var server = await TestServer.StartAsync(o => o.ReadToken = "r");

        using var without = await server.Client.GetAsync(new Uri("/api/v1/series", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/series");
        request.Headers.Authorization = new("Bearer", "r");
        using var with = await server.Client.SendAsync(request);

        without.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        with.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void WebhookSignature_SignedBody_VerifiesAndATamperedOneDoesNot()
    {
        byte[] body = "{\"type\":\"finding\"}"u8.ToArray();

        string signature = WebhookSignature.Sign(body, "s3cret");

        signature.ShouldStartWith("sha256=");
        WebhookSignature.Verify(body, "s3cret", signature).ShouldBeTrue();
        WebhookSignature.Verify("{\"type\":\"other\"}"u8, "s3cret", signature).ShouldBeFalse();
    }

    private static WebApplication NunchiServer(string[] args) => Hosting.NunchiServer.Build(args);
}
