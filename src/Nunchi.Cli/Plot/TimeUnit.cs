namespace Nunchi.Cli.Plot;

/// <summary>Calendar unit of a time-axis step.</summary>
internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}
