namespace Nunchi.Core.Questions;

/// <summary>Turns a <see cref="TimeClause"/> into an absolute range in the question's time zone (CONVENTIONS.md).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Spans: <c>지난 N시간</c> is [now − N, now), <c>앞으로 N시간</c> [now, now + N); a span with neither is taken back
/// from now, or ahead for a forecast. <c>N시간 전</c> is that hour, <c>N일 전</c> that day.</item>
/// <item>Days are midnight to midnight; today ends now. Parts of a day: 새벽 0–6, 오전 0–12, 오후 12–18, 저녁 18–24,
/// 밤 18–06; said without a day, the latest one that has begun.</item>
/// <item>A clock time is that hour, [T, T + 1h). An hour said without 오전/오후 or am/pm is taken within working hours
/// (1–6 as afternoon, 7–12 as morning); without a day, the latest such time up to now.</item>
/// <item>Weeks run Monday to Monday; this week and this month end now.</item>
/// </list>
/// </remarks>
internal sealed class TimeResolver(LocalCalendar calendar, bool forecast)
{
    private const long HourMs = 3_600_000;

    public TimePeriod? Resolve(TimeClause clause) => Range(clause) is { } range ? Period(range) : null;

    /// <summary>From the start of <paramref name="start"/> (or of the day of <paramref name="end"/>) to <paramref name="end"/> (or now).</summary>
    public TimePeriod? Between(TimeClause? start, TimeClause? end)
    {
        if (end is not null && start is not null)
        {
            // 오후 2시부터 4시까지: the end takes the start's day, and its afternoon.
            if (!end.HasDay && end.Night is null && end.Period is null)
            {
                end.DayOffset ??= start.DayOffset;
                end.Date ??= start.Date;
                end.Weekday ??= start.Weekday;
            }

            if (end.Weekday is { Week: WeekQualifier.Latest } weekday && start.Weekday is { Week: WeekQualifier.ThisWeek or WeekQualifier.LastWeek or WeekQualifier.NextWeek } week)
            {
                // 지난주 월요일부터 수요일까지: the same week.
                end.Weekday = (weekday.Day, week.Week);
            }

            if (end.Clock is { Meridiem: Meridiem.None } clock && start.Clock is { } begin && Hour(begin, start.Part) >= 12 && clock.Hour < 12)
            {
                end.Clock = clock with { Meridiem = Meridiem.Pm };
            }
        }

        var from = start is null ? null : Range(start);
        var to = end is null ? null : Range(end);
        if (from is null && to is null)
        {
            return null;
        }

        long fromMs = from?.FromMs ?? calendar.ToUnixMs(calendar.ToLocal(to!.Value.FromMs).Date);
        long toMs = to is { } t ? (t.IsHour ? t.FromMs : t.ToMs) : calendar.NowMs;
        if (toMs <= fromMs)
        {
            return null;
        }

        var (korean, english) = PeriodNames.Between(fromMs, toMs, calendar.Zone, to is null);
        return new TimePeriod(fromMs, toMs, korean, english);
    }

    private TimePeriod Period(Resolved range) =>
        new(range.FromMs, range.ToMs, range.Korean, range.English) { Ahead = range.Ahead || range.FromMs > calendar.NowMs };

