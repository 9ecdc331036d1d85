using Nunchi.Core.Language;

namespace Nunchi.Server.Api;

/// <summary>The language and time zone a request wants its narratives in.</summary>
/// <param name="Language">From <c>?lang=ko|en</c>, else <c>Accept-Language</c>, else English.</param>
/// <param name="TimeZone">From <c>?tz=Asia/Seoul</c> (IANA), else UTC.</param>
internal sealed record ApiContext(NarrativeLanguage Language, TimeZoneInfo TimeZone)
{
    /// <summary>Reads the request; null with a reason when <c>lang</c> or <c>tz</c> is not valid.</summary>
    public static ApiContext? From(HttpRequest request, out string? error)
    {
        error = null;
        string? lang = request.Query["lang"];
        NarrativeLanguage language;
        if (string.IsNullOrEmpty(lang))
        {
            string accept = request.Headers.AcceptLanguage.ToString();
            language = accept.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? NarrativeLanguage.Korean : NarrativeLanguage.English;
        }
        else if (lang is "ko" or "en")
        {
            language = lang == "ko" ? NarrativeLanguage.Korean : NarrativeLanguage.English;
        }
        else
        {
            error = $"lang '{lang}' is not supported: expected ko or en";
            return null;
        }

        string? tz = request.Query["tz"];
        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrEmpty(tz) && !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out zone))
        {
            error = $"tz '{tz}' is not a known time zone: expected an IANA name such as Asia/Seoul or UTC";
            return null;
        }

        return new ApiContext(language, zone);
    }
}
