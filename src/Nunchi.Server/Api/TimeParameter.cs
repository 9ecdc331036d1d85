using System.Globalization;

namespace Nunchi.Server.Api;

/// <summary>
/// Reads a time query parameter: ISO 8601 (<c>2026-11-20T09:00:00+09:00</c>; no offset means UTC), Unix
/// milliseconds, <c>now</c>, or relative to now (<c>-6h</c>, <c>now-7d</c>; units s, m, h, d, w).
/// </summary>
internal static class TimeParameter
{
    /// <summary>Parses <paramref name="text"/>; empty gives <paramref name="fallbackMs"/>.</summary>
    public static bool TryParse(string name, string? text, long nowMs, long fallbackMs, out long ms, out string? error)
    {
        error = null;
        ms = fallbackMs;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        string t = text.Trim();
        if (t.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            ms = nowMs;
            return true;
        }

        string relative = t.StartsWith("now", StringComparison.OrdinalIgnoreCase) ? t[3..] : t;
        if (relative.Length >= 3 && relative[0] is '-' or '+' && TryDuration(relative[1..], out long span))
        {
            ms = relative[0] == '-' ? nowMs - span : nowMs + span;
            return true;
        }

        if (long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out long unix))
        {
            ms = unix;
            return true;
        }

        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            ms = parsed.ToUnixTimeMilliseconds();
            return true;
        }

        error = $"{name} '{text}' is not a time: expected ISO 8601 (2026-11-20T09:00:00+09:00), Unix milliseconds, now, or -6h / now-7d";
        return false;
    }

    private static bool TryDuration(string text, out long ms)
    {
        ms = 0;
        long unit = text[^1] switch
        {
            's' => 1_000L,
            'm' => 60_000L,
            'h' => 3_600_000L,
            'd' => 86_400_000L,
            'w' => 604_800_000L,
            _ => 0,
        };
        if (unit == 0 || !double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double amount) || amount < 0)
        {
            return false;
        }

        ms = (long)(amount * unit);
        return true;
    }
}
