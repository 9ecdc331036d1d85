using Nunchi.Core.Language;

namespace Nunchi.Engine.Questions;

/// <summary>When and where a question is asked, and the language of the answer when it should not be the question's.</summary>
/// <param name="NowMs">"Now", Unix milliseconds: relative times (어제, last 6 hours) are read from it.</param>
/// <param name="TimeZone">The asker's time zone: days, hours and weeks are local to it.</param>
/// <param name="Language">The answer's language; null answers in the question's.</param>
public sealed record AskOptions(long NowMs, TimeZoneInfo TimeZone, NarrativeLanguage? Language = null);
