using System.Globalization;
using Nunchi.Core.Language;

namespace Nunchi.Core.Questions;

/// <summary>How answers say a period: Korean and English adverbials (<c>어제 오후</c>, <c>yesterday afternoon</c>).</summary>
internal static class PeriodNames
{
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static (string Korean, string English) Default(bool forecast) =>
        forecast ? ("앞으로 24시간 동안", "over the next 24 hours") : ("지난 24시간 동안", "over the last 24 hours");

    /// <summary>A day: 오늘, yesterday; a date said as a date (<paramref name="relative"/> false) is named by its date.</summary>
    public static (string Korean, string English) Day(DateTime day, DateTime today, bool relative = true)
    {
        int offset = relative ? (int)(day - today).TotalDays : int.MaxValue;
        return offset switch
        {
            0 => ("오늘", "today"),
            -1 => ("어제", "yesterday"),
            -2 => ("그저께", "the day before yesterday"),
            1 => ("내일", "tomorrow"),
            2 => ("모레", "the day after tomorrow"),
            _ => (KoreanDate(day, today), "on " + EnglishDate(day, today)),
        };
    }

    public static (string Korean, string English) Part(DateTime day, DateTime today, PartOfDay part)
    {
        string korean = Day(day, today).Korean + " " + part switch
        {
            PartOfDay.Dawn => "새벽",
            PartOfDay.Morning => "오전",
            PartOfDay.Afternoon => "오후",
            PartOfDay.Evening => "저녁",
            _ => "밤",
        };
        string name = part switch
        {
            PartOfDay.Dawn => "early morning",
            PartOfDay.Morning => "morning",
            PartOfDay.Afternoon => "afternoon",
            PartOfDay.Evening => "evening",
            _ => "night",
        };
        int offset = (int)(day - today).TotalDays;
        string english = offset switch
        {
            0 => part == PartOfDay.Night ? "tonight" : "this " + name,
            -1 => part == PartOfDay.Night ? "last night" : "yesterday " + name,
            1 => "tomorrow " + name,
            _ => $"on {EnglishDate(day, today)} in the {name}",
        };
        return (korean, english);
    }

    public static (string Korean, string English) Night(DateTime evening, DateTime today)
    {
        int offset = (int)(evening - today).TotalDays;
        return offset switch
        {
            -1 => ("어젯밤", "last night"),
            0 => ("오늘 밤", "tonight"),
            _ => (KoreanDate(evening, today) + " 밤", $"on the night of {EnglishDate(evening, today)}"),
        };
    }

    public static (string Korean, string English) Hour(DateTime start, DateTime today)
    {
        var (korean, english) = Day(start.Date, today);
        string koreanClock = TimeText.Clock(start.Hour, start.Minute, NarrativeLanguage.Korean);
        string englishClock = TimeText.Clock(start.Hour, start.Minute, NarrativeLanguage.English);
        return ($"{korean} {koreanClock}", $"at {englishClock} {english}");
    }

    public static (string Korean, string English) Span(double amount, Counter unit, SpanDirection direction)
    {
        if (unit == Counter.Hour && amount % 1 != 0)
        {
            // 한 시간 반: 90분.
            (amount, unit) = (amount * 60, Counter.Minute);
        }

        string number = NumberText.Significant(amount, 3);
        string korean = (amount, unit) switch
        {
            (1, Counter.Hour) => "한 시간",
            (1, Counter.Day) => "하루",
            (1, Counter.Week) => "일주일",
            (1, Counter.Month) => "한 달",
            (_, Counter.Second) => number + "초",
            (_, Counter.Minute) => number + "분",
            (_, Counter.Hour) => number + "시간",
            (_, Counter.Day) => number + "일",
            (_, Counter.Week) => number + "주",
            (_, Counter.Month) => number + "개월",
            _ => number + "년",
        };
        string name = unit.ToString().ToLowerInvariant();
        string english = amount == 1 ? name : number + " " + name + "s";
        string once = amount == 1 ? (unit == Counter.Hour ? "an hour" : "a " + name) : english;
        return direction switch
        {
            SpanDirection.Future => ($"앞으로 {korean} 동안", $"over the next {english}"),
            SpanDirection.Ago => ($"{korean} 전", $"{once} ago"),
            SpanDirection.Later => ($"{korean} 후", $"{once} from now"),
            _ => ($"지난 {korean} 동안", $"over the last {english}"),
        };
    }

