namespace Nunchi.Core.Questions;

/// <summary>Local days, weeks and months around "now" in one time zone, and their instants.</summary>
/// <remarks>
/// Local times that do not exist (skipped by a daylight-saving jump) move forward to the first one that does; local
/// times that happen twice take the earlier instant. Weeks start on Monday (ISO 8601).
/// </remarks>
internal sealed class LocalCalendar
{
    public LocalCalendar(long nowMs, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        NowMs = nowMs;
        Zone = zone;
        Now = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(nowMs), zone).DateTime;
        Today = Now.Date;
    }

    public long NowMs { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Local now (kind unspecified).</summary>
    public DateTime Now { get; }

    /// <summary>Local midnight today.</summary>
    public DateTime Today { get; }

    /// <summary>Monday 00:00 of the week holding <paramref name="day"/>.</summary>
    public static DateTime WeekStart(DateTime day) => day.Date.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The first of the month holding <paramref name="day"/>.</summary>
    public static DateTime MonthStart(DateTime day) => new(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The instant of a local wall-clock time.</summary>
    public long ToUnixMs(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(15);
        }

        var offset = Zone.IsAmbiguousTime(wall) ? Zone.GetAmbiguousTimeOffsets(wall).Max() : Zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset).ToUnixTimeMilliseconds();
    }

    /// <summary>The local wall-clock time of an instant.</summary>
    public DateTime ToLocal(long unixMs) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), Zone).DateTime;

    /// <summary>The date <paramref name="month"/>/<paramref name="day"/> of <paramref name="year"/> (this year when 0), or null when there is no such day.</summary>
    public DateTime? Date(int year, int month, int day)
    {
        int y = year == 0 ? Today.Year : year;
        return month is >= 1 and <= 12 && y is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(y, month)
            ? new DateTime(y, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            : null;
    }
}
