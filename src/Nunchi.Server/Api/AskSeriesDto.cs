namespace Nunchi.Server.Api;

/// <summary>A series a question selects.</summary>
/// <param name="Id">Catalog id (<c>/api/v1/series/{id}</c>).</param>
/// <param name="Key">Canonical key: <c>measurement,tag=value,… field</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="KoreanName">Korean name, if any.</param>
/// <param name="Measurement">Measurement.</param>
/// <param name="Field">Field.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Unit">Unit, if known.</param>
internal sealed record AskSeriesDto(
    int Id,
    string Key,
    string Name,
    string? KoreanName,
    string Measurement,
    string Field,
    IReadOnlyDictionary<string, string> Tags,
    string? Unit);
