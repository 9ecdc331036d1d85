using Microsoft.AspNetCore.Mvc;

namespace Nunchi.Server.Api;

/// <summary>The query parameters that pick series (see <see cref="SeriesFilter"/>).</summary>
/// <param name="Measurement">Only this measurement.</param>
/// <param name="Field">Only this field.</param>
/// <param name="Name">A part of the name, key or an alias (case-insensitive).</param>
/// <param name="Tag">key:value, repeatable; every one must match.</param>
internal sealed record SeriesQuery(
    [FromQuery(Name = "measurement")] string? Measurement,
    [FromQuery(Name = "field")] string? Field,
    [FromQuery(Name = "name")] string? Name,
    [FromQuery(Name = "tag")] string[]? Tag);
