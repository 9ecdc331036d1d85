using System.Net;
using System.Text.Json;

namespace Nunchi.Server.Tests;

public sealed class FindingTests
{
    private const int SpikeAt = 700;

    [Fact]
    public async Task Findings_SpikeWritten_FoundWithNarrativesInBothLanguages()
    {
        await using var server = await TestServer.StartAsync();

        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800, SpikeAt), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        var english = await server.GetJsonAsync("/api/v1/findings?kind=spike&lang=en");
        var korean = await server.GetJsonAsync("/api/v1/findings?kind=spike&lang=ko");
        var spike = english.EnumerateArray().Single();
        korean.GetArrayLength().ShouldBe(1);
        spike.GetProperty("peak").GetDateTimeOffset().ToUnixTimeSeconds().ShouldBe(LineProtocolData.StartSeconds + (SpikeAt * 10));
        spike.GetProperty("actual").GetDouble().ShouldBe(LineProtocolData.Value(SpikeAt, SpikeAt), 0.01);
        spike.GetProperty("narrative").GetString()!.ShouldContain("spike", Case.Insensitive);
        korean[0].GetProperty("narrative").GetString()!.ShouldContain("급등");
    }

    [Fact]
    public async Task Feedback_NotAnomaly_StoredAndShownOnTheFinding()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800, SpikeAt), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();
        long id = (await server.GetJsonAsync("/api/v1/findings?kind=spike"))[0].GetProperty("id").GetInt64();

        using var response = await server.PostJsonAsync($"/api/v1/findings/{id}/feedback", new { verdict = "not_anomaly", comment = "calibration" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await server.GetJsonAsync($"/api/v1/findings/{id}")).GetProperty("feedback").GetString().ShouldBe("not_anomaly");
    }

    [Fact]
    public async Task Feedback_NotAnomaly_ASimilarLaterSpikeIsDamped()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800, SpikeAt), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();
        long id = (await server.GetJsonAsync("/api/v1/findings?kind=spike"))[0].GetProperty("id").GetInt64();
        (await server.PostJsonAsync($"/api/v1/findings/{id}/feedback", new { verdict = "not_anomaly" })).EnsureSuccessStatusCode();

        (await server.WriteAsync(LineProtocolData.Lines("m1", 800, 800, 1500), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        var later = (await server.GetJsonAsync("/api/v1/findings")).EnumerateArray()
            .Where(f => f.GetProperty("peak").GetDateTimeOffset().ToUnixTimeSeconds() == LineProtocolData.StartSeconds + 15_000)
            .ToList();
        if (later.Count > 0)
        {
            later[0].GetProperty("facts").GetProperty("dampedByFeedback").GetBoolean().ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData("{\"verdict\":\"maybe\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"verdict\":\"confirmed\"}", HttpStatusCode.NotFound)]
    public async Task Feedback_BadVerdictOrUnknownFinding_ClearError(string body, HttpStatusCode expected)
    {
        await using var server = await TestServer.StartAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync(new Uri("/api/v1/findings/999/feedback", UriKind.Relative), content);

        response.StatusCode.ShouldBe(expected);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Findings_BadQueryParameters_400NamesTheParameter()
    {
        await using var server = await TestServer.StartAsync();

        using var kind = await server.Client.GetAsync(new Uri("/api/v1/findings?kind=explosion", UriKind.Relative));
        using var from = await server.Client.GetAsync(new Uri("/api/v1/findings?from=yesterdayish", UriKind.Relative));

        kind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await kind.Content.ReadAsStringAsync()).ShouldContain("level_shift");
        from.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await from.Content.ReadAsStringAsync()).ShouldContain("from 'yesterdayish'");
    }

    [Fact]
    public async Task Live_SpikeWritten_ArrivesAsServerSentEvent()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 690), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();
        using var stream = await server.Client.GetStreamAsync(new Uri("/api/v1/live?lang=en", UriKind.Relative));
        using var reader = new StreamReader(stream);
        (await reader.ReadLineAsync())!.ShouldStartWith(":"); // The stream is open.

        (await server.WriteAsync(LineProtocolData.Lines("m1", 690, 110, SpikeAt), "/write?db=t&precision=s")).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? data = null;
        while (data is null)
        {
            string line = (await reader.ReadLineAsync(timeout.Token))!;
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
        }

        JsonDocument.Parse(data).RootElement.GetProperty("kind").GetString().ShouldBe("spike");
    }

    [Fact]
    public async Task Restart_SameDataDirectory_PointsAndFindingsKeptAndNotDuplicated()
    {
        string directory;
        int findingsBefore;
        await using (var first = await TestServer.StartAsync())
        {
            first.OwnsDirectory = false;
            directory = first.DataDirectory;
            (await first.WriteAsync(LineProtocolData.Lines("m1", 0, 800, SpikeAt), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
            await first.FlushAsync();
            findingsBefore = (await first.GetJsonAsync("/api/v1/findings")).GetArrayLength();
        }

        await using var second = await TestServer.StartAsync(dataDirectory: directory);
        second.OwnsDirectory = true;
        await second.FlushAsync();

        (await second.GetJsonAsync("/api/v1/series/1")).GetProperty("points").GetInt64().ShouldBe(800);
        findingsBefore.ShouldBeGreaterThan(0);
        (await second.GetJsonAsync("/api/v1/findings")).GetArrayLength().ShouldBe(findingsBefore);
    }
}
