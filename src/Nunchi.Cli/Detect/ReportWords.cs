using System.Globalization;
using Nunchi.Core.Analysis;
using Nunchi.Core.Language;

namespace Nunchi.Cli.Detect;

/// <summary>The words of the findings table in English or Korean (narratives and kind names come from Core).</summary>
internal sealed class ReportWords
{
    private const long Hour = 3_600_000;
    private const long Day = 24 * Hour;
    private const long Week = 7 * Day;

    private static readonly ReportWords s_english = new(NarrativeLanguage.English);
    private static readonly ReportWords s_korean = new(NarrativeLanguage.Korean);

    private readonly bool _korean;

    private ReportWords(NarrativeLanguage language)
    {
        Language = language;
        _korean = language == NarrativeLanguage.Korean;
    }

    public NarrativeLanguage Language { get; }

    public string KindHeading => _korean ? "종류" : "kind";

    public string StartHeading => _korean ? "시작" : "start";

    public string EndHeading => _korean ? "끝" : "end";

    public string DurationHeading => _korean ? "지속" : "duration";

    public string SeverityHeading => _korean ? "심각도" : "severity";

    public string Ongoing => _korean ? "(진행 중)" : "(ongoing)";

    public string SinglePoint => _korean ? "한 시점" : "one point";

    public static ReportWords For(NarrativeLanguage language) =>
        language == NarrativeLanguage.Korean ? s_korean : s_english;

    /// <summary><c>10,000 rows</c> / <c>10,000행</c>.</summary>
    public string Rows(long rows) => _korean ? Number(rows) + "행" : Number(rows) + (rows == 1 ? " row" : " rows");

    /// <summary><c>times in UTC</c>, <c>times in Asia/Seoul</c>.</summary>
    public string TimesIn(TimeZoneInfo zone) => _korean ? $"시간대 {ZoneName(zone)}" : $"times in {ZoneName(zone)}";

    /// <summary>For a file without a time column.</summary>
    public string RowIndexTime => _korean ? "시간 열 없음: 행 번호를 시각으로 사용" : "no time column: rows are numbered from 0";

    /// <summary><c>row 1234</c> / <c>1234행</c>: a time of a file without a time column.</summary>
    public string RowAt(long unixMs) =>
        _korean ? Number(unixMs / 1000) + "행" : "row " + Number(unixMs / 1000);

    /// <summary><c>every 10 seconds</c> / <c>10초 간격</c>.</summary>
    public string Cadence(long cadenceMs) => cadenceMs <= 0
        ? (_korean ? "간격 미상" : "cadence unknown")
        : _korean ? DurationText.Format(cadenceMs, Language) + " 간격" : "every " + DurationText.Format(cadenceMs, Language);

    /// <summary>The season in words: <c>daily season</c>, <c>season of 187 points</c>, <c>no season</c>.</summary>
    public string Season(long periodMs, long cadenceMs)
    {
        if (periodMs <= 0)
        {
            return _korean ? "계절성 없음" : "no season";
        }

        var name = periodMs switch
        {
            Day => _korean ? "일간" : "daily",
            Week => _korean ? "주간" : "weekly",
            Hour => _korean ? "시간 단위" : "hourly",
            _ => null,
        };
        if (name is not null)
        {
            return _korean ? $"{name} 주기" : $"{name} season";
        }

        if (cadenceMs > 0)
        {
            var points = Number((long)Math.Round((double)periodMs / cadenceMs, MidpointRounding.AwayFromZero));
            return _korean ? $"{points}개 점마다 반복" : $"repeats every {points} points";
        }

        var duration = DurationText.Format(periodMs, Language);
        return _korean ? $"{duration}마다 반복" : $"repeats every {duration}";
    }

    /// <summary><c>gauge</c>, <c>counter</c>.</summary>
    public string Mode(SeriesMode mode) => mode switch
    {
        SeriesMode.Counter => _korean ? "누적 카운터" : "counter",
        SeriesMode.Gauge => _korean ? "게이지" : "gauge",
        _ => _korean ? "유형 미정" : "gauge or counter undecided",
    };

    /// <summary><c>3 findings at severity ≥ 0.50</c> / <c>이상 3건 (심각도 0.50 이상)</c>.</summary>
    public string Findings(int count, double minSeverity)
    {
        var threshold = minSeverity.ToString("0.00", CultureInfo.InvariantCulture);
        if (_korean)
        {
            return count == 0 ? $"이상 없음 (심각도 {threshold} 이상)" : $"이상 {Number(count)}건 (심각도 {threshold} 이상)";
        }

        return count switch
        {
            0 => $"no findings at severity ≥ {threshold}",
            1 => $"1 finding at severity ≥ {threshold}",
            _ => $"{Number(count)} findings at severity ≥ {threshold}",
        };
    }

    /// <summary><c>1,234 values</c> / <c>값 1,234개</c>.</summary>
    public string Values(long points) => _korean ? $"값 {Number(points)}개" : Number(points) + (points == 1 ? " value" : " values");

    private static string ZoneName(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
