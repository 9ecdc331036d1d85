namespace Nunchi.Cli.Plot;

/// <summary>One labelled tick of the time axis.</summary>
/// <param name="TimestampMs">Unix milliseconds of the tick.</param>
/// <param name="Label">Local wall-clock label, e.g. <c>11-19 06:00</c>.</param>
internal readonly record struct TimeTick(long TimestampMs, string Label);
