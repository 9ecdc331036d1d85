using Nunchi.Core.Findings;
using Nunchi.Core.Questions;
using Nunchi.Core.Questions.Answers;

namespace Nunchi.Core.Tests.Questions;

/// <summary>Answers written from given values: wording, particles, units, times in the asker's zone.</summary>
public sealed class AnswerTextTests
{
    private static readonly QuestionCatalog Catalog = FactoryVocabulary.Catalog;

    [Fact]
    public void Stats_OneSeriesMeanInKorean_IsTheConventionsSentence()
    {
        var q = FactoryVocabulary.Parse("지난주 오븐 1호기 평균 온도는?");

        string text = AnswerText.Stats(q, Catalog, FactoryVocabulary.Seoul, [Summary("oven-1", "temperature", mean: 182.44, min: 170.1, max: 190.2)]);

        text.ShouldBe("지난주 오븐 1호기의 평균 온도는 182.4 °C였습니다.");
    }

    [Fact]
    public void Stats_MaxInEnglish_SaysWhenItWasReached()
    {
        var q = FactoryVocabulary.Parse("What was the max pressure on press-2 yesterday?");

        string text = AnswerText.Stats(q, Catalog, FactoryVocabulary.Seoul, [Summary("press-2", "pressure", mean: 140, min: 120.5, max: 150.25, decimals: 2)]);

        text.ShouldBe("The highest pressure of press-2 yesterday was 150.25 bar at Nov 19, 14:00.");
    }

    [Fact]
    public void Stats_MinOfALine_NamesEachMachineAndTheLowest()
    {
        var q = FactoryVocabulary.Parse("오늘 1라인 최저 압력 알려줘");

        string text = AnswerText.Stats(q, Catalog, FactoryVocabulary.Seoul,
            [Summary("press-1", "pressure", 140, 11.12, 150, decimals: 2), Summary("press-2", "pressure", 140, 11.11, 150, decimals: 2)]);

        text.ShouldBe("오늘 최저 압력: 프레스 1호기 11.12 bar(11월 19일 오전 9시), 프레스 2호기 11.11 bar(11월 19일 오전 9시). 가장 낮은 것은 프레스 2호기입니다.");
    }

    [Fact]
    public void Anomalies_CountInKorean_AddsUpTheKindsWithParticles()
    {
        var q = FactoryVocabulary.Parse("이번 달 오븐 2호기 이상 몇 번 있었어?");
        var oven = Series("oven-2", "temperature");

        string text = AnswerText.Anomalies(q, Catalog, FactoryVocabulary.Seoul,
            [new(oven, Finding(FindingKind.Spike)), new(oven, Finding(FindingKind.Spike)), new(oven, Finding(FindingKind.Stuck))]);

        text.ShouldBe("이번 달 오븐 2호기에서 감지된 이상은 3건입니다(급등 2건, 값 고정(센서 멈춤) 1건).");
    }

    [Fact]
    public void Anomalies_NoneInEnglish_SaysSo()
    {
        var q = FactoryVocabulary.Parse("Were there any anomalies on line 2 last week?");

        AnswerText.Anomalies(q, Catalog, FactoryVocabulary.Seoul, []).ShouldBe("No anomalies were detected on line 2 last week.");
    }

    [Fact]
    public void Explain_NoFindings_TellsWhatTheDataDidInstead()
    {
        var q = FactoryVocabulary.Parse("압축기 압력이 왜 떨어졌어?");

        string text = AnswerText.Explain(q, Catalog, FactoryVocabulary.Seoul, [], [Summary("compressor-1", "pressure", 6.99, 6.91, 7.10, decimals: 2, first: 7.02, last: 6.95)]);

        text.ShouldBe("지난 24시간 동안 컴프레서 압력에서는 이상으로 판단된 변화가 없었습니다. 컴프레서 압력은 7.02 bar에서 6.95 bar로 내려갔고, "
            + "평균 6.99 bar, 최고 7.10 bar(11월 19일 오후 2시), 최저 6.91 bar(11월 19일 오전 9시)였습니다.");
    }

