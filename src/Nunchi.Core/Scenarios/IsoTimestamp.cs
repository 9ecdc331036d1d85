using System.Globalization;

namespace Nunchi.Core.Scenarios;

/// <summary>ISO 8601 UTC text for Unix milliseconds: <c>2026-10-01T03:00:00Z</c>, with <c>.fff</c> only when needed.</summary>
internal static class IsoTimestamp
{
    public static string Format(long unixMs)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime;
        var format = unixMs % 1000 == 0 ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";
        return time.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads an ISO 8601 instant; without an offset it is taken as UTC.</summary>
    public static bool TryParse(string text, out long unixMs)
    {
        if (DateTimeOffset.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var value))
        {
            unixMs = value.ToUnixTimeMilliseconds();
            return true;
        }

        unixMs = 0;
        return false;
    }
}
