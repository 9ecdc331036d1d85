namespace Nunchi.Core.Questions;

/// <summary>The words that follow a number and say what it counts, in Korean and English.</summary>
/// <remarks>Read only right after a number, so <c>시</c>, <c>일</c> or <c>h</c> elsewhere in a question mean nothing to it.</remarks>
internal static class CounterWords
{
    public static Lexicon<Counter> Create()
    {
        var counters = new Lexicon<Counter>();
        Add(counters, Counter.Second, "초", "second", "seconds", "sec", "secs", "s");
        Add(counters, Counter.Minute, "분", "minute", "minutes", "min", "mins", "m");
        Add(counters, Counter.Hour, "시간", "hour", "hours", "hr", "hrs", "h");
        Add(counters, Counter.OClock, "시", "oclock", "o'clock");
        Add(counters, Counter.Day, "일", "일간", "day", "days", "d");
        Add(counters, Counter.Week, "주", "주일", "주간", "week", "weeks", "wk", "wks", "w");
        Add(counters, Counter.Month, "달", "개월", "month", "months", "mo", "mos");
        Add(counters, Counter.Year, "년", "년간", "year", "years", "yr", "yrs");
        Add(counters, Counter.MonthOfYear, "월");
        Add(counters, Counter.Am, "am", "a.m.");
        Add(counters, Counter.Pm, "pm", "p.m.");
        Add(counters, Counter.Ordinal, "st", "nd", "rd", "th");
        Add(counters, Counter.Items, "대", "개", "곳", "가지", "machine", "machines", "unit", "units", "device", "devices");
        Add(counters, Counter.Times, "번", "회", "건", "차례", "times");
        Add(counters, Counter.MachineNumber, "호기", "호");
        Add(counters, Counter.LineNumber, "라인", "번 라인", "번라인");
        return counters;
    }

    private static void Add(Lexicon<Counter> counters, Counter counter, params string[] words)
    {
        foreach (string word in words)
        {
            counters.TryAdd(word, counter);
        }
    }
}
