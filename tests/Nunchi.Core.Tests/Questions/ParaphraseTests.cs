using Nunchi.Core.Language;
using Nunchi.Core.Questions;

namespace Nunchi.Core.Tests.Questions;

/// <summary>
/// Questions phrased unlike the worked examples — other words, word orders, spacing, typos, mixed languages — with the
/// interpretation they must get. Series are written machine.field; <c>press-3.*</c> is every field of a machine,
/// <c>*.power</c> a field on every machine, <c>line-2.*</c> every series of a line, and an empty string everything.
/// </summary>
public sealed class ParaphraseTests
{
    [Theory]
    // Showing values: spacing and hyphen variants, Korean aliases, typos, mixed languages.
    [InlineData("3 호기 온도 좀 보여줘", "show", "press-3.temperature", null, null)]
    [InlineData("3호기온도보여줘", "show", "press-3.temperature", null, null)]
    [InlineData("프레스3호기 진동 그래프", "show", "press-3.vibration", null, null)]
    [InlineData("3번 프레스 진동 추이", "show", "press-3.vibration", null, null)]
    [InlineData("Plot the temperature of Press 3", "show", "press-3.temperature", null, null)]
    [InlineData("oven2 temp", "show", "oven-2.temperature", null, null)]
    [InlineData("OVEN-2 TEMPERATURE", "show", "oven-2.temperature", null, null)]
    [InlineData("오븐2호기 온도", "show", "oven-2.temperature", null, null)]
    [InlineData("오븐 2 온도", "show", "oven-2.temperature", null, null)]
    [InlineData("2번 오븐 온도 그래프 그려줘", "show", "oven-2.temperature", null, null)]
    [InlineData("건조로 2호기 온도", "show", "oven-2.temperature", null, null)]
    [InlineData("공기 압축기 압력 값", "show", "compressor-1.pressure", null, null)]
    [InlineData("show vibraton for press-3", "show", "press-3.vibration", null, null)]
    [InlineData("temprature of oven 1", "show", "oven-1.temperature", null, null)]
    [InlineData("컴프래서 전력", "show", "compressor-1.power", null, null)]
    [InlineData("온두 3호기", "show", "press-3.temperature", null, null)]
    [InlineData("show 3호기 temperature", "show", "press-3.temperature", null, null)]
    [InlineData("press-3 진동", "show", "press-3.vibration", null, null)]
    [InlineData("3호기 출력", "show", "press-3.output", null, null)]
    [InlineData("4호기 생산 수량 보여 줘", "show", "press-4.output", null, null)]
    [InlineData("1번 라인 소비전력", "show", "line-1.power", null, null)]
    [InlineData("유틸리티 전력", "show", "compressor-1.power", null, null)]
    [InlineData("utility power", "show", "compressor-1.power", null, null)]
    [InlineData("all machines temperature", "show", "*.temperature", null, null)]
    [InlineData("전체 설비 전력", "show", "*.power", null, null)]
    [InlineData("오늘 데이터 보여줘", "show", "", null, null)]
    [InlineData("3호기", "show", "press-3.*", null, null)]
    [InlineData("presses vibration", "show", "press-1.vibration press-2.vibration press-3.vibration press-4.vibration", null, null)]
    [InlineData("오븐 온도", "show", "oven-1.temperature oven-2.temperature", null, null)]
    [InlineData("oven 1 and 2 temperature", "show", "oven-1.temperature oven-2.temperature", null, null)]
    [InlineData("press 1, 2 and 3 vibration", "show", "press-1.vibration press-2.vibration press-3.vibration", null, null)]
    // Anomalies, with and without a count.
    [InlineData("any anomalies today?", "anomalies", "", null, null)]
    [InlineData("이상 징후 있는 설비 알려줘", "anomalies", "", null, null)]
    [InlineData("Did anything go wrong on line 1 yesterday?", "anomalies", "line-1.*", null, null)]
    [InlineData("1번 라인에 문제 있었어?", "anomalies", "line-1.*", null, null)]
    [InlineData("press-4 anomalies last month", "anomalies", "press-4.*", null, null)]
    [InlineData("3호기 진동 튄 적 있어?", "anomalies", "press-3.vibration", null, null)]
    [InlineData("How many anomalies on line 2 this week?", "anomalies", "line-2.*", "count", null)]
    [InlineData("2라인 이번 주 이상 몇 건?", "anomalies", "line-2.*", "count", null)]
    [InlineData("number of alerts for the compressor", "anomalies", "compressor-1.*", "count", null)]
    [InlineData("컴프레서 이상 횟수", "anomalies", "compressor-1.*", "count", null)]
    // Explanations.
    [InlineData("Why was press 3 vibration so high last night?", "explain", "press-3.vibration", null, null)]
    [InlineData("What caused the spike in press-3 vibration yesterday evening?", "explain", "press-3.vibration", null, null)]
    [InlineData("어제 밤 3호기 진동 왜 튀었지?", "explain", "press-3.vibration", null, null)]
    [InlineData("오븐 1호기 온도가 올라간 원인이 뭐야?", "explain", "oven-1.temperature", null, null)]
    [InlineData("what happened at 3am", "explain", "", null, null)]
    [InlineData("압축기 압력 왜 이래?", "explain", "compressor-1.pressure", null, null)]
    // Forecasts.
    [InlineData("오븐 2호기 내일 온도 예상", "forecast", "oven-2.temperature", null, null)]
    [InlineData("what will oven-2 temperature be tomorrow", "forecast", "oven-2.temperature", null, null)]
    [InlineData("forecast compressor power next 6 hours", "forecast", "compressor-1.power", null, null)]
    [InlineData("앞으로 세 시간 압축기 압력 예측해줘", "forecast", "compressor-1.pressure", null, null)]
    [InlineData("컴프레서 전력 앞으로 열두 시간", "forecast", "compressor-1.power", null, null)]
    [InlineData("내일 3호기 온도", "forecast", "press-3.temperature", null, null)]
    // Statistics.
    [InlineData("지난주 3호기 평균 진동", "stats", "press-3.vibration", "mean", null)]
    [InlineData("mean vibration on press 3 last week", "stats", "press-3.vibration", "mean", null)]
    [InlineData("what was the lowest pressure on press-1 today", "stats", "press-1.pressure", "min", null)]
    [InlineData("press-2 최대 압력 어제", "stats", "press-2.pressure", "max", null)]
    [InlineData("어제 2호기 압력 최댓값", "stats", "press-2.pressure", "max", null)]
    [InlineData("press-2 peak pressure yesterday", "stats", "press-2.pressure", "max", null)]
    [InlineData("avarage power of oven 1", "stats", "oven-1.power", "mean", null)]
    [InlineData("이번 달 2호기 생산량 평균은?", "stats", "press-2.output", "mean", null)]
    [InlineData("10월 3호기 최고 온도", "stats", "press-3.temperature", "max", null)]
    [InlineData("최근 이틀 동안 1라인 압력 평균", "stats", "line-1.pressure", "mean", null)]
    // Comparisons.
    [InlineData("compare oven-1 and oven-2 temperature yesterday", "compare", "oven-1.temperature oven-2.temperature", null, null)]
    [InlineData("오븐 1호기랑 2호기 온도 비교", "compare", "oven-1.temperature oven-2.temperature", null, null)]
    [InlineData("press-1 vs press-2 power this week", "compare", "press-1.power press-2.power", null, null)]
    [InlineData("compare press 1 and press 2 max pressure last week", "compare", "press-1.pressure press-2.pressure", "max", null)]
    [InlineData("1라인 대비 2라인 생산량", "compare", "line-1.output line-2.output", null, null)]
    // Rankings.
    [InlineData("top 3 machines by anomalies this month", "top", "", "count", 3)]
    [InlineData("상위 세 대 이상 많은 기계 이번 달", "top", "", "count", 3)]
    [InlineData("which machine had the most anomalies last week", "top", "", "count", 1)]
    [InlineData("이상이 제일 많은 설비 다섯 곳", "top", "", "count", 5)]
    [InlineData("가장 뜨거운 기계는?", "top", "*.temperature", "max", 1)]
    [InlineData("which press had the lowest average vibration yesterday", "top", "press-1.vibration press-2.vibration press-3.vibration press-4.vibration", "mean", 1)]
    [InlineData("어느 설비가 전력을 제일 많이 썼어?", "top", "*.power", "max", 1)]
    [InlineData("which machines had the highest power today", "top", "*.power", "max", 3)]
    // Not about the data, or about what it does not have.
    [InlineData("내일 비 와?", "unknown", "", null, null)]
    [InlineData("Will it rain tomorrow?", "unknown", "", null, null)]
    [InlineData("Tell me a joke", "unknown", "", null, null)]
    [InlineData("안녕하세요", "unknown", "", null, null)]
    [InlineData("What is the meaning of life?", "unknown", "", null, null)]
    [InlineData("5호기 온도 보여줘", "unknown", "", null, null)]
    [InlineData("press-9 vibration", "unknown", "", null, null)]
    [InlineData("3라인 전력", "unknown", "", null, null)]
    [InlineData("습도 보여줘", "unknown", "", null, null)]
    [InlineData("oven-1 vibration", "unknown", "", null, null)]
    [InlineData("서울의 온도 알려줘", "unknown", "", null, null)]
    [InlineData("What's the temperature in Seoul?", "unknown", "", null, null)]
    public void Parse_Paraphrase_GetsTheInterpretation(string question, string intent, string series, string? aggregation, int? limit)
    {
        var interpretation = FactoryVocabulary.Parse(question);

        interpretation.Intent.ToString().ToLowerInvariant().ShouldBe(intent, question);
        FactoryVocabulary.Pairs(interpretation).ShouldBe(Expand(series), question);
        interpretation.Aggregation?.ToString().ToLowerInvariant().ShouldBe(aggregation, question);
        (interpretation.Aggregation is null).ShouldBe(aggregation is null, question);
        interpretation.Limit.ShouldBe(limit, question);
    }

