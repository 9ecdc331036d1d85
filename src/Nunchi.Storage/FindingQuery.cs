using Nunchi.Core.Findings;

namespace Nunchi.Storage;

/// <summary>Which findings to list; null fields do not filter.</summary>
/// <param name="FromMs">Findings that end at or after this time.</param>
/// <param name="ToMs">Findings that start before this time.</param>
/// <param name="SeriesId">Only this series.</param>
/// <param name="Kind">Only this kind.</param>
/// <param name="MinSeverity">Only findings at least this severe.</param>
/// <param name="Limit">Most findings returned, the most recent (by start) first.</param>
public sealed record FindingQuery(
    long? FromMs = null,
    long? ToMs = null,
    int? SeriesId = null,
    FindingKind? Kind = null,
    double? MinSeverity = null,
    int Limit = 1000);
