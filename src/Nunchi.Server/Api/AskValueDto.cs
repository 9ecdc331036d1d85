namespace Nunchi.Server.Api;

/// <summary>One number of an answer.</summary>
/// <param name="SeriesId">The series (for a machine's count of findings, its first series).</param>
/// <param name="Name">The series' or machine's name.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">Its unit; absent for counts.</param>
/// <param name="At">When a min, max or latest value was reached, if it was.</param>
internal sealed record AskValueDto(int SeriesId, string Name, double Value, string? Unit, DateTimeOffset? At);