    [Fact]
    public void Top_CountInKorean_ListsMachinesInOrder()
    {
        var q = FactoryVocabulary.Parse("이번 달 이상이 가장 많았던 기계 3개");

        string text = AnswerText.Top(q, Catalog, FactoryVocabulary.Seoul,
            [new(1, "press-3", "프레스 3호기", 34, null, 0, null), new(2, "press-2", "프레스 2호기", 11, null, 0, null), new(3, "compressor-1", "컴프레서", 8, null, 0, null)], null);

        text.ShouldBe("이번 달 이상이 가장 많았던 기계는 프레스 3호기(34건), 프레스 2호기(11건), 컴프레서(8건) 순입니다.");
    }

    [Fact]
    public void Forecast_NothingLearned_SaysItCannotForecast()
    {
        var q = FactoryVocabulary.Parse("컴프레서 전력 내일 예측해줘");

        AnswerText.Forecast(q, Catalog, FactoryVocabulary.Seoul, [new SeriesForecast(Series("compressor-1", "power"), [], 1)])
            .ShouldBe("컴프레서 전력은 아직 충분히 학습되지 않아 예측할 수 없습니다.");
    }

    [Fact]
    public void Unknown_NotAboutTheData_ListsWhatCanBeAskedFromTheCatalog()
    {
        var q = FactoryVocabulary.Parse("오늘 점심 뭐 먹지?");

        string text = AnswerText.Unknown(q, Catalog, FactoryVocabulary.Seoul);

        text.ShouldStartWith("죄송하지만 그 질문에는 답할 수 없습니다.");
        text.ShouldContain("'프레스 1호기 온도 보여줘'");
        text.ShouldContain("있는 설비: 프레스 1호기, 프레스 2호기, 프레스 3호기, 프레스 4호기, 오븐 1호기, 오븐 2호기, 컴프레서.");
        text.ShouldContain("측정 항목: 온도, 진동, 압력, 전력, 생산량.");
    }

    [Fact]
    public void Unknown_NameTheDataLacks_SaysItIsNotThere()
    {
        var q = FactoryVocabulary.Parse("press-9 vibration");

        AnswerText.Unknown(q, Catalog, FactoryVocabulary.Seoul).ShouldStartWith("'press-9' is not in the data. Machines: press-1, press-2,");
    }

    [Fact]
    public void Show_NoDataInThePeriod_SaysWhereTheDataIs()
    {
        var q = FactoryVocabulary.Parse("3호기 온도 어제");
        var empty = new SeriesSummary(Series("press-3", "temperature"), 0, double.NaN, double.NaN, 0, double.NaN, 0, double.NaN, 0, double.NaN, 0, 0)
        {
            Stored = (FactoryVocabulary.Local("10-01 00:00"), FactoryVocabulary.Local("11-01 00:00")),
        };

        AnswerText.Show(q, Catalog, FactoryVocabulary.Seoul, [empty])
            .ShouldBe("어제 프레스 3호기 온도에는 데이터가 없습니다. 데이터는 10월 1일 오전 12시부터 11월 1일 오전 12시까지 있습니다.");
    }

    private static CatalogSeries Series(string machine, string field) =>
        Catalog.Series.Single(s => s.Key.Tag("machine") == machine && s.Key.Field == field);

    // Min at 09:00 and max at 14:00 on Nov 19, Seoul time.
    private static SeriesSummary Summary(string machine, string field, double mean, double min, double max, int decimals = 1, double? first = null, double? last = null) =>
        new(Series(machine, field), 8640, mean, min, FactoryVocabulary.Local("11-19 09:00"), max, FactoryVocabulary.Local("11-19 14:00"),
            first ?? mean, FactoryVocabulary.Local("11-19 00:00"), last ?? mean, FactoryVocabulary.Local("11-19 23:59"), decimals);

    private static Finding Finding(FindingKind kind) => new()
    {
        Id = 1,
        Kind = kind,
        StartMs = FactoryVocabulary.Local("11-10 10:00"),
        EndMs = FactoryVocabulary.Local("11-10 10:01"),
        PeakMs = FactoryVocabulary.Local("11-10 10:00"),
        Severity = 0.8,
        Expected = 170,
        Lower = 168,
        Upper = 172,
        Actual = 178,
        Facts = new FindingFacts { Detector = "residual", Direction = Direction.Up, Deviation = 8, DeviationSigma = 8 },
    };
}
