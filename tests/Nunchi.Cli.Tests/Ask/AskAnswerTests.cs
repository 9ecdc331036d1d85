using System.Globalization;
using System.Text.Json;
using Nunchi.Core.Series;
using Nunchi.Engine;
using Nunchi.Storage;

namespace Nunchi.Cli.Tests.Ask;

/// <summary>Answers of `nunchi ask` checked against what the factory store holds: the numbers are the store's, not estimates.</summary>
[Collection(FactoryStoreGroup.Name)]
public sealed class AskAnswerTests(FactoryStore store)
{
    [Fact]
    public async Task Ask_MeanLastWeek_IsTheMeanOfTheStoredPoints()
    {
        var answer = store.AskJson("지난주 오븐 1호기 평균 온도는?");
        var (from, to) = Range(answer);

        var points = await PointsAsync("oven-1", "temperature", from, to);

        double value = answer.GetProperty("answer").GetProperty("values")[0].GetProperty("value").GetDouble();
        value.ShouldBe(points.Average(p => p.Value), 0.005);
        answer.GetProperty("answer").GetProperty("text").GetString()
            .ShouldBe($"지난주 오븐 1호기의 평균 온도는 {points.Average(p => p.Value).ToString("F1", CultureInfo.InvariantCulture)} °C였습니다.");
    }