    [Theory]
    [InlineData("3호기 온도 보여줘", NarrativeLanguage.Korean)]
    [InlineData("press-3 진동 어제", NarrativeLanguage.Korean)]
    [InlineData("3호기 vibration yesterday", NarrativeLanguage.English)]
    [InlineData("show 3호기 temperature", NarrativeLanguage.English)]
    [InlineData("compressor 전력 지난 6시간", NarrativeLanguage.Korean)]
    [InlineData("Why is compressor pressure dropping?", NarrativeLanguage.English)]
    [InlineData("온도", NarrativeLanguage.Korean)]
    [InlineData("press-3", NarrativeLanguage.English)]
    public void Parse_Language_IsWhatTheQuestionIsWrittenIn(string question, NarrativeLanguage language)
    {
        FactoryVocabulary.Parse(question).Language.ShouldBe(language);
    }

    [Theory]
    [InlineData("show vibraton for press-3", "vibraton", "vibration")]
    [InlineData("compresser power", "compresser", "compressor")]
    [InlineData("컴프래서 전력", "컴프래서", "컴프레서")]
    [InlineData("온두가 높아?", "온두", "온도")]
    [InlineData("어재 3호기 온도", "어재", "어제")]
    public void Parse_Misspelling_IsReadAsTheClosestKnownWord(string question, string written, string readAs)
    {
        FactoryVocabulary.Parse(question).Corrections.ShouldContain(new SpellingCorrection(written, readAs));
    }

