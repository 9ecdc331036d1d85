namespace Nunchi.Cli.Detect;

/// <summary>The outcome of `nunchi detect` on one file, ready to print as a table or JSON.</summary>
/// <param name="FileName">The input as named by the user.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="FirstMs">Earliest timestamp, Unix milliseconds.</param>
/// <param name="LastMs">Latest timestamp, Unix milliseconds.</param>
/// <param name="TimeColumn">The time column's name; null when the file has none and rows are timed by index (row i at i seconds).</param>
/// <param name="MinSeverity">Findings below this severity were left out.</param>
/// <param name="Series">One entry per value column, in file order.</param>
internal sealed record DetectReport(
    string FileName,
    long Rows,
    long FirstMs,
    long LastMs,
    string? TimeColumn,
    double MinSeverity,
    IReadOnlyList<SeriesReport> Series);
