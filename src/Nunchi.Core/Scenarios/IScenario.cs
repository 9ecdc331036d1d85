using Nunchi.Core.Series;

namespace Nunchi.Core.Scenarios;

/// <summary>
/// A deterministic generator of realistic time series with labelled anomalies, streamed in time-major order
/// (every group at one timestamp, then the next timestamp, like live sensors) without holding the range in memory.
/// </summary>
/// <remarks>
/// Create one with <see cref="ScenarioRegistry.Create"/>. The series, catalog and labels are fixed at creation;
/// every read (<see cref="CreateReader"/>, <see cref="Run"/>, <see cref="Points"/>) replays the same values bit for bit.
/// An instance is immutable and may be read from several threads, each with its own reader.
/// </remarks>
public interface IScenario
{
    /// <summary>The scenario's name, e.g. <c>factory</c>.</summary>
    string Name { get; }

    /// <summary>The options it was created with, <see cref="ScenarioOptions.StepMs"/> resolved to the cadence used.</summary>
    ScenarioOptions Options { get; }

    /// <summary>The cadence in milliseconds.</summary>
    long StepMs { get; }

    /// <summary>The line protocol measurement of every series, e.g. <c>machine</c>.</summary>
    string Measurement { get; }

    /// <summary>The tag whose value names a group and fills the labels' <c>machine</c> column (<c>machine</c>, <c>host</c>, <c>channel</c>).</summary>
    string GroupTag { get; }

    /// <summary>The groups (one row per group per timestamp).</summary>
    IReadOnlyList<SeriesGroup> Groups { get; }

    /// <summary>Every series, in group order then field order.</summary>
    IReadOnlyList<SeriesInfo> Series { get; }

    /// <summary>Names, aliases and units for the language layer.</summary>
    ScenarioCatalog Catalog { get; }

    /// <summary>What was injected, sorted by start time; empty when the range is no longer than the learning period.</summary>
    IReadOnlyList<ScenarioLabel> Labels { get; }

    /// <summary>A fresh pull-based reader positioned before the first timestamp.</summary>
    ScenarioReader CreateReader();

    /// <summary>Pushes every row, in time-major order, to <paramref name="sink"/>.</summary>
    void Run(IScenarioSink sink);

    /// <summary>Every value as a point, in time-major order (convenient, one struct per value, no allocations per point).</summary>
    IEnumerable<DataPoint> Points();
}
