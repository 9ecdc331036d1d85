namespace Nunchi.Cli.Plot;

/// <summary>A time-axis step such as 6 hours or 1 week, with its approximate length for choosing one.</summary>
/// <param name="Unit">Calendar unit.</param>
/// <param name="Count">Number of units per step.</param>
internal readonly record struct TimeStep(TimeUnit Unit, int Count)
{
    /// <summary>Candidate steps, shortest first: round counts of each unit that ticks read well at.</summary>
    public static IReadOnlyList<TimeStep> Candidates { get; } =
    [
        new(TimeUnit.Second, 1), new(TimeUnit.Second, 2), new(TimeUnit.Second, 5), new(TimeUnit.Second, 10),
        new(TimeUnit.Second, 15), new(TimeUnit.Second, 30),
        new(TimeUnit.Minute, 1), new(TimeUnit.Minute, 2), new(TimeUnit.Minute, 5), new(TimeUnit.Minute, 10),
        new(TimeUnit.Minute, 15), new(TimeUnit.Minute, 30),
        new(TimeUnit.Hour, 1), new(TimeUnit.Hour, 2), new(TimeUnit.Hour, 3), new(TimeUnit.Hour, 6), new(TimeUnit.Hour, 12),
        new(TimeUnit.Day, 1), new(TimeUnit.Day, 2),
        new(TimeUnit.Week, 1), new(TimeUnit.Week, 2),
        new(TimeUnit.Month, 1), new(TimeUnit.Month, 3), new(TimeUnit.Month, 6),
        new(TimeUnit.Year, 1), new(TimeUnit.Year, 2), new(TimeUnit.Year, 5), new(TimeUnit.Year, 10),
        new(TimeUnit.Year, 20), new(TimeUnit.Year, 50), new(TimeUnit.Year, 100), new(TimeUnit.Year, 1000),
    ];

    /// <summary>Approximate length in milliseconds (months 30.44 days, years 365.25 days).</summary>
    public double ApproxMs => Count * Unit switch
    {
        TimeUnit.Second => 1_000.0,
        TimeUnit.Minute => 60_000.0,
        TimeUnit.Hour => 3_600_000.0,
        TimeUnit.Day => 86_400_000.0,
        TimeUnit.Week => 604_800_000.0,
        TimeUnit.Month => 2_629_746_000.0,
        _ => 31_556_952_000.0,
    };

    /// <summary>Label format for ticks at this step, e.g. <c>11-19 06:00</c> or <c>Nov 19</c>.</summary>
    public string LabelFormat => Unit switch
    {
        TimeUnit.Second => "HH:mm:ss",
        TimeUnit.Minute or TimeUnit.Hour => "MM-dd HH:mm",
        TimeUnit.Day or TimeUnit.Week => "MMM d",
        TimeUnit.Month => "MMM yyyy",
        _ => "yyyy",
    };

    /// <summary>The latest local wall-clock time at or before <paramref name="local"/> on this step's grid.</summary>
    public DateTime Floor(DateTime local)
    {
        var day = DateOnly.FromDateTime(local).DayNumber;
        return Unit switch
        {
            TimeUnit.Second => new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second - local.Second % Count),
            TimeUnit.Minute => new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute - local.Minute % Count, 0),
            TimeUnit.Hour => new DateTime(local.Year, local.Month, local.Day, local.Hour - local.Hour % Count, 0, 0),
            TimeUnit.Day => DateOnly.FromDayNumber(day - day % Count).ToDateTime(TimeOnly.MinValue),
            // Day number 0 (0001-01-01) is a Monday, so whole multiples of 7 days are Mondays.
            TimeUnit.Week => DateOnly.FromDayNumber(day - day % (7 * Count)).ToDateTime(TimeOnly.MinValue),
            TimeUnit.Month => new DateTime(local.Year, local.Month - (local.Month - 1) % Count, 1),
            _ => new DateTime(Math.Max(1, local.Year - local.Year % Count), 1, 1),
        };
    }

    /// <summary>The next grid point after <paramref name="local"/> in wall-clock time, or null past year 9999.</summary>
    public DateTime? Next(DateTime local)
    {
        var remaining = DateTime.MaxValue - local;
        if (remaining.TotalMilliseconds < ApproxMs * 1.1)
        {
            return null;
        }

        return Unit switch
        {
            TimeUnit.Second => local.AddSeconds(Count),
            TimeUnit.Minute => local.AddMinutes(Count),
            TimeUnit.Hour => local.AddHours(Count),
            TimeUnit.Day => local.AddDays(Count),
            TimeUnit.Week => local.AddDays(7 * Count),
            TimeUnit.Month => local.AddMonths(Count),
            _ => local.AddYears(Count),
        };
    }
}