    [Fact]
    public async Task Ask_MaxYesterday_IsTheStoredMaximumAndWhenItWasFirstReached()
    {
        var answer = store.AskJson("What was the max pressure on press-2 yesterday?");
        var (from, to) = Range(answer);

        var points = await PointsAsync("press-2", "pressure", from, to);

        var value = answer.GetProperty("answer").GetProperty("values")[0];
        double max = points.Max(p => p.Value);
        value.GetProperty("value").GetDouble().ShouldBe(max);
        value.GetProperty("unit").GetString().ShouldBe("bar");
        DateTimeOffset.Parse(value.GetProperty("at").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds()
            .ShouldBe(points.First(p => p.Value == max).TimestampMs);
    }

    [Fact]
    public async Task Ask_ShowToday_EndsWithTheLatestStoredValue()
    {
        var answer = store.AskJson("press-3 vibration today");
        var (from, to) = Range(answer);

        var points = await PointsAsync("press-3", "vibration", from, to);

        var value = answer.GetProperty("answer").GetProperty("values")[0];
        value.GetProperty("value").GetDouble().ShouldBe(points[^1].Value);
        DateTimeOffset.Parse(value.GetProperty("at").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds().ShouldBe(points[^1].TimestampMs);
    }

    [Fact]
    public async Task Ask_HowManyAnomalies_CountsTheStoredFindingsOfTheMachine()
    {
        var answer = store.AskJson("How many anomalies did oven-2 have this month?");
        var (from, to) = Range(answer);

        int expected;
        await using (var embedded = await store.OpenAsync())
        {
            var engine = embedded.Engine;
            var oven = engine.Catalog.All().Where(s => s.Key.Tag("machine") == "oven-2").Select(s => s.Id).ToHashSet();
            expected = engine.Findings.Query(new FindingQuery(from, to, Limit: 100_000)).Count(f => oven.Contains(f.SeriesId));
        }

        expected.ShouldBeGreaterThan(0, "the scenario injects events on oven-2 this month");
        answer.GetProperty("answer").GetProperty("findings").GetArrayLength().ShouldBe(expected);
        answer.GetProperty("answer").GetProperty("values").EnumerateArray().Sum(v => v.GetProperty("value").GetInt32()).ShouldBe(expected);
        answer.GetProperty("answer").GetProperty("text").GetString()!.ShouldStartWith($"{expected} anomal");
    }

    [Fact]
    public async Task Ask_TopMachinesByAnomalies_RanksTheStoredFindingsPerMachine()
    {
        var answer = store.AskJson("이번 달 이상이 가장 많았던 기계 3개");
        var (from, to) = Range(answer);

        List<(string Machine, int Count)> expected;
        await using (var embedded = await store.OpenAsync())
        {
            var engine = embedded.Engine;
            expected = [.. engine.Findings.Query(new FindingQuery(from, to, Limit: 100_000))
                .GroupBy(f => engine.Catalog.ById(f.SeriesId)!.Key.Tag("machine")!)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(x => x.Item2)
                .Take(3)];
        }

        var values = answer.GetProperty("answer").GetProperty("values").EnumerateArray().ToList();
        values.Select(v => v.GetProperty("value").GetInt32()).ShouldBe(expected.Select(e => e.Count));
        answer.GetProperty("answer").GetProperty("text").GetString()!.ShouldContain($"({expected[0].Count}건)");
    }

    [Fact]
    public void Ask_Forecast_GivesHourlyExpectedValuesInsideTheirIntervals()
    {
        var answer = store.AskJson("Forecast power for oven-2 for the next 12 hours");

        var rows = answer.GetProperty("answer").GetProperty("forecast").EnumerateArray().ToList();
        rows.Count.ShouldBe(12);
        var times = rows.Select(r => DateTimeOffset.Parse(r.GetProperty("time").GetString()!, CultureInfo.InvariantCulture)).ToList();
        times[0].ShouldBe(DateTimeOffset.Parse("2026-11-20T13:00:00+09:00", CultureInfo.InvariantCulture));
        times.Zip(times.Skip(1), (a, b) => b - a).ShouldAllBe(step => step == TimeSpan.FromHours(1));
        rows.ShouldAllBe(r => r.GetProperty("lower").GetDouble() <= r.GetProperty("expected").GetDouble()
            && r.GetProperty("expected").GetDouble() <= r.GetProperty("upper").GetDouble());
        answer.GetProperty("answer").GetProperty("text").GetString()!.ShouldStartWith("Oven-2 power is expected to average ");
    }

    [Fact]
    public async Task Ask_ExplainWithoutFindings_TellsTheStoredRange()
    {
        var answer = store.AskJson("Why is compressor pressure dropping?");
        var (from, to) = Range(answer);
        var points = await PointsAsync("compressor-1", "pressure", from, to);
        answer.GetProperty("answer").GetProperty("findings").GetArrayLength().ShouldBe(0, "no finding on compressor pressure in the last 24 hours of seed 1");

        string text = answer.GetProperty("answer").GetProperty("text").GetString()!;

        text.ShouldStartWith("Nothing unusual was found on compressor-1 pressure over the last 24 hours.");
        text.ShouldContain($"highest {points.Max(p => p.Value).ToString("F2", CultureInfo.InvariantCulture)} bar");
        text.ShouldContain($"lowest {points.Min(p => p.Value).ToString("F2", CultureInfo.InvariantCulture)} bar");
    }

    [Fact]
    public void Ask_Unknown_AnswersPolitelyWithNothingInvented()
    {
        var answer = store.AskJson("오늘 점심 뭐 먹지?");

        answer.GetProperty("intent").GetString().ShouldBe("unknown");
        answer.GetProperty("series").GetArrayLength().ShouldBe(0);
        answer.GetProperty("from").ValueKind.ShouldBe(JsonValueKind.Null);
        answer.GetProperty("answer").TryGetProperty("values", out _).ShouldBeFalse();
        answer.GetProperty("answer").GetProperty("text").GetString()!.ShouldStartWith("죄송하지만 그 질문에는 답할 수 없습니다.");
    }

    [Fact]
    public void Ask_Text_PrintsTheAnswerAndATable()
    {
        var (exit, output, _) = store.Ask("오늘 1라인 최저 압력 알려줘");

        exit.ShouldBe(0);
        var lines = output.Split('\n');
        lines[0].ShouldStartWith("오늘 최저 압력: 프레스 1호기 ");
        lines[2].ShouldStartWith("  이름");
        lines[3].ShouldStartWith("  프레스 1호기 압력");
    }

    [Fact]
    public void Ask_LangOption_AnswersInThatLanguage()
    {
        var (exit, output, _) = store.Ask("3호기 온도 보여줘", "--lang", "en");

        exit.ShouldBe(0);
        output.ShouldStartWith("Press-3 temperature over the last 24 hours: mean ");
    }

    [Fact]
    public async Task Import_AliasesBesideTheFile_AreOnTheSeriesWithTheirUnits()
    {
        store.ImportSummary.ShouldContain("aliases: 27 series named from ");

        await using var embedded = await store.OpenAsync();
        var press3 = embedded.Engine.Catalog.All().Single(s => s.Key.Tag("machine") == "press-3" && s.Key.Field == "vibration");
        press3.Aliases.Take(2).ShouldBe(["press-3 vibration", "프레스 3호기 진동"]);
        press3.Aliases.ShouldContain("3호기");
        press3.Aliases.ShouldContain("2라인");
        press3.Unit.ShouldBe("mm/s");
    }

    [Fact]
    public async Task Ask_WhileTheStoreIsOpenElsewhere_SaysToAskTheServer()
    {
        await using var server = await store.OpenAsync();

        var (exit, _, error) = store.Ask("3호기 온도 보여줘");

        exit.ShouldBe(75);
        error.ShouldStartWith($"nunchi: {store.DataDirectory} is in use by another process");
        error.ShouldContain("/api/v1/ask");
        error.TrimEnd().ShouldNotContain('\n');
    }

    private static (long From, long To) Range(JsonElement answer) =>
        (DateTimeOffset.Parse(answer.GetProperty("from").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
            DateTimeOffset.Parse(answer.GetProperty("to").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds());

    private async Task<List<StoredPoint>> PointsAsync(string machine, string field, long from, long to)
    {
        await using var embedded = await store.OpenAsync();
        var series = embedded.Engine.Catalog.All().Single(s => s.Key.Tag("machine") == machine && s.Key.Field == field);
        var points = new List<StoredPoint>();
        embedded.Engine.Points.Read(series.Id, from, to, points);
        points.Count.ShouldBeGreaterThan(0);
        return points;
    }
}
