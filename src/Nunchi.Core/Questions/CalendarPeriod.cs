namespace Nunchi.Core.Questions;

/// <summary>Calendar weeks (Monday to Monday), months and years, relative to now.</summary>
internal enum CalendarPeriod
{
    ThisWeek,
    LastWeek,
    NextWeek,
    ThisMonth,
    LastMonth,
    NextMonth,
    ThisYear,
    LastYear,
}
