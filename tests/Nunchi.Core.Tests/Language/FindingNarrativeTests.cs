using System.Globalization;
using Nunchi.Core.Findings;
using Nunchi.Core.Language;
using Nunchi.Core.Series;

namespace Nunchi.Core.Tests.Language;

public sealed class FindingNarrativeTests
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.CreateCustomTimeZone("KST", TimeSpan.FromHours(9), "KST", "KST");
    private static readonly long At = DateTimeOffset.Parse("2024-11-19T12:12:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
    private static readonly SeriesLabel Press = new("press-3 vibration", "프레스 3호기 진동", "mm/s");
    private static readonly SeriesLabel Oven = new("oven temperature", "오븐 온도", "°C");
    private static readonly SeriesLabel Power = new("line 2 power", "2라인 전력", "kW");

    [Fact]
    public void Render_Spike_ReadsAsTheDocumentedExample()
    {
        var finding = Make(FindingKind.Spike, Facts("residual", deviation: 1.65, sigma: 9.2));

        Korean(finding, Press).ShouldBe(
            "프레스 3호기 진동이 11월 19일 오후 9시 12분에 2.45 mm/s로 급등했습니다. " +
            "예상값 0.80 mm/s(범위 0.62–0.98)보다 1.65 mm/s 높아 평소 변동폭의 9배입니다.");
        English(finding, Press).ShouldBe(
            "press-3 vibration spiked to 2.45 mm/s at Nov 19, 21:12, 1.65 mm/s above the expected 0.80 mm/s " +
            "(range 0.62–0.98), 9 times its usual variation.");
    }

    [Fact]
    public void Render_SpikeThatLastedAndWasDamped_SaysHowLongAndWhy()
    {
        var finding = Make(FindingKind.Spike, Facts("residual", deviation: 1.65, sigma: 9.2) with { DampedByFeedback = true }, durationMs: 3 * Minute);

        Korean(finding, Press).ShouldBe(
            "프레스 3호기 진동이 11월 19일 오후 9시 12분에 2.45 mm/s로 급등해 3분 동안 이어졌습니다. " +
            "예상값 0.80 mm/s(범위 0.62–0.98)보다 1.65 mm/s 높아 평소 변동폭의 9배이며, " +
            "비슷한 사례가 '이상 아님'으로 표시되어 심각도를 낮췄습니다.");
        English(finding, Press).ShouldBe(
            "press-3 vibration spiked to 2.45 mm/s at Nov 19, 21:12, 1.65 mm/s above the expected 0.80 mm/s " +
            "(range 0.62–0.98), 9 times its usual variation. It stayed high for 3 minutes, and its severity was " +
            "lowered because a similar finding was marked as not an anomaly.");
    }

    [Fact]
    public void Render_Dip_SaysLowerAndBelow()
    {
        var finding = Make(FindingKind.Dip, Facts("residual", deviation: -0.5, sigma: -3.1), actual: 0.30);

        Korean(finding, Press).ShouldBe(
            "프레스 3호기 진동이 11월 19일 오후 9시 12분에 0.30 mm/s로 급락했습니다. " +
            "예상값 0.80 mm/s(범위 0.62–0.98)보다 0.50 mm/s 낮아 평소 변동폭의 3배입니다.");
        English(finding, Press).ShouldBe(
            "press-3 vibration dipped to 0.30 mm/s at Nov 19, 21:12, 0.50 mm/s below the expected 0.80 mm/s " +
            "(range 0.62–0.98), 3 times its usual variation.");
    }

    [Fact]
    public void Render_LevelShiftAdopted_GivesOldAndNewLevelAndNewNormal()
    {
        var facts = Facts("level", deviation: 0.4, sigma: 6) with { ShiftSize = 0.4, BecameNormal = true };
        var finding = Make(FindingKind.LevelShift, facts, actual: 1.2);

        Korean(finding, Press).ShouldBe(
            "프레스 3호기 진동이 11월 19일 오후 9시 12분부터 0.80 mm/s에서 1.20 mm/s 수준으로 높아졌습니다. " +
            "변화 폭 0.40 mm/s는 평소 변동폭의 6배이며, 이후 새로운 정상 수준으로 학습했습니다.");
        English(finding, Press).ShouldBe(
            "press-3 vibration stepped up from 0.80 mm/s to 1.20 mm/s at Nov 19, 21:12 and stayed there. " +
            "The change of 0.40 mm/s is 6 times its usual variation, and it has since been adopted as the new normal.");
    }

    [Fact]
    public void Render_LevelShiftBackToEarlierRegime_SaysSo()
    {
        var facts = Facts("level", deviation: -0.3, sigma: 5) with { ShiftSize = -0.3, ReturnedToKnownRegime = true };
        var finding = Make(FindingKind.LevelShift, facts, actual: 0.5);

        Korean(finding, Press).ShouldContain("0.80 mm/s에서 0.50 mm/s 수준으로 낮아졌습니다.");
        Korean(finding, Press).ShouldContain("이전에 있었던 수준으로 돌아간 것입니다.");
        English(finding, Press).ShouldContain("stepped down from 0.80 mm/s to 0.50 mm/s");
        English(finding, Press).ShouldContain("it returned to a level seen before.");
    }

    [Fact]
    public void Render_VarianceGrew_GivesTheRatioAndDuration()
    {
        var finding = Make(FindingKind.VarianceChange, Facts("variance") with { VarianceRatio = 2.5 }, durationMs: 3 * Hour);

        Korean(finding, Press).ShouldBe("프레스 3호기 진동의 변동폭이 11월 19일 오후 9시 12분부터 3시간 동안 평소의 2.5배로 커져 있었습니다.");
        English(finding, Press).ShouldBe("press-3 vibration fluctuated 2.5 times as much as usual for 3 hours from Nov 19, 21:12.");
    }

    [Fact]
    public void Render_VarianceShrinkingStillOpen_GivesPercentAndPresentTense()
    {
        var finding = Make(FindingKind.VarianceChange, Facts("variance") with { VarianceRatio = 0.4 }, durationMs: 3 * Hour, isOpen: true);

        Korean(finding, Press).ShouldBe("프레스 3호기 진동의 변동폭이 11월 19일 오후 9시 12분부터 3시간째 평소의 40% 수준으로 줄어 있습니다.");
        English(finding, Press).ShouldBe("press-3 vibration has been fluctuating only 40% as much as usual for 3 hours, since Nov 19, 21:12.");
    }

    [Fact]
    public void Render_TrendRising_GivesTheSlopePerHour()
    {
        var finding = Make(FindingKind.TrendChange, Facts("trend", deviation: 2.4) with { SlopePerHour = 0.5 },
            expected: 70, lower: 68, upper: 72, actual: 72.4, durationMs: 3 * Hour, isOpen: true);

        Korean(finding, Oven).ShouldBe(
            "오븐 온도가 11월 19일 오후 9시 12분부터 시간당 0.5 °C씩 상승하고 있습니다. " +
            "가장 크게 벗어났을 때는 72.4 °C로 예상값 70.0 °C보다 2.4 °C 높았습니다.");
        English(finding, Oven).ShouldBe(
            "oven temperature has been rising 0.5 °C per hour since Nov 19, 21:12. " +
            "At its furthest it was 72.4 °C, 2.4 °C above the expected 70.0 °C.");
    }

    [Fact]
    public void Render_TrendFallingClosed_GivesSlopeAndDuration()
    {
        var finding = Make(FindingKind.TrendChange, Facts("trend", deviation: -2.4) with { SlopePerHour = -0.52 },
            expected: 70, lower: 68, upper: 72, actual: 67.6, durationMs: 3 * Hour);

        Korean(finding, Oven).ShouldContain("오븐 온도가 11월 19일 오후 9시 12분부터 3시간 동안 시간당 0.52 °C씩 하락했습니다.");
        Korean(finding, Oven).ShouldContain("2.4 °C 낮았습니다.");
        English(finding, Oven).ShouldContain("oven temperature fell 0.52 °C per hour for 3 hours from Nov 19, 21:12.");
        English(finding, Oven).ShouldContain("2.4 °C below the expected 70.0 °C.");
    }

    [Fact]
    public void Render_SeasonalityBreakDaily_SaysWhenTheValueIsUsual()
    {
        // Phase 05:00 UTC in a daily period is 14:00 in Seoul.
        var finding = Make(FindingKind.SeasonalityBreak, Seasonal(Day, 5 * Hour), expected: 40, lower: 30, upper: 50, actual: 120);

        Korean(finding, Power).ShouldBe(
            "2라인 전력이 11월 19일 오후 9시 12분에 120 kW로 이 시간대 예상값 40 kW보다 80 kW 높았습니다. " +
            "이 값은 평소 오후 2시 무렵에 보이는 수준입니다.");
        English(finding, Power).ShouldBe(
            "line 2 power was 120 kW at Nov 19, 21:12, 80 kW above the expected 40 kW for this time of day. " +
            "That level is usual around 14:00.");
    }

    [Fact]
    public void Render_SeasonalityBreakInUtc_ShowsThePhaseInThatZone()
    {
        var finding = Make(FindingKind.SeasonalityBreak, Seasonal(Day, 5 * Hour), expected: 40, lower: 30, upper: 50, actual: 120);

        FindingNarrative.Render(finding, Power, NarrativeLanguage.Korean, TimeZoneInfo.Utc).ShouldContain("평소 오전 5시 무렵에 보이는 수준입니다.");
        FindingNarrative.Render(finding, Power, NarrativeLanguage.English, TimeZoneInfo.Utc).ShouldContain("usual around 05:00.");
    }

    [Fact]
    public void Render_SeasonalityBreakWeekly_NamesTheWeekday()
    {
        // Weeks counted from the Unix epoch start on Thursday 00:00 UTC; +5 days 5 hours is Tuesday 05:00 UTC, 14:00 in Seoul.
        var finding = Make(FindingKind.SeasonalityBreak, Seasonal(7 * Day, (5 * Day) + (5 * Hour)), expected: 40, lower: 30, upper: 50, actual: 120);

        Korean(finding, Power).ShouldContain("이 요일과 시간대의 예상값 40 kW보다 80 kW 높았습니다.");
        Korean(finding, Power).ShouldContain("평소 화요일 오후 2시 무렵에 보이는 수준입니다.");
        English(finding, Power).ShouldContain("for this time of the week.");
        English(finding, Power).ShouldContain("usual on Tuesdays around 14:00.");
    }

    [Fact]
    public void Render_SeasonalityBreakOtherPeriod_GivesOffsetIntoTheCycle()
    {
        var finding = Make(FindingKind.SeasonalityBreak, Seasonal(8 * Hour, 2 * Hour), expected: 40, lower: 30, upper: 50, actual: 20);

        Korean(finding, Power).ShouldContain("이 시점의 예상값 40 kW보다 20 kW 낮았습니다.");
        Korean(finding, Power).ShouldContain("평소 8시간 주기 중 2시간 지점에서 보이는 수준입니다.");
        English(finding, Power).ShouldContain("20 kW below the expected 40 kW for this point in its cycle.");
        English(finding, Power).ShouldContain("usual about 2 hours into its cycle of 8 hours.");
    }

    [Fact]
    public void Render_ShapeAnomaly_SaysThePatternIsNew()
    {
        var finding = Make(FindingKind.ShapeAnomaly, Facts("shape"), durationMs: 20 * Minute);

        Korean(finding, Press).ShouldBe(
            "프레스 3호기 진동이 11월 19일 오후 9시 12분부터 20분 동안 평소에 없던 모양으로 움직였습니다. " +
            "값 하나하나는 그럴듯하지만 이런 패턴은 처음 보는 것입니다.");
        English(finding, Press).ShouldBe(
            "press-3 vibration moved in an unusual pattern for 20 minutes from Nov 19, 21:12. " +
            "Each value looks plausible, but this shape has not been seen before.");
    }

    [Fact]
    public void Render_StuckStillOpen_GivesValueAndHowLong()
    {
        var finding = Make(FindingKind.Stuck, Facts("stuck") with { StuckValue = 0.8 }, actual: 0.8, durationMs: 2 * Hour, isOpen: true);

        Korean(finding, Press).ShouldBe(
            "프레스 3호기 진동이 11월 19일 오후 9시 12분부터 2시간째 0.80 mm/s에서 변하지 않고 있습니다. " +
            "센서가 멈췄거나 값이 갱신되지 않는 것일 수 있습니다.");
        English(finding, Press).ShouldBe(
            "press-3 vibration has been stuck at 0.80 mm/s for 2 hours, since Nov 19, 21:12. " +
            "The sensor may be stuck or not updating.");
    }

    [Fact]
    public void Render_StuckClosed_UsesPastTense()
    {
        var spindle = new SeriesLabel("spindle speed", "주축 회전수", "rpm");
        var finding = Make(FindingKind.Stuck, Facts("stuck") with { StuckValue = 1200 },
            expected: 1180, lower: 1100, upper: 1300, actual: 1200, durationMs: 2 * Hour);

        Korean(finding, spindle).ShouldStartWith("주축 회전수가 11월 19일 오후 9시 12분부터 2시간 동안 1,200 rpm에서 변하지 않았습니다.");
        English(finding, spindle).ShouldStartWith("spindle speed stayed at 1,200 rpm for 2 hours from Nov 19, 21:12.");
    }

    [Fact]
    public void Render_Missing_GivesGapCadenceAndLastValue()
    {
        var finding = Make(FindingKind.Missing, Facts("gap") with { CadenceMs = 10_000 },
            expected: double.NaN, lower: double.NaN, upper: double.NaN, actual: 0.8, durationMs: 2 * Hour);

        Korean(finding, Press).ShouldBe(
            "프레스 3호기 진동 데이터가 11월 19일 오후 9시 12분 이후 2시간 동안 들어오지 않았습니다. " +
            "평소에는 10초마다 들어오며, 마지막 값은 0.8 mm/s입니다.");
        English(finding, Press).ShouldBe(
            "No data arrived from press-3 vibration for 2 hours after Nov 19, 21:12. " +
            "It usually reports every 10 seconds, and the last value was 0.8 mm/s.");
    }

    [Fact]
    public void Render_MissingStillOpenWithoutKoreanName_UsesNameAndSingularCadence()
    {
        var tank = new SeriesLabel("tank level", Unit: "%");
        var finding = Make(FindingKind.Missing, Facts("gap") with { CadenceMs = Minute },
            expected: double.NaN, lower: double.NaN, upper: double.NaN, actual: 12, durationMs: 90 * Minute, isOpen: true);

        Korean(finding, tank).ShouldBe(
            "tank level 데이터가 11월 19일 오후 9시 12분 이후 1시간 30분째 들어오지 않고 있습니다. " +
            "평소에는 1분마다 들어오며, 마지막 값은 12%입니다.");
        English(finding, tank).ShouldBe(
            "No data has arrived from tank level for 1 hour 30 minutes, since Nov 19, 21:12. " +
            "It usually reports every minute, and the last value was 12%.");
    }

    [Theory]
    [InlineData("rpm", 1250.0, 1100.0, 1300.0, "1,250 rpm으로 급등했습니다")] // 알피엠
    [InlineData("kPa", 3.5, 1.0, 2.0, "3.5 kPa로 급등했습니다")] // 킬로파스칼: ㄹ
    [InlineData("°C", 81.3, 70.0, 74.0, "81.3 °C로 급등했습니다")] // 도
    [InlineData("%", 96.0, 50.0, 80.0, "96%로 급등했습니다")] // 퍼센트
    [InlineData("A", 12.5, 5.0, 8.0, "12.5 A로 급등했습니다")] // 암페어
    [InlineData("m³/h", 130.0, 40.0, 100.0, "130 m³/h로 급등했습니다")] // … 매 시
    [InlineData(null, 3.0, 0.8, 1.2, "3.00으로 급등했습니다")] // 삼 점 영 영
    [InlineData(null, 17.0, 0.0, 10.0, "17로 급등했습니다")] // 십칠
    public void Render_KoreanValueWithUnit_TakesTheParticleOfItsReading(string? unit, double actual, double lower, double upper, string expected)
    {
        var finding = Make(FindingKind.Spike, Facts("residual", deviation: actual - ((lower + upper) / 2), sigma: 8),
            expected: (lower + upper) / 2, lower: lower, upper: upper, actual: actual);

        Korean(finding, new SeriesLabel("x", "측정값", unit)).ShouldContain(expected);
    }

    [Theory]
    [InlineData("press-3 vibration", null, "press-3 vibration이 ")]
    [InlineData("x", "오븐 온도", "오븐 온도가 ")]
    [InlineData("x", "2라인 전력", "2라인 전력이 ")]
    [InlineData("Line A", null, "Line A가 ")]
    [InlineData("x", "   ", "x가 ")] // a blank Korean name falls back to the name
    public void Render_KoreanSeriesName_TakesTheRightSubjectParticle(string name, string? koreanName, string expectedStart)
    {
        var finding = Make(FindingKind.Spike, Facts("residual", deviation: 1.65, sigma: 9.2));

        Korean(finding, new SeriesLabel(name, koreanName, "mm/s")).ShouldStartWith(expectedStart);
    }

    [Fact]
    public void Render_TinyDeviationInWideBand_DoesNotPrintZero()
    {
        var finding = Make(FindingKind.Spike, Facts("residual", deviation: 0.03), expected: 100, lower: 80, upper: 120, actual: 100.03);

        Korean(finding, Power).ShouldContain("보다 0.03 kW 높은 값입니다.");
        English(finding, Power).ShouldContain("0.03 kW above the expected 100 kW (range 80–120).");
    }

    [Fact]
    public void Render_LargeValues_UseThousandsSeparatorsAndNoNeedlessDigits()
    {
        var finding = Make(FindingKind.Dip, Facts("residual", deviation: -4234.7, sigma: -12), expected: 15234.7, lower: 14000, upper: 16500, actual: 11000);

        English(finding, Power).ShouldBe(
            "line 2 power dipped to 11,000 kW at Nov 19, 21:12, 4,235 kW below the expected 15,235 kW (range 14,000–16,500), " +
            "12 times its usual variation.");
    }

    [Theory]
    [InlineData(FindingKind.Spike, "급등", "spike")]
    [InlineData(FindingKind.Dip, "급락", "dip")]
    [InlineData(FindingKind.LevelShift, "수준 변화", "level shift")]
    [InlineData(FindingKind.VarianceChange, "변동성 변화", "variance change")]
    [InlineData(FindingKind.TrendChange, "추세 변화", "trend change")]
    [InlineData(FindingKind.SeasonalityBreak, "주기 패턴 이탈", "seasonality break")]
    [InlineData(FindingKind.ShapeAnomaly, "형태 이상", "unusual shape")]
    [InlineData(FindingKind.Stuck, "값 고정(센서 멈춤)", "stuck sensor")]
    [InlineData(FindingKind.Missing, "데이터 누락", "missing data")]
    public void KindName_EveryKind_HasShortNamesInBothLanguages(FindingKind kind, string korean, string english)
    {
        FindingNarrative.KindName(kind, NarrativeLanguage.Korean).ShouldBe(korean);
        FindingNarrative.KindName(kind, NarrativeLanguage.English).ShouldBe(english);
    }

    [Fact]
    public void Render_UndefinedKind_Throws()
    {
        var finding = Make((FindingKind)99, Facts("residual"));

        Should.Throw<ArgumentOutOfRangeException>(() => English(finding, Press));
    }

    [Fact]
    public void Render_AnyFinding_IsAtMostTwoPlainSentencesWithoutNonFiniteNumbers()
    {
        // Seeded so that a failure reproduces; covers every kind, missing facts, NaN values and all flags.
        var random = new Random(20241119);
        var kinds = Enum.GetValues<FindingKind>();
        for (int i = 0; i < 600; i++)
        {
            var finding = RandomFinding(random, kinds[i % kinds.Length]);
            foreach (var language in new[] { NarrativeLanguage.Korean, NarrativeLanguage.English })
            {
                string text = FindingNarrative.Render(finding, Press, language, Seoul);

                text.ShouldEndWith(".", customMessage: text);
                CountSentenceBreaks(text).ShouldBeLessThanOrEqualTo(1, text);
                text.ShouldNotContain("NaN", customMessage: text);
                text.ShouldNotContain("∞", customMessage: text);
                text.ShouldNotContain("<", customMessage: text);
                text.ShouldNotContain("  ", customMessage: text);
                text.ShouldBe(FindingNarrative.Render(finding, Press, language, Seoul)); // deterministic
            }
        }
    }

    private static int CountSentenceBreaks(string text)
    {
        int count = 0;
        for (int i = text.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static Finding RandomFinding(Random random, FindingKind kind)
    {
        double Maybe(double value) => random.Next(6) == 0 ? double.NaN : value;
        double? MaybeNull(double value) => random.Next(3) == 0 ? null : value;
        double scale = Math.Pow(10, random.Next(-3, 5));
        double expected = random.NextDouble() * 100 * scale;
        double width = random.NextDouble() * 10 * scale;
        double actual = expected + ((random.NextDouble() - 0.5) * 40 * scale);
        var facts = new FindingFacts
        {
            Detector = "random",
            Direction = (Direction)random.Next(3),
            Deviation = actual - expected,
            DeviationSigma = Maybe((random.NextDouble() - 0.5) * 30),
            ShiftSize = MaybeNull((random.NextDouble() - 0.5) * 10 * scale),
            VarianceRatio = MaybeNull(random.NextDouble() * 5),
            SlopePerHour = MaybeNull((random.NextDouble() - 0.5) * scale),
            StuckValue = MaybeNull(actual),
            CadenceMs = random.Next(2) == 0 ? null : random.Next(1, 3_600_000),
            SeasonalPeriodMs = random.Next(4) switch { 0 => null, 1 => Day, 2 => 7 * Day, _ => 8 * Hour },
            NormalAtPhaseMs = random.Next(3) == 0 ? null : random.NextInt64(0, 7 * Day),
            BecameNormal = random.Next(2) == 0,
            ReturnedToKnownRegime = random.Next(2) == 0,
            DampedByFeedback = random.Next(2) == 0,
        };
        return Make(kind, facts, Maybe(expected), Maybe(expected - width), Maybe(expected + width), Maybe(actual),
            random.Next(3) == 0 ? 0 : random.NextInt64(1, 3 * Day), random.Next(2) == 0);
    }

    private static FindingFacts Facts(string detector, double deviation = 0, double sigma = 0) =>
        new() { Detector = detector, Deviation = deviation, DeviationSigma = sigma };

    private static FindingFacts Seasonal(long periodMs, long phaseMs) =>
        Facts("seasonal", deviation: 80, sigma: 8) with { SeasonalPeriodMs = periodMs, NormalAtPhaseMs = phaseMs };

    private static Finding Make(
        FindingKind kind,
        FindingFacts facts,
        double expected = 0.80,
        double lower = 0.62,
        double upper = 0.98,
        double actual = 2.45,
        long durationMs = 0,
        bool isOpen = false) => new()
        {
            Id = 1,
            Kind = kind,
            StartMs = At,
            EndMs = At + durationMs,
            PeakMs = At,
            Severity = 0.99,
            Expected = expected,
            Lower = lower,
            Upper = upper,
            Actual = actual,
            Facts = facts,
            IsOpen = isOpen,
        };

    private static string Korean(Finding finding, SeriesLabel series) =>
        FindingNarrative.Render(finding, series, NarrativeLanguage.Korean, Seoul);

    private static string English(Finding finding, SeriesLabel series) =>
        FindingNarrative.Render(finding, series, NarrativeLanguage.English, Seoul);
}
