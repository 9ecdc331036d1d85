namespace Nunchi.Core.Scenarios;

/// <summary>Local calendar arithmetic in Asia/Seoul for the scenarios' shift and traffic patterns.</summary>
/// <remarks>
/// Korea Standard Time is UTC+9 all year (no daylight saving since 1988), so a fixed offset is exact and needs no
/// time zone database. Days are counted from 1970-01-01 local.
/// </remarks>
internal static class LocalClock
{
    public const long MinuteMs = 60_000;
    public const long HourMs = 3_600_000;
    public const long DayMs = 86_400_000;
    public const long SeoulOffsetMs = 9 * HourMs;

    /// <summary>The local day number containing <paramref name="utcMs"/>.</summary>
    public static long LocalDay(long utcMs) => FloorDiv(utcMs + SeoulOffsetMs, DayMs);

    /// <summary>Milliseconds since local midnight.</summary>
    public static long MsOfDay(long utcMs) => utcMs + SeoulOffsetMs - (LocalDay(utcMs) * DayMs);

    /// <summary>Local hour of day as a fraction, [0, 24).</summary>
    public static double HourOfDay(long utcMs) => MsOfDay(utcMs) / (double)HourMs;

    /// <summary>The weekday of a local day number (day 0, 1970-01-01, was a Thursday).</summary>
    public static DayOfWeek Weekday(long localDay) => (DayOfWeek)(int)((((localDay + 4) % 7) + 7) % 7);

    /// <summary>The UTC instant of <paramref name="hour"/> (fractional) on a local day.</summary>
    public static long UtcMs(long localDay, double hour) =>
        (localDay * DayMs) + (long)Math.Round(hour * HourMs, MidpointRounding.AwayFromZero) - SeoulOffsetMs;

    /// <summary>True when <paramref name="day"/> is in a mask built with <see cref="Days"/>.</summary>
    public static bool IsIn(int mask, DayOfWeek day) => (mask & (1 << (int)day)) != 0;

    /// <summary>A bit mask of weekdays.</summary>
    public static int Days(params ReadOnlySpan<DayOfWeek> days)
    {
        var mask = 0;
        foreach (var day in days)
        {
            mask |= 1 << (int)day;
        }

        return mask;
    }

    public static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return (value % divisor != 0 && ((value < 0) ^ (divisor < 0))) ? quotient - 1 : quotient;
    }
}
