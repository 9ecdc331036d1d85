using System.Text;
using Nunchi.Core.Questions;
using Nunchi.Core.Series;

namespace Nunchi.Core.Tests.Questions;

public sealed class AliasBookJsonTests
{
    private static readonly SeriesKey Press3Vibration = new("machine", [new("line", "2"), new("machine", "press-3"), new("site", "plant-a")], "vibration");

    [Fact]
    public void TryRead_HandWrittenPart_GivesTagFieldAndSeriesNamesInOrder()
    {
        const string Json = """
            {"version": 1,
             "tags":   [{"tag": "machine", "value": "press-3", "aliases": {"ko": ["메인 프레스"], "en": ["main press"]}}],
             "fields": [{"field": "vibration", "unit": "mm/s", "aliases": ["떨림"]}],
             // comments and trailing commas are allowed in a hand-written file
             "series": [{"key": "machine,line=2,machine=press-3,site=plant-a vibration", "name": "main press vibration", "nameKo": "메인 프레스 진동"},]}
            """;

        var book = Read(Json, out string? error);

        error.ShouldBeNull();
        book!.For(Press3Vibration).ShouldBe(["main press vibration", "메인 프레스 진동", "main press", "메인 프레스", "떨림"]);
        book.UnitFor(Press3Vibration).ShouldBe("mm/s");
        book.For(new SeriesKey("machine", [new("machine", "press-1")], "power")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{\"tags\": [{\"tag\": \"machine\"}]}", "aliases.json: tags[0]: expected an object with a non-empty string 'value'")]
    [InlineData("{\"version\": 2}", "aliases.json: version 2 is not supported: expected 1")]
    [InlineData("{\"fields\": {}}", "aliases.json: 'fields' must be an array")]
    [InlineData("{\"series\": [{\"key\": \"k\", \"aliases\": [\"\"]}]}", "aliases.json: series[0].aliases[0]: expected a non-empty string")]
    [InlineData("[1, 2]", "aliases.json: expected a JSON object with 'tags', 'fields' or 'series'")]
    public void TryRead_BadFile_SaysWhereAndWhatWasExpected(string json, string expected)
    {
        Read(json, out string? error).ShouldBeNull();

        error.ShouldBe(expected);
    }

    [Fact]
    public void TryRead_NotJson_NamesTheLine()
    {
        Read("{\n \"tags\": [\n oops", out string? error).ShouldBeNull();

        error.ShouldStartWith("aliases.json:3: not valid JSON: ");
        error.ShouldNotContain("\n");
    }

    private static AliasBook? Read(string json, out string? error)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        AliasBookJson.TryRead(stream, "aliases.json", out var book, out error);
        return book;
    }
}
