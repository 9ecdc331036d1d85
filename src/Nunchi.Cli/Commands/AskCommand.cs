using System.CommandLine;
using System.Globalization;
using Nunchi.Cli.Ask;
using Nunchi.Core.Language;
using Nunchi.Server.Hosting;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi ask "QUESTION"`: a question about the data in Korean or English, answered from the store.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("QUESTION") { Description = "The question, e.g. \"지난주 3호기에 이상 있었어?\" or \"average power of line 1 yesterday\"." };
        var data = OptionText.Create("--data", "Data directory (default ~/.local/share/nunchi); while `nunchi serve` uses it, ask the server (GET /api/v1/ask).", "DIR");
        var now = OptionText.Create("--now", "Answer as if it were this time (ISO 8601, e.g. 2026-11-20T12:00:00+09:00; default: now).", "TIME");
        var timeZone = OptionText.Create("--tz", "IANA time zone the question means (default: this machine's).", "ZONE");
        var language = OptionText.Create("--lang", "Answer in ko or en (default: the question's language).", "ko|en");
        var json = OptionText.Flag("--json", "Print the interpretation and the answer as JSON (CONVENTIONS.md).");
        var stray = OptionText.Stray();
        var command = new Command("ask", "Ask a question about the data in Korean or English.")
        {
            question, data, now, timeZone, language, json, stray,
        };
        command.SetAction(int (parseResult) =>
        {
            var unknown = OptionText.Unknown(parseResult, stray);
            if (unknown.Count > 0)
            {
                throw new CliException($"unknown argument '{unknown[0]}' (see 'nunchi ask --help'; quote the question)", 2);
            }

            string text = parseResult.GetValue(question) ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException("the question is empty: e.g. nunchi ask \"3호기 온도 보여줘\"", 2);
            }

            var zone = TimeZoneInfo.Local;
            string? tz = OptionText.Value(parseResult, timeZone);
            if (tz is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out zone))
            {
                throw new CliException($"--tz '{tz}' is not a known time zone: expected an IANA name such as Asia/Seoul", 2);
            }

            var request = new AskRequest(
                text,
                new NunchiServerOptions { DataDirectory = OptionText.Value(parseResult, data) }.ResolvedDataDirectory(),
                Now(OptionText.Value(parseResult, now), zone),
                zone,
                Language(OptionText.Value(parseResult, language)),
                parseResult.GetValue(json));
            return AskRunner.RunAsync(request, parseResult.InvocationConfiguration.Output).GetAwaiter().GetResult();
        });
        return command;
    }

    // ISO 8601 with an offset; without one, a wall-clock time in the question's zone.
    private static long Now(string? text, TimeZoneInfo zone)
    {
        if (text is null)
        {
            return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && HasOffset(text))
        {
            return parsed.ToUnixTimeMilliseconds();
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            return new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUnixTimeMilliseconds();
        }

        throw new CliException($"--now '{text}' is not a time: expected ISO 8601 such as 2026-11-20T12:00:00+09:00", 2);
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static NarrativeLanguage? Language(string? text) => text switch
    {
        null => null,
        "ko" => NarrativeLanguage.Korean,
        "en" => NarrativeLanguage.English,
        _ => throw new CliException($"--lang '{text}' is not supported: expected ko or en", 2),
    };
}
