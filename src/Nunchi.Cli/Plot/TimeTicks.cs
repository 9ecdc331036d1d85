using System.Globalization;

namespace Nunchi.Cli.Plot;

/// <summary>Chooses a time-axis step by range and places ticks on round local times of a zone.</summary>
internal static class TimeTicks
{
    /// <summary>The shortest candidate step that yields at most <paramref name="maxTicks"/> ticks over the range.</summary>
    public static TimeStep ChooseStep(long startMs, long endMs, int maxTicks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 1);
        var wanted = (double)(endMs - startMs) / maxTicks;
        foreach (var step in TimeStep.Candidates)
        {
            if (step.ApproxMs >= wanted)
            {
                return step;
            }
        }

        return TimeStep.Candidates[^1];
    }

    /// <summary>
    /// Ticks within [<paramref name="startMs"/>, <paramref name="endMs"/>] on round wall-clock times in
    /// <paramref name="zone"/> (whole hours, local midnights, Mondays, first days of months), labelled in that zone.
    /// </summary>
    /// <remarks>Wall-clock times skipped by a daylight-saving change are left out.</remarks>
    public static IReadOnlyList<TimeTick> Create(long startMs, long endMs, TimeZoneInfo zone, int maxTicks)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var step = ChooseStep(startMs, endMs, maxTicks);
        var ticks = new List<TimeTick>();
        DateTime? local = step.Floor(ToLocal(startMs, zone));
        var previousMs = long.MinValue;
        while (local is { } wallClock && ticks.Count <= 4 * maxTicks + 4)
        {
            // A day of margin at both ends of the calendar keeps the zone conversion in range.
            if (wallClock > DateTime.MinValue.AddDays(1) && wallClock < DateTime.MaxValue.AddDays(-1)
                && !zone.IsInvalidTime(wallClock))
            {
                var utc = TimeZoneInfo.ConvertTimeToUtc(wallClock, zone);
                var ms = new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds();
                if (ms > endMs)
                {
                    break;
                }

                if (ms >= startMs && ms > previousMs)
                {
                    ticks.Add(new TimeTick(ms, wallClock.ToString(step.LabelFormat, CultureInfo.InvariantCulture)));
                    previousMs = ms;
                }
            }

            local = step.Next(wallClock);
        }

        return ticks;
    }

    /// <summary>The wall-clock time of an instant in a zone (kind Unspecified).</summary>
    public static DateTime ToLocal(long timestampMs, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(timestampMs), zone).DateTime;
}
