using System.Net;
using System.Text.Json;

namespace Nunchi.Server.Tests;

/// <summary>The endpoints the dashboard reads: overview, expected band, findings of several series, related, live points.</summary>
public sealed class DashboardApiTests
{
    private const long StartMs = LineProtocolData.StartSeconds * 1000;
    private const long EndMs = StartMs + (800 * 10_000);

    [Fact]
    public async Task Overview_SpikeWritten_RowCarriesSparklineStripLastValueAndWorstFinding()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m2", 0, 800) + LineProtocolData.Lines("m1", 0, 800, 700), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        var overview = await server.GetJsonAsync($"/api/v1/overview?from={StartMs}&to={EndMs}&buckets=8&lang=en");

        overview.GetProperty("bucketMs").GetInt64().ShouldBe(1_000_000);
        var rows = overview.GetProperty("series").EnumerateArray().ToList();
        rows.Count.ShouldBe(2);
        var m1 = rows[0];
        m1.GetProperty("series").GetProperty("name").GetString().ShouldBe("m1 temperature", "the series with a finding comes first");
        m1.GetProperty("worst").GetProperty("kind").GetString().ShouldBe("spike");
        m1.GetProperty("last").GetDouble().ShouldBe(LineProtocolData.Value(799), 1e-9);
        m1.GetProperty("lastAt").GetInt64().ShouldBe(EndMs - 10_000);
        double firstMean = Enumerable.Range(0, 100).Average(i => LineProtocolData.Value(i));
        m1.GetProperty("spark")[0].GetDouble().ShouldBe(firstMean, 1e-4);
        var strip = m1.GetProperty("strip").EnumerateArray().Select(s => s.GetDouble()).ToList();
        strip[7].ShouldBeGreaterThanOrEqualTo(0.5, "the spike at point 700 is in the last bucket");
        strip.Take(7).ShouldAllBe(s => s == 0);
        rows[1].GetProperty("strip").EnumerateArray().ShouldAllBe(s => s.GetDouble() == 0);
        rows[1].TryGetProperty("worst", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Overview_TagFilter_OnlyMatchingSeries_AndABadTagIsNamed()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 50) + LineProtocolData.Lines("m2", 0, 50), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        var filtered = await server.GetJsonAsync($"/api/v1/overview?from={StartMs}&to={EndMs}&tag=machine:m2");
        using var bad = await server.Client.GetAsync(new Uri("/api/v1/overview?tag=machine", UriKind.Relative));

