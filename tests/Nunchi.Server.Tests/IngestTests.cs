using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Nunchi.Server.Tests;

public sealed class IngestTests
{
    [Fact]
    public async Task Write_V1LineProtocol_StoredListedAndCounted()
    {
        await using var server = await TestServer.StartAsync();

        using var response = await server.WriteAsync(LineProtocolData.Lines("m1", 0, 300), "/write?db=test&precision=s");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await server.FlushAsync();
        var series = await server.GetJsonAsync("/api/v1/series?measurement=sensor");
        series.GetArrayLength().ShouldBe(1);
        series[0].GetProperty("key").GetString().ShouldBe("sensor,machine=m1 temperature");
        series[0].GetProperty("points").GetInt64().ShouldBe(300);
        var count = await server.GetJsonAsync("/query?db=test&q=SELECT%20count(*)%20FROM%20sensor");
        count.GetProperty("results")[0].GetProperty("series")[0].GetProperty("values")[0][1].GetInt64().ShouldBe(300);
    }

    [Fact]
    public async Task Write_V2WithToken_AcceptedOnlyWithTheToken()
    {
        await using var server = await TestServer.StartAsync(o => o.WriteToken = "secret-w");
        string lines = LineProtocolData.Lines("m1", 0, 10);

        using var without = await server.WriteAsync(lines, "/api/v2/write?bucket=b&org=o&precision=s");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/write?bucket=b&org=o&precision=s") { Content = new StringContent(lines) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", "secret-w");
        using var with = await server.Client.SendAsync(request);

        without.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        with.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Write_SomeBadLines_GoodLinesStoredAndBadOnesNamed()
    {
        await using var server = await TestServer.StartAsync();
        string body = "sensor,machine=m1 temperature=20.5 1763600000\n"
            + "sensor,machine=m1 temperature=abc 1763600010\n"
            + "sensor,machine=m1 temperature=21.5 1763600020\n";

        using var response = await server.WriteAsync(body, "/write?db=test&precision=s");
        string text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        text.ShouldContain("partial write");
        text.ShouldContain("line 2");
        text.ShouldContain("dropped=1");
        await server.FlushAsync();
        var points = await server.GetJsonAsync("/api/v1/series/1/points?from=1763599000000&to=1763601000000");
        points.GetProperty("points").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("/write?db=test&precision=fortnight", "invalid precision")]
    [InlineData("/api/v2/write?bucket=b&precision=n", "invalid precision")]
    public async Task Write_BadPrecision_400SaysWhatIsExpected(string path, string expected)
    {
        await using var server = await TestServer.StartAsync();

        using var response = await server.WriteAsync("sensor v=1 1", path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(expected);
    }

    [Fact]
    public async Task Write_BodyOverTheLimit_413AndNothingStored()
    {
        await using var server = await TestServer.StartAsync(o => o.MaxBodyBytes = 1024);

        using var response = await server.WriteAsync(LineProtocolData.Lines("m1", 0, 100), "/write?db=test&precision=s");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await server.GetJsonAsync("/api/v1/series")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Write_GzipBody_Stored()
    {
        await using var server = await TestServer.StartAsync();
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(LineProtocolData.Lines("m1", 0, 50)));
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentEncoding.Add("gzip");
        using var response = await server.Client.PostAsync(new Uri("/write?db=t&precision=s", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await server.FlushAsync();
        (await server.GetJsonAsync("/api/v1/series/1"))
            .GetProperty("points").GetInt64().ShouldBe(50);
    }

    [Fact]
    public async Task Write_UnicodeTagsAndOutOfOrderDuplicates_StoredOncePerTimestamp()
    {
        await using var server = await TestServer.StartAsync();
        string body = "설비,공장=1호기 온도=20 1763600020\n설비,공장=1호기 온도=21 1763600000\n설비,공장=1호기 온도=22 1763600010\n설비,공장=1호기 온도=23 1763600010\n";

        using var response = await server.WriteAsync(body, "/write?db=t&precision=s");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await server.FlushAsync();
        var series = await server.GetJsonAsync("/api/v1/series");
        series[0].GetProperty("key").GetString().ShouldBe("설비,공장=1호기 온도");
        var points = (await server.GetJsonAsync("/api/v1/series/1/points?from=1763599000000&to=1763601000000")).GetProperty("points");
        points.GetArrayLength().ShouldBe(3);
        points[1].GetProperty("last").GetDouble().ShouldBe(23); // The last write of a timestamp wins.
    }

    [Fact]
    public async Task Points_JsonWithOneBadPoint_OthersStoredAndTheBadOneNamedByIndexAndField()
    {
        await using var server = await TestServer.StartAsync();
        var body = new
        {
            points = new object[]
            {
                new { measurement = "room", tags = new { floor = "2" }, field = "temp", time = "2026-11-20T09:00:00Z", value = 21.5 },
                new { measurement = "room", tags = new { floor = "2" }, field = "temp", time = "2026-11-20T09:00:10Z", value = "warm" },
                new { measurement = "room", tags = new { floor = "2" }, field = "temp", time = 1763629220000, value = 21.7 },
            },
        };

        using var response = await server.PostJsonAsync("/api/v1/points", body);
        string text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        text.ShouldContain("\"accepted\":2");
        text.ShouldContain("\"index\":1");
        text.ShouldContain("\"field\":\"value\"");
    }

    [Fact]
    public async Task Import_Csv_StoredAsOneSeriesPerColumn()
    {
        await using var server = await TestServer.StartAsync();
        using var content = new StringContent("time,temp,rpm\n2026-11-20T09:00:00Z,21.5,1200\n2026-11-20T09:00:10Z,21.6,1210\n");

        using var response = await server.Client.PostAsync(new Uri("/api/v1/import?measurement=pump", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await server.FlushAsync();
        var series = await server.GetJsonAsync("/api/v1/series?measurement=pump");
        series.GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Import_CsvWithABadNumber_ErrorNamesLineAndColumn()
    {
        await using var server = await TestServer.StartAsync();
        using var content = new StringContent("time,temp\n2026-11-20T09:00:00Z,21.5\n2026-11-20T09:00:10Z,hot\n");

        using var response = await server.Client.PostAsync(new Uri("/api/v1/import?measurement=pump", UriKind.Relative), content);
        string text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        text.ShouldContain("request body:3:22"); // line 3, column 22
        text.ShouldContain("expected a number");
    }
}