    private Resolved? Range(TimeClause c)
    {
        var today = calendar.Today;
        if (c.Night is int night)
        {
            var evening = today.AddDays(night).AddHours(18);
            return Local(evening, evening.AddHours(12), PeriodNames.Night(evening.Date, today));
        }

        if (c.Span is { } span)
        {
            return Span(span.Amount, span.Unit, span.Direction == SpanDirection.None ? (forecast ? SpanDirection.Future : SpanDirection.Past) : span.Direction);
        }

        if (c.Period is { } period)
        {
            return CalendarRange(period);
        }

        var day = Day(c);
        if (c.Clock is { } clock)
        {
            int hour = Hour(clock, c.Part);
            var start = (day ?? today).AddHours(hour).AddMinutes(clock.Minute);
            if (day is null && start > calendar.Now)
            {
                start = start.AddDays(-1);
            }

            return Local(start, start.AddHours(1), PeriodNames.Hour(start, today)) with { IsHour = true };
        }

        if (c.Part is { } part)
        {
            var (from, to) = PartHours(part);
            var partDay = day ?? (today.AddHours(from) <= calendar.Now ? today : today.AddDays(-1));
            return Local(partDay.AddHours(from), partDay.AddHours(to), PeriodNames.Part(partDay, today, part));
        }

        if (day is { } date)
        {
            var names = PeriodNames.Day(date, today, relative: c.DayOffset is not null);
            return date == today && !forecast
                ? new Resolved(calendar.ToUnixMs(date), calendar.NowMs, names.Korean, names.English)
                : date == today
                    ? new Resolved(calendar.NowMs, calendar.ToUnixMs(date.AddDays(1)), names.Korean, names.English) { Ahead = true }
                    : Local(date, date.AddDays(1), names);
        }

        if (c.Month is { } month)
        {
            int year = month.Year != 0 ? month.Year : month.Month > today.Month ? today.Year - 1 : today.Year;
            var start = new DateTime(year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            var names = PeriodNames.Month(start, today);
            return start == LocalCalendar.MonthStart(today)
                ? new Resolved(calendar.ToUnixMs(start), calendar.NowMs, names.Korean, names.English)
                : Local(start, start.AddMonths(1), names);
        }

        return null;
    }

    private Resolved Span(double amount, Counter unit, SpanDirection direction)
    {
        var names = PeriodNames.Span(amount, unit, direction);
        long now = calendar.NowMs;
        int sign = direction is SpanDirection.Past or SpanDirection.Ago ? -1 : 1;
        long moment = Shift(amount * sign, unit);
        switch (direction)
        {
            case SpanDirection.Past:
                return new Resolved(moment, now, names.Korean, names.English);
            case SpanDirection.Future:
                return new Resolved(now, moment, names.Korean, names.English) { Ahead = true };
        }

        // A moment that long ago or ahead: its hour, or its day, week, month or year.
        var local = calendar.ToLocal(moment);
        return unit switch
        {
            <= Counter.Hour => new Resolved(moment, moment + HourMs, names.Korean, names.English),
            Counter.Day => Local(local.Date, local.Date.AddDays(1), names),
            Counter.Week => Local(LocalCalendar.WeekStart(local), LocalCalendar.WeekStart(local).AddDays(7), names),
            Counter.Month => Local(LocalCalendar.MonthStart(local), LocalCalendar.MonthStart(local).AddMonths(1), names),
            _ => Local(new DateTime(local.Year, 1, 1), new DateTime(local.Year + 1, 1, 1), names),
        };
    }

    // Now moved by a signed amount of a unit: exact for seconds to hours, by the local calendar for days and longer.
    private long Shift(double amount, Counter unit)
    {
        var now = calendar.Now;
        return unit switch
        {
            Counter.Second => calendar.NowMs + (long)(amount * 1000),
            Counter.Minute => calendar.NowMs + (long)(amount * 60_000),
            Counter.Hour => calendar.NowMs + (long)(amount * HourMs),
            Counter.Day => calendar.ToUnixMs(now.AddDays(amount)),
            Counter.Week => calendar.ToUnixMs(now.AddDays(7 * amount)),
            Counter.Month => calendar.ToUnixMs(now.AddMonths((int)Math.Round(amount))),
            _ => calendar.ToUnixMs(now.AddYears((int)Math.Round(amount))),
        };
    }

    private Resolved CalendarRange(CalendarPeriod period)
    {
        var today = calendar.Today;
        var week = LocalCalendar.WeekStart(today);
        var month = LocalCalendar.MonthStart(today);
        var year = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var names = PeriodNames.Period(period);
        return period switch
        {
            CalendarPeriod.ThisWeek => new Resolved(calendar.ToUnixMs(week), calendar.NowMs, names.Korean, names.English),
            CalendarPeriod.LastWeek => Local(week.AddDays(-7), week, names),
            CalendarPeriod.NextWeek => Local(week.AddDays(7), week.AddDays(14), names),
            CalendarPeriod.ThisMonth => new Resolved(calendar.ToUnixMs(month), calendar.NowMs, names.Korean, names.English),
            CalendarPeriod.LastMonth => Local(month.AddMonths(-1), month, names),
            CalendarPeriod.NextMonth => Local(month.AddMonths(1), month.AddMonths(2), names),
            CalendarPeriod.ThisYear => new Resolved(calendar.ToUnixMs(year), calendar.NowMs, names.Korean, names.English),
            _ => Local(year.AddYears(-1), year, names),
        };
    }

    private DateTime? Day(TimeClause c)
    {
        var today = calendar.Today;
        if (c.DayOffset is int offset)
        {
            return today.AddDays(offset);
        }

        if (c.Date is { } date)
        {
            return calendar.Date(date.Year, date.Month, date.Day);
        }

        if (c.Weekday is not { } weekday)
        {
            return null;
        }

        int index = ((int)weekday.Day + 6) % 7; // Monday 0 … Sunday 6
        var week = LocalCalendar.WeekStart(today);
        int back = ((int)today.DayOfWeek - (int)weekday.Day + 7) % 7;
        return weekday.Week switch
        {
            WeekQualifier.ThisWeek => week.AddDays(index),
            WeekQualifier.LastWeek => week.AddDays(index - 7),
            WeekQualifier.NextWeek => week.AddDays(index + 7),
            WeekQualifier.Previous => today.AddDays(back == 0 ? -7 : -back),
            WeekQualifier.Coming => today.AddDays(back == 0 ? 7 : 7 - back),
            _ => today.AddDays(-back),
        };
    }

    // The 24-hour hour of a clock time, from what was said with it.
    private static int Hour((int Hour, int Minute, Meridiem Meridiem) clock, PartOfDay? part)
    {
        var meridiem = clock.Meridiem != Meridiem.None ? clock.Meridiem : part switch
        {
            PartOfDay.Dawn or PartOfDay.Morning => Meridiem.Am,
            PartOfDay.Afternoon or PartOfDay.Evening or PartOfDay.Night => Meridiem.Pm,
            _ => Meridiem.None,
        };
        int hour = clock.Hour % 24;
        return meridiem switch
        {
            Meridiem.Pm when hour < 12 => hour + 12,
            Meridiem.Am when hour == 12 => 0,
            Meridiem.None when hour is >= 1 and <= 6 => hour + 12,
            _ => hour,
        };
    }

    private static (int From, int To) PartHours(PartOfDay part) => part switch
    {
        PartOfDay.Dawn => (0, 6),
        PartOfDay.Morning => (0, 12),
        PartOfDay.Afternoon => (12, 18),
        PartOfDay.Evening => (18, 24),
        _ => (18, 30),
    };

    private Resolved Local(DateTime from, DateTime to, (string Korean, string English) names) =>
        new(calendar.ToUnixMs(from), calendar.ToUnixMs(to), names.Korean, names.English);

    private readonly record struct Resolved(long FromMs, long ToMs, string Korean, string English)
    {
        /// <summary>A clock hour: as the end of a range it ends where it starts (오후 4시까지 is up to 16:00).</summary>
        public bool IsHour { get; init; }

        /// <summary>Said to lie ahead of now (앞으로, next).</summary>
        public bool Ahead { get; init; }
    }
}
