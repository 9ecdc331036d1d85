using Nunchi.Core.Findings;

namespace Nunchi.Server.Api;

/// <summary>A finding as the API, the live feed and webhooks show it.</summary>
/// <param name="Id">Global id; <c>/api/v1/findings/{id}</c>.</param>
/// <param name="SeriesId">The series' id.</param>
/// <param name="Series">The series' readable name.</param>
/// <param name="SeriesKoreanName">The series' Korean alias, if any.</param>
/// <param name="SeriesKey">The series' canonical key.</param>
/// <param name="Kind">spike, dip, level_shift, …</param>
/// <param name="Start">First point, ISO 8601 UTC.</param>
/// <param name="End">Last point (inclusive).</param>
/// <param name="Peak">Most severe point.</param>
/// <param name="Severity">Calibrated severity, 0..1.</param>
/// <param name="Expected">Expected value at the peak.</param>
/// <param name="Lower">Lower edge of the expected band at the peak.</param>
/// <param name="Upper">Upper edge of the expected band at the peak.</param>
/// <param name="Actual">Actual value at the peak.</param>
/// <param name="Unit">The series' unit, if known.</param>
/// <param name="IsOpen">True while the finding may still grow.</param>
/// <param name="Facts">The structured explanation.</param>
/// <param name="Narrative">One or two sentences in the requested language.</param>
/// <param name="Feedback">not_anomaly, confirmed, or null.</param>
internal sealed record FindingDto(
    long Id,
    int SeriesId,
    string Series,
    string? SeriesKoreanName,
    string SeriesKey,
    string Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset Peak,
    double Severity,
    double Expected,
    double Lower,
    double Upper,
    double Actual,
    string? Unit,
    bool IsOpen,
    FindingFacts Facts,
    string Narrative,
    string? Feedback);
