using Nunchi.Core.Language;

namespace Nunchi.Cli.Ask;

/// <summary>A validated `nunchi ask`.</summary>
/// <param name="Question">The question.</param>
/// <param name="DataDirectory">The store to answer from.</param>
/// <param name="NowMs">"Now", Unix milliseconds.</param>
/// <param name="TimeZone">The asker's time zone.</param>
/// <param name="Language">The answer's language, or null for the question's.</param>
/// <param name="Json">Print the CONVENTIONS JSON instead of text.</param>
internal sealed record AskRequest(string Question, string DataDirectory, long NowMs, TimeZoneInfo TimeZone, NarrativeLanguage? Language, bool Json);
