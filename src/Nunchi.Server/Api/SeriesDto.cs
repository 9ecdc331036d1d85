namespace Nunchi.Server.Api;

/// <summary>A series as the API shows it.</summary>
/// <param name="Id">Catalog id, used in <c>/api/v1/series/{id}/points</c>.</param>
/// <param name="Name">A readable name (tag values and field, or an alias).</param>
/// <param name="KoreanName">The Korean alias, if any.</param>
/// <param name="Key">The canonical key: <c>measurement,tag=value,… field</c>.</param>
/// <param name="Measurement">Measurement.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Field">Field.</param>
/// <param name="Unit">Unit, if known.</param>
/// <param name="Aliases">Every alias.</param>
/// <param name="Points">Stored points.</param>
/// <param name="First">Earliest point, ISO 8601 UTC, null when none.</param>
/// <param name="Last">Latest point, ISO 8601 UTC, null when none.</param>
internal sealed record SeriesDto(
    int Id,
    string Name,
    string? KoreanName,
    string Key,
    string Measurement,
    IReadOnlyDictionary<string, string> Tags,
    string Field,
    string? Unit,
    IReadOnlyList<string> Aliases,
    long Points,
    DateTimeOffset? First,
    DateTimeOffset? Last);
