namespace Nunchi.Core.Questions;

/// <summary>Which week a weekday is in: <c>월요일</c>, <c>지난 월요일</c>, <c>지난주 월요일</c>.</summary>
internal enum WeekQualifier
{
    /// <summary>The latest such day up to today.</summary>
    Latest,

    /// <summary>지난, last: the latest such day before today.</summary>
    Previous,

    /// <summary>다음, next: the first such day after today.</summary>
    Coming,

    /// <summary>That day of this calendar week.</summary>
    ThisWeek,

    /// <summary>That day of last calendar week.</summary>
    LastWeek,

    /// <summary>That day of next calendar week.</summary>
    NextWeek,
}
