using System.Globalization;

namespace Nunchi.Core.Language;

/// <summary>Formats instants and clock times for narratives: Korean <c>11월 19일 오후 3시 20분</c>, English <c>Nov 19, 15:20</c>.</summary>
/// <remarks>
/// Korean uses the spoken 12-hour clock (오전/오후, midnight is 오전 12시, the minutes are left out on the hour);
/// English uses the 24-hour clock. Times are truncated to the minute and shown in the time zone passed in, which
/// makes the output deterministic for a given zone. The year is not shown. Thread-safe.
/// </remarks>
public static class TimeText
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] KoreanWeekdays = ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"];

    /// <summary>Formats the instant <paramref name="unixMs"/> (Unix milliseconds, UTC) as local date and time in <paramref name="timeZone"/>.</summary>
    public static string Format(long unixMs, TimeZoneInfo timeZone, NarrativeLanguage language)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), timeZone);
        string clock = Clock(local.Hour, local.Minute, language);
        return language == NarrativeLanguage.Korean
            ? string.Create(CultureInfo.InvariantCulture, $"{local.Month}월 {local.Day}일 {clock}")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths[local.Month - 1]} {local.Day}, {clock}");
    }

    /// <summary>A time of day: Korean <c>오후 3시 20분</c> or <c>오전 9시</c>, English <c>15:20</c>.</summary>
    public static string Clock(int hour, int minute, NarrativeLanguage language)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        ArgumentOutOfRangeException.ThrowIfNegative(minute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minute, 59);
        if (language != NarrativeLanguage.Korean)
            return string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");

        string half = hour < 12 ? "오전" : "오후";
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{half} {twelve}시")
            : string.Create(CultureInfo.InvariantCulture, $"{half} {twelve}시 {minute}분");
    }

    /// <summary>The name of a weekday: <c>목요일</c>, <c>Thursday</c>.</summary>
    public static string Weekday(DayOfWeek day, NarrativeLanguage language) =>
        language == NarrativeLanguage.Korean ? KoreanWeekdays[(int)day] : day.ToString();
}
