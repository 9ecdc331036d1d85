namespace Nunchi.Core.Ingest;

/// <summary>Turns wall-clock times of one <see cref="TimeZoneInfo"/> into UTC, caching the offset per local hour.</summary>
/// <remarks>
/// <para>Rules for wall times that do not map to exactly one instant:</para>
/// <list type="bullet">
/// <item>Ambiguous (the clock is set back and the hour repeats): the earlier instant, i.e. the offset in force
/// before the change (for America/New_York, 01:30 on the November change day is 01:30-04:00).</item>
/// <item>Invalid (the clock jumps forward over it): shifted forward by the length of the gap, i.e. read with the
/// offset in force before the change (for America/New_York, 02:30 on the March change day is 02:30-05:00,
/// which is 03:30-04:00).</item>
/// </list>
/// <para>Asking <see cref="TimeZoneInfo"/> per row is slow, so the offset of the last local hour seen is cached; an
/// hour qualifies only when its first and last millisecond are valid, unambiguous and share one offset, so a
/// transition inside it (at any minute) sends every row of that hour to the exact path. Zones without adjustment
/// rules (UTC, fixed offsets) use their base offset directly. Not thread-safe: one instance per reader.</para>
/// </remarks>
internal sealed class LocalTimeConverter
{
    private const long MsPerHour = 3_600_000;
    private const long UnixEpochTicks = 621_355_968_000_000_000;

    private readonly TimeZoneInfo _zone;
    private readonly bool _isFixed;
    private readonly long _fixedOffsetMs;
    private long _cachedHour = long.MinValue;
    private long _cachedOffsetMs;
    private bool _cachedHourIsRegular;

    public LocalTimeConverter(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        _zone = zone;
        _isFixed = zone.GetAdjustmentRules().Length == 0;
        _fixedOffsetMs = zone.BaseUtcOffset.Ticks / TimeSpan.TicksPerMillisecond;
    }

    /// <summary>The zone wall times are read in.</summary>
    public TimeZoneInfo Zone => _zone;

    /// <summary>Unix milliseconds of the wall time <paramref name="wallMs"/> (milliseconds since 1970-01-01T00:00 on the local calendar).</summary>
    public long ToUnixMs(long wallMs)
    {
        if (_isFixed)
        {
            return wallMs - _fixedOffsetMs;
        }

        var hour = Math.DivRem(wallMs, MsPerHour, out var withinHour);
        if (withinHour < 0)
        {
            hour--;
        }

        if (hour != _cachedHour)
        {
            ClassifyHour(hour);
        }

        return _cachedHourIsRegular ? wallMs - _cachedOffsetMs : Resolve(_zone, wallMs);
    }

    /// <summary>Exact conversion of one wall time, with the rules for ambiguous and invalid times above.</summary>
    public static long Resolve(TimeZoneInfo zone, long wallMs)
    {
        var local = ToDateTime(wallMs);
        if (zone.IsInvalidTime(local))
        {
            // A day earlier on the UTC axis is safely before the transition (gaps last hours, offsets stay within
            // ±14 h, transitions are months apart).
            var beforeTicks = Math.Max(local.Ticks - TimeSpan.TicksPerDay, 0);
            var before = zone.GetUtcOffset(new DateTime(beforeTicks, DateTimeKind.Utc));
            return wallMs - (before.Ticks / TimeSpan.TicksPerMillisecond);
        }

        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset gives the earlier instant.
            var largest = TimeSpan.MinValue;
            foreach (var offset in zone.GetAmbiguousTimeOffsets(local))
            {
                largest = offset > largest ? offset : largest;
            }

            return wallMs - (largest.Ticks / TimeSpan.TicksPerMillisecond);
        }

        return wallMs - (zone.GetUtcOffset(local).Ticks / TimeSpan.TicksPerMillisecond);
    }

    private void ClassifyHour(long hour)
    {
        _cachedHour = hour;
        _cachedHourIsRegular = false;
        var first = ToDateTime(hour * MsPerHour);
        var last = ToDateTime((hour * MsPerHour) + MsPerHour - 1);
        if (_zone.IsInvalidTime(first) || _zone.IsAmbiguousTime(first) || _zone.IsInvalidTime(last) || _zone.IsAmbiguousTime(last))
        {
            return;
        }

        var offset = _zone.GetUtcOffset(first);
        if (offset != _zone.GetUtcOffset(last))
        {
            return;
        }

        _cachedOffsetMs = offset.Ticks / TimeSpan.TicksPerMillisecond;
        _cachedHourIsRegular = true;
    }

    private static DateTime ToDateTime(long wallMs)
    {
        // Wall times come from IsoTimestamp (years 0001–9999); clamp the hour ends that poke past that range.
        var ticks = Math.Clamp(UnixEpochTicks + (wallMs * TimeSpan.TicksPerMillisecond), DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return new DateTime(ticks, DateTimeKind.Unspecified);
    }
}
