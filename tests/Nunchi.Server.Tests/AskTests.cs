using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Tests;

public sealed class AskTests
{
    private const int SpikeAt = 700;

    // Just after the last of 800 points (10 s apart).
    private static readonly string Now = DateTimeOffset.FromUnixTimeSeconds(LineProtocolData.StartSeconds + 8_000).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Ask_AnomaliesQuestion_GivesTheContractWithFindingsAsTheFindingsApiDoes()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 800, SpikeAt), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        var answer = await server.GetJsonAsync($"/api/v1/ask?q={Uri.EscapeDataString("any anomalies on m1 temperature today?")}&now={Uri.EscapeDataString(Now)}&tz=UTC");

        answer.GetProperty("language").GetString().ShouldBe("en");
        answer.GetProperty("intent").GetString().ShouldBe("anomalies");
        var series = answer.GetProperty("series").EnumerateArray().Single();
        series.GetProperty("key").GetString().ShouldBe("sensor,machine=m1 temperature");
        series.GetProperty("measurement").GetString().ShouldBe("sensor");
        series.GetProperty("field").GetString().ShouldBe("temperature");
        series.GetProperty("tags").GetProperty("machine").GetString().ShouldBe("m1");
        series.GetProperty("id").GetInt32().ShouldBeGreaterThan(0);
        answer.GetProperty("from").GetDateTimeOffset().ShouldBe(DateTimeOffset.FromUnixTimeSeconds(LineProtocolData.StartSeconds - (LineProtocolData.StartSeconds % 86_400)));
        answer.GetProperty("aggregation").ValueKind.ShouldBe(JsonValueKind.Null);
        answer.GetProperty("limit").ValueKind.ShouldBe(JsonValueKind.Null);
        var spike = answer.GetProperty("answer").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "spike");
        spike.GetProperty("peak").GetDateTimeOffset().ToUnixTimeSeconds().ShouldBe(LineProtocolData.StartSeconds + (SpikeAt * 10));
        spike.GetProperty("narrative").GetString()!.ShouldContain("spiked");
        answer.GetProperty("answer").GetProperty("text").GetString()!.ShouldContain("detected on m1 temperature today");
    }

    [Fact]
    public async Task Ask_LangParameter_AnswersInThatLanguage()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 100), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();

        var answer = await server.GetJsonAsync($"/api/v1/ask?q={Uri.EscapeDataString("m1 temperature average")}&now={Uri.EscapeDataString(Now)}&lang=ko");

        answer.GetProperty("language").GetString().ShouldBe("ko");
        answer.GetProperty("aggregation").GetString().ShouldBe("mean");
        answer.GetProperty("answer").GetProperty("text").GetString()!.ShouldContain("평균");
    }

    [Theory]
    [InlineData("/api/v1/ask", "q is missing")]
    [InlineData("/api/v1/ask?q=%20", "q is missing")]
    [InlineData("/api/v1/ask?q=x&now=yesterday", "now 'yesterday' is not a time")]
    [InlineData("/api/v1/ask?q=x&tz=Mars", "tz 'Mars' is not a known time zone")]
    [InlineData("/api/v1/ask?q=x&lang=fr", "lang 'fr' is not supported")]
    public async Task Ask_BadParameters_400ProblemNamesIt(string path, string detail)
    {
        await using var server = await TestServer.StartAsync();

        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString()!.ShouldStartWith(detail);
    }

    [Fact]
    public async Task Ask_IsInTheOpenApiDocument()
    {
        await using var server = await TestServer.StartAsync();

        var document = await server.GetJsonAsync("/openapi/v1.json");

        var ask = document.GetProperty("paths").GetProperty("/api/v1/ask").GetProperty("get");
        ask.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("q");
        document.GetProperty("paths").GetProperty("/api/v1/series/{id}/aliases").GetProperty("post").ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public async Task Aliases_AddedThroughTheApi_AreUnderstoodKeptAndRemoved()
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 100), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        await server.FlushAsync();
        int id = (await server.GetJsonAsync("/api/v1/series"))[0].GetProperty("id").GetInt32();

        using var added = await server.PostJsonAsync($"/api/v1/series/{id}/aliases", new { alias = " 보일러 온도 " });
        var asked = await server.GetJsonAsync($"/api/v1/ask?q={Uri.EscapeDataString("보일러 온도 평균은?")}&now={Uri.EscapeDataString(Now)}");
        using var removed = await server.Client.DeleteAsync(new Uri($"/api/v1/series/{id}/aliases/{Uri.EscapeDataString("보일러 온도")}", UriKind.Relative));
        using var again = await server.Client.DeleteAsync(new Uri($"/api/v1/series/{id}/aliases/{Uri.EscapeDataString("보일러 온도")}", UriKind.Relative));

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["보일러 온도"]);
        asked.GetProperty("intent").GetString().ShouldBe("stats");
        asked.GetProperty("series")[0].GetProperty("id").GetInt32().ShouldBe(id);
        asked.GetProperty("answer").GetProperty("text").GetString()!.ShouldContain("보일러의 평균 온도는");
        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("aliases").GetArrayLength().ShouldBe(0);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(1, "{\"alias\": \"\"}", HttpStatusCode.BadRequest, "alias '' is not valid")]
    [InlineData(1, "{\"alias\": \"42\"}", HttpStatusCode.BadRequest, "alias '42' is not valid: expected a name, not a number")]
    [InlineData(1, "{\"alias\": \"a/b\"}", HttpStatusCode.BadRequest, "alias 'a/b' is not valid: expected no '/'")]
    [InlineData(99, "{\"alias\": \"x\"}", HttpStatusCode.NotFound, "there is no series 99")]
    public async Task Aliases_BadRequest_ProblemSaysWhy(int id, string body, HttpStatusCode status, string detail)
    {
        await using var server = await TestServer.StartAsync();
        (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 10), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync(new Uri($"/api/v1/series/{id}/aliases", UriKind.Relative), content);

        response.StatusCode.ShouldBe(status);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldStartWith(detail);
    }

    [Fact]
    public async Task AliasesFile_FromConfiguration_NamesSeriesCreatedAfterStart()
    {
        string file = Path.Combine(Path.GetTempPath(), $"nunchi-aliases-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"tags": [{"tag": "machine", "value": "m1", "aliases": {"ko": ["1번 보일러"]}}], "fields": [{"field": "temperature", "unit": "°C"}]}""");
        try
        {
            await using var server = await TestServer.StartAsync(options => options.AliasesFile = file);
            (await server.WriteAsync(LineProtocolData.Lines("m1", 0, 100), "/write?db=t&precision=s")).EnsureSuccessStatusCode();
            await server.FlushAsync();

            var answer = await server.GetJsonAsync($"/api/v1/ask?q={Uri.EscapeDataString("1번 보일러 온도 보여줘")}&now={Uri.EscapeDataString(Now)}");

            answer.GetProperty("intent").GetString().ShouldBe("show");
            answer.GetProperty("series")[0].GetProperty("unit").GetString().ShouldBe("°C");
            answer.GetProperty("answer").GetProperty("text").GetString()!.ShouldContain(" °C");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AliasesFile_Broken_RefusesToStartWithOneLine()
    {
        string file = Path.Combine(Path.GetTempPath(), $"nunchi-aliases-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"version\": 3}");
        try
        {
            var error = Should.Throw<InvalidOperationException>(() => NunchiServer.Build(["--urls", "http://127.0.0.1:0"], options => options.AliasesFile = file));

            error.Message.ShouldBe($"Nunchi:AliasesFile: {file}: version 3 is not supported: expected 1");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
