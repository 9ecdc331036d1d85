namespace Nunchi.Core.Questions;

/// <summary>The time words of one side of a question's range (or of the whole question), gathered before they are resolved.</summary>
internal sealed class TimeClause
{
    public int? DayOffset { get; set; }

    /// <summary>A date: year (0 = this year), month, day.</summary>
    public (int Year, int Month, int Day)? Date { get; set; }

    /// <summary>A month on its own: year (0 = this year), month.</summary>
    public (int Year, int Month)? Month { get; set; }

    public (DayOfWeek Day, WeekQualifier Week)? Weekday { get; set; }

    public PartOfDay? Part { get; set; }

    /// <summary>A clock time: hour (0–24), minute, and whether a.m. or p.m. was said with it.</summary>
    public (int Hour, int Minute, Meridiem Meridiem)? Clock { get; set; }

    /// <summary>The night whose evening is this many days from today.</summary>
    public int? Night { get; set; }

    public CalendarPeriod? Period { get; set; }

    /// <summary>A duration and how it relates to now.</summary>
    public (double Amount, Counter Unit, SpanDirection Direction)? Span { get; set; }

    public bool HasDay => DayOffset is not null || Date is not null || Weekday is not null;

    public bool IsEmpty => !HasDay && Month is null && Part is null && Clock is null && Night is null && Period is null && Span is null;

    /// <summary>Adds what <paramref name="other"/> says and this clause does not.</summary>
    public void Absorb(TimeClause other)
    {
        DayOffset ??= other.DayOffset;
        Date ??= other.Date;
        Month ??= other.Month;
        Weekday ??= other.Weekday;
        Part ??= other.Part;
        Clock ??= other.Clock;
        Night ??= other.Night;
        Period ??= other.Period;
        Span ??= other.Span;
    }
}
