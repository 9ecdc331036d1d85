namespace Nunchi.Cli.Detect;

/// <summary>What one pass over the rows saw: how many, and the earliest and latest time.</summary>
/// <param name="Rows">Data rows analysed.</param>
/// <param name="FirstMs">Earliest timestamp, Unix milliseconds.</param>
/// <param name="LastMs">Latest timestamp, Unix milliseconds.</param>
internal readonly record struct PassTotals(long Rows, long FirstMs, long LastMs);
