namespace Nunchi.Core.Language;

/// <summary>The language a narrative, a duration or a time is written in.</summary>
public enum NarrativeLanguage
{
    /// <summary>English, for operators; numbers and times in the invariant culture.</summary>
    English,

    /// <summary>Korean, in the polite declarative style (…습니다).</summary>
    Korean,
}