        filtered.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("series").GetProperty("name").GetString()).ShouldBe(["m2 temperature"]);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("expected key:value");
    }

    [Fact]
    public async Task Band_SteadySeries_BucketsLikePointsAndHoldsTheValues()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();
        long from = StartMs + 4_000_000;
        string range = $"from={from}&to={EndMs}&maxPoints=40";

        var points = await server.GetJsonAsync($"/api/v1/series/1/points?{range}");
        var band = await server.GetJsonAsync($"/api/v1/series/1/band?{range}");
        var again = await server.GetJsonAsync($"/api/v1/series/1/band?{range}");

        band.GetProperty("warmupPoints").GetInt64().ShouldBe(400, "every point before from is replayed: far fewer than the bound");
        band.GetProperty("mode").GetString().ShouldBe("gauge");
        var values = points.GetProperty("points").EnumerateArray().ToList();
        var expected = band.GetProperty("points").EnumerateArray().ToList();
        expected.Select(b => b.GetProperty("t").GetInt64()).ShouldBe(values.Select(b => b.GetProperty("t").GetInt64()));
        int inside = 0;
        for (int i = 0; i < values.Count; i++)
        {
            double lower = expected[i].GetProperty("lower").GetDouble();
            double upper = expected[i].GetProperty("upper").GetDouble();
            expected[i].GetProperty("expected").GetDouble().ShouldBeInRange(lower, upper);
            double mean = values[i].GetProperty("mean").GetDouble();
            inside += mean >= lower && mean <= upper ? 1 : 0;
        }

        inside.ShouldBe(values.Count, "a steady series stays inside its own band");
        again.GetRawText().ShouldBe(band.GetRawText(), "the same stored points give the same band");
    }

    [Theory]
    [InlineData("/api/v1/series/1/band?maxPoints=0", HttpStatusCode.BadRequest, "maxPoints 0 is out of range")]
    [InlineData("/api/v1/series/1/band?from=soon", HttpStatusCode.BadRequest, "from 'soon' is not a time")]
    [InlineData("/api/v1/series/99/band", HttpStatusCode.NotFound, "there is no series 99")]
    public async Task Band_BadRequest_OneLineReason(string path, HttpStatusCode status, string reason)
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 10), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(status);
        string body = await response.Content.ReadAsStringAsync();
        body.ShouldContain(reason);
        body.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Findings_SeveralSeries_MergedMostRecentFirst()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800, 700) + LineProtocolData.Lines("m2", 0, 800, 600) + LineProtocolData.Lines("m3", 0, 800, 650), "/write?db=t&precision=s"))
            .EnsureSuccessStatusCode();
        await server.FlushAsync();

        var both = await server.GetJsonAsync("/api/v1/findings?series=1&series=2");
        var one = await server.GetJsonAsync("/api/v1/findings?series=m2%20temperature");

        var starts = both.EnumerateArray().Select(f => f.GetProperty("start").GetDateTimeOffset()).ToList();
        both.EnumerateArray().Select(f => f.GetProperty("seriesId").GetInt32()).Distinct().Order().ShouldBe([1, 2]);
        starts.ShouldBe(starts.OrderByDescending(s => s).ToList());
        one.EnumerateArray().ShouldAllBe(f => f.GetProperty("seriesId").GetInt32() == 2);
    }

    [Fact]
    public async Task Related_Finding_OtherFieldsOfTheSourceAndFindingsAtTheSameTime()
    {
        await using var server = await TestServer.StartAsync();
        string pressure = LineProtocolData.Lines("m1", 0, 800).Replace("temperature=", "pressure=", StringComparison.Ordinal);
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800, 700) + pressure + LineProtocolData.Lines("m2", 0, 800, 701), "/write?db=t&precision=s"))
            .EnsureSuccessStatusCode();
        await server.FlushAsync();
        var spike = (await server.GetJsonAsync("/api/v1/findings?series=m1%20temperature&kind=spike"))[0];

        var related = await server.GetJsonAsync($"/api/v1/findings/{spike.GetProperty("id").GetInt64()}/related?lang=en");

        related.GetProperty("sameSource").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["m1 pressure"]);
        related.GetProperty("overlapping").EnumerateArray().Select(f => f.GetProperty("series").GetString()).ShouldContain("m2 temperature");
        related.GetProperty("overlapping").EnumerateArray().ShouldAllBe(f => f.GetProperty("seriesId").GetInt32() != spike.GetProperty("seriesId").GetInt32());
    }

    [Fact]
    public async Task Live_SeriesFollowed_NewPointsArriveAsPointsEvents()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 10), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();
        using var unknown = await server.Client.GetAsync(new Uri("/api/v1/live?series=42", UriKind.Relative));
        using var stream = await server.Client.GetStreamAsync(new Uri("/api/v1/live?series=1", UriKind.Relative));
        using var reader = new StreamReader(stream);
        (await reader.ReadLineAsync())!.ShouldStartWith(":");

        (await server.WriteAsync(LineProtocolData.Lines("m1", 10, 3), "/write?db=t&precision=s")).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var times = new List<long>();
        while (times.Count < 3)
        {
            string line = (await reader.ReadLineAsync(timeout.Token))!;
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var batch = JsonDocument.Parse(line[6..]).RootElement;
                batch.GetProperty("seriesId").GetInt32().ShouldBe(1);
                times.AddRange(batch.GetProperty("t").EnumerateArray().Select(t => t.GetInt64()));
            }
        }

        times.ShouldBe([StartMs + 100_000, StartMs + 110_000, StartMs + 120_000]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("there is no series 42");
    }

    [Theory]
    [InlineData("/", "<script type=\"module\" src=\"js/main.js\"></script>")]
    [InlineData("/lib/uplot/LICENSE", "The MIT License")]
    [InlineData("/js/strings.js", "'feedback.not_anomaly': '정상이에요'")]
    public async Task Dashboard_Files_ServedWithAScriptPolicy(string path, string content)
    {
        await using var server = await TestServer.StartAsync();

        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(content);
        string.Join(' ', response.Headers.GetValues("Content-Security-Policy")).ShouldContain("script-src 'self'");
    }
}
