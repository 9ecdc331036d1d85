namespace Nunchi.Core.Language;

/// <summary>Which seasonal period a finding's expectation used, as far as a narrative can name it.</summary>
internal enum SeasonalCycle
{
    /// <summary>The series has no seasonal period.</summary>
    None,

    /// <summary>A 24-hour period: phases are times of day.</summary>
    Daily,

    /// <summary>A 7-day period: phases are a weekday and a time.</summary>
    Weekly,

    /// <summary>Any other period (a shift cycle, a batch cycle): phases are offsets into it.</summary>
    Other,
}