    public static (string Korean, string English) Period(CalendarPeriod period) => period switch
    {
        CalendarPeriod.ThisWeek => ("이번 주", "this week"),
        CalendarPeriod.LastWeek => ("지난주", "last week"),
        CalendarPeriod.NextWeek => ("다음 주", "next week"),
        CalendarPeriod.ThisMonth => ("이번 달", "this month"),
        CalendarPeriod.LastMonth => ("지난달", "last month"),
        CalendarPeriod.NextMonth => ("다음 달", "next month"),
        CalendarPeriod.ThisYear => ("올해", "this year"),
        _ => ("작년", "last year"),
    };

    public static (string Korean, string English) Month(DateTime start, DateTime today)
    {
        string year = start.Year == today.Year ? "" : start.Year.ToString(CultureInfo.InvariantCulture);
        return (
            (year.Length > 0 ? year + "년 " : "") + start.Month.ToString(CultureInfo.InvariantCulture) + "월",
            "in " + EnglishMonths[start.Month - 1] + (year.Length > 0 ? " " + year : ""));
    }

    /// <summary>Any range by its instants: <c>11월 1일부터 11월 3일까지</c>, <c>11월 19일 오후 2시부터 오후 4시까지</c>.</summary>
    public static (string Korean, string English) Between(long fromMs, long toMs, TimeZoneInfo zone, bool toNow)
    {
        var from = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(fromMs), zone).DateTime;
        var to = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(toMs), zone).DateTime;
        string Korean(DateTime at, bool sameDay) => at.TimeOfDay == TimeSpan.Zero
            ? KoreanDate(at, at)
            : sameDay ? TimeText.Clock(at.Hour, at.Minute, NarrativeLanguage.Korean) : $"{KoreanDate(at, at)} {TimeText.Clock(at.Hour, at.Minute, NarrativeLanguage.Korean)}";
        string English(DateTime at, bool sameDay) => at.TimeOfDay == TimeSpan.Zero
            ? EnglishDate(at, at)
            : sameDay ? TimeText.Clock(at.Hour, at.Minute, NarrativeLanguage.English) : $"{EnglishDate(at, at)}, {TimeText.Clock(at.Hour, at.Minute, NarrativeLanguage.English)}";
        if (toNow)
        {
            return ($"{Korean(from, false)}부터 지금까지", $"since {English(from, false)}");
        }

        // Whole days end at midnight: 1st to 10th inclusive is [1st, 11th).
        bool days = from.TimeOfDay == TimeSpan.Zero && to.TimeOfDay == TimeSpan.Zero;
        var last = days ? to.AddDays(-1) : to;
        bool sameDay = from.Date == last.Date;
        return days && sameDay
            ? (KoreanDate(from, from), "on " + EnglishDate(from, from))
            : ($"{Korean(from, false)}부터 {Korean(last, sameDay)}까지", $"from {English(from, false)} to {English(last, sameDay)}");
    }

    private static string KoreanDate(DateTime day, DateTime today) =>
        string.Create(CultureInfo.InvariantCulture, $"{(day.Year == today.Year ? "" : $"{day.Year}년 ")}{day.Month}월 {day.Day}일");

    private static string EnglishDate(DateTime day, DateTime today) =>
        string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths[day.Month - 1][..3]} {day.Day}{(day.Year == today.Year ? "" : $", {day.Year}")}");
}
