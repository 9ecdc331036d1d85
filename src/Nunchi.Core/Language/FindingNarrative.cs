using Nunchi.Core.Findings;
using Nunchi.Core.Series;

namespace Nunchi.Core.Language;

/// <summary>Tells a finding in one or two plain sentences of Korean or English, and names finding kinds.</summary>
/// <remarks>
/// <para>The first sentence says what happened, when and by how much; the second gives context: the
/// comparison with the expected value and the usual variation (Korean), how long it lasted, where a seasonal
/// value would have been normal, and whether it became the new normal, matched an earlier regime or was damped
/// by feedback. Plain text only, no markup.</para>
/// <para>Values carry the series' unit and one precision per finding (two significant digits of the expected
/// band's width); times are shown in the given time zone. Korean uses <see cref="SeriesLabel.KoreanName"/>
/// when present and chooses particles with <see cref="KoreanParticles"/>. A seasonal phase
/// (<see cref="FindingFacts.NormalAtPhaseMs"/>) is read as <c>unixMs mod SeasonalPeriodMs</c>, i.e. periods start
/// at the Unix epoch in UTC, and is shown as a local clock time for a daily period and a weekday and time for a
/// weekly one. Deterministic for a given time zone; thread-safe.</para>
/// </remarks>
public static class FindingNarrative
{
    /// <summary>One or two sentences telling <paramref name="finding"/> on <paramref name="series"/>.</summary>
    /// <example>
    /// <c>프레스 3호기 진동이 11월 19일 오후 9시 12분에 2.45 mm/s로 급등했습니다. 예상값 0.80 mm/s(범위 0.62–0.98)보다 1.65 mm/s 높아 평소 변동폭의 9배입니다.</c>
    /// </example>
    public static string Render(Finding finding, SeriesLabel series, NarrativeLanguage language, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(finding.Facts, nameof(finding));
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(timeZone);
        var context = new NarrativeContext(finding, series, language, timeZone);
        return language switch
        {
            NarrativeLanguage.Korean => KoreanNarrator.Render(context),
            NarrativeLanguage.English => EnglishNarrator.Render(context),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
        };
    }

    /// <summary>A short name for <paramref name="kind"/>: <c>급등</c>, <c>level shift</c>.</summary>
    public static string KindName(FindingKind kind, NarrativeLanguage language)
    {
        bool korean = language switch
        {
            NarrativeLanguage.Korean => true,
            NarrativeLanguage.English => false,
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
        };
        return kind switch
        {
            FindingKind.Spike => korean ? "급등" : "spike",
            FindingKind.Dip => korean ? "급락" : "dip",
            FindingKind.LevelShift => korean ? "수준 변화" : "level shift",
            FindingKind.VarianceChange => korean ? "변동성 변화" : "variance change",
            FindingKind.TrendChange => korean ? "추세 변화" : "trend change",
            FindingKind.SeasonalityBreak => korean ? "주기 패턴 이탈" : "seasonality break",
            FindingKind.ShapeAnomaly => korean ? "형태 이상" : "unusual shape",
            FindingKind.Stuck => korean ? "값 고정(센서 멈춤)" : "stuck sensor",
            FindingKind.Missing => korean ? "데이터 누락" : "missing data",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown finding kind."),
        };
    }
}
