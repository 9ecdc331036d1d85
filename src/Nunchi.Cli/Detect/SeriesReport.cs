using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Cli.Detect;

/// <summary>What was found in one value column.</summary>
/// <param name="Name">The column's header name.</param>
/// <param name="Points">Rows with a value in the column.</param>
/// <param name="Summary">What the analyzer learned: cadence, season, gauge or counter, noise.</param>
/// <param name="Findings">Findings at or above the minimum severity, by start; an open one (<see cref="Finding.IsOpen"/>) was still ongoing at the end.</param>
internal sealed record SeriesReport(string Name, long Points, AnalyzerSummary Summary, IReadOnlyList<Finding> Findings);
