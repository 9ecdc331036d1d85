namespace Nunchi.Core.Questions;

/// <summary>What a number counts, by the word after it: <c>3시간</c>, <c>6 hours</c>, <c>세 대</c>, <c>3pm</c>.</summary>
internal enum Counter
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,

    /// <summary>An hour of the clock: 3시, 3 o'clock.</summary>
    OClock,

    /// <summary>An hour before noon: 3am.</summary>
    Am,

    /// <summary>An hour after noon: 3pm.</summary>
    Pm,

    /// <summary>A month of the year: 11월.</summary>
    MonthOfYear,

    /// <summary>A day of the month by English ordinal: 18th.</summary>
    Ordinal,

    /// <summary>Things: 대, 개, 곳, machines.</summary>
    Items,

    /// <summary>Times: 번, 회, 건.</summary>
    Times,

    /// <summary>A machine number: 3호기 (a machine the catalog does not know, when no alias matched).</summary>
    MachineNumber,

    /// <summary>A line number: 3라인.</summary>
    LineNumber,
}
