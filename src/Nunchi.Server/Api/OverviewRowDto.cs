namespace Nunchi.Server.Api;

/// <summary>One series as a row of the overview.</summary>
/// <param name="Series">The series, as <c>/api/v1/series</c> shows it.</param>
/// <param name="Last">The latest stored value (at any time, not only in the range); null when there is none.</param>
/// <param name="LastAt">When it was stored, Unix milliseconds.</param>
/// <param name="Spark">Mean per bucket over the range, single precision (null where a bucket has no point).</param>
/// <param name="Strip">Highest finding severity per bucket (0 where none).</param>
/// <param name="Findings">Findings overlapping the range (those marked not_anomaly excluded).</param>
/// <param name="Worst">The most severe of them, the most recent among equals.</param>
internal sealed record OverviewRowDto(
    SeriesDto Series,
    double? Last,
    long? LastAt,
    float?[] Spark,
    double[] Strip,
    int Findings,
    FindingDto? Worst);
