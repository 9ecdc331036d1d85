using Nunchi.Cli.Detect;
using Nunchi.Core.Analysis;
using Nunchi.Core.Language;

namespace Nunchi.Cli.Tests.Detect;

public sealed class ReportWordsTests
{
    private static readonly ReportWords English = ReportWords.For(NarrativeLanguage.English);
    private static readonly ReportWords Korean = ReportWords.For(NarrativeLanguage.Korean);

    [Theory]
    [InlineData(0L, 60_000L, "no season", "계절성 없음")]
    [InlineData(86_400_000L, 60_000L, "daily season", "일간 주기")]
    [InlineData(604_800_000L, 3_600_000L, "weekly season", "주간 주기")]
    [InlineData(11_220_000L, 60_000L, "repeats every 187 points", "187개 점마다 반복")]
    [InlineData(5_400_000L, 0L, "repeats every 1 hour 30 minutes", "1시간 30분마다 반복")]
    public void Season_Period_InWords(long periodMs, long cadenceMs, string english, string korean)
    {
        English.Season(periodMs, cadenceMs).ShouldBe(english);
        Korean.Season(periodMs, cadenceMs).ShouldBe(korean);
    }

    [Theory]
    [InlineData(10_000L, "every 10 seconds", "10초 간격")]
    [InlineData(0L, "cadence unknown", "간격 미상")]
    public void Cadence_Interval_InWords(long cadenceMs, string english, string korean)
    {
        English.Cadence(cadenceMs).ShouldBe(english);
        Korean.Cadence(cadenceMs).ShouldBe(korean);
    }

    [Fact]
    public void Findings_Count_AgreesInNumberAndNamesTheThreshold()
    {
        English.Findings(0, 0.5).ShouldBe("no findings at severity ≥ 0.50");
        English.Findings(1, 0.5).ShouldBe("1 finding at severity ≥ 0.50");
        English.Findings(1234, 0.75).ShouldBe("1,234 findings at severity ≥ 0.75");
        Korean.Findings(3, 0.5).ShouldBe("이상 3건 (심각도 0.50 이상)");
    }

    [Fact]
    public void Mode_CounterAndGauge_InWords()
    {
        English.Mode(SeriesMode.Counter).ShouldBe("counter");
        English.Mode(SeriesMode.Gauge).ShouldBe("gauge");
        Korean.Mode(SeriesMode.Gauge).ShouldBe("게이지");
    }
}