    [Theory]
    [InlineData("What is the meaning of life?")]
    [InlineData("press pressure")]
    [InlineData("오늘 점심 뭐 먹지?")]
    public void Parse_OrdinaryWords_AreNotCorrected(string question)
    {
        FactoryVocabulary.Parse(question).Corrections.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("5호기 온도 보여줘", "5호기")]
    [InlineData("press-9 vibration", "press-9")]
    [InlineData("습도 보여줘", "습도")]
    [InlineData("What's the temperature in Seoul?", "Seoul")]
    public void Parse_NameTheDataDoesNotHave_IsReportedAsWritten(string question, string name)
    {
        FactoryVocabulary.Parse(question).Unresolved.ShouldBe([name]);
    }

    [Theory]
    [InlineData("가장 낮은 평균 온도의 기계", RankOrder.Ascending)]
    [InlineData("which machine had the fewest anomalies this week", RankOrder.Ascending)]
    [InlineData("which machine had the highest temperature", RankOrder.Descending)]
    public void Parse_Ranking_KnowsWhichEndComesFirst(string question, RankOrder order)
    {
        var interpretation = FactoryVocabulary.Parse(question);

        interpretation.Intent.ShouldBe(QuestionIntent.Top);
        interpretation.Order.ShouldBe(order);
    }

    // press-3.* → every field of press-3; *.power → power everywhere; line-2.* → every series on line 2.
    private static string[] Expand(string spec)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (machine, field) = (part[..part.IndexOf('.', StringComparison.Ordinal)], part[(part.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            foreach (var series in FactoryVocabulary.Catalog.Series)
            {
                bool machineMatches = machine == "*" || series.Key.Tag("machine") == machine
                    || (machine.StartsWith("line-", StringComparison.Ordinal) && series.Key.Tag("line") == machine[5..]);
                if (machineMatches && (field == "*" || series.Key.Field == field))
                {
                    result.Add(series.Key.Tag("machine") + "." + series.Key.Field);
                }
            }
        }

        return [.. result];
    }
}
