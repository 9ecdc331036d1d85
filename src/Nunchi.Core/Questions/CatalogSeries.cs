using Nunchi.Core.Series;

namespace Nunchi.Core.Questions;

/// <summary>One series as questions see it: its id, key, unit and aliases, and the names it is shown by.</summary>
/// <param name="Id">The catalog id.</param>
/// <param name="Key">Measurement, tags and field.</param>
/// <param name="Unit">The unit of its values, or null.</param>
/// <param name="Aliases">Every name people give it (Korean and English), as the catalog holds them.</param>
public sealed record CatalogSeries(int Id, SeriesKey Key, string? Unit, IReadOnlyList<string> Aliases)
{
    /// <summary>Display name, Korean name and unit (<see cref="SeriesNaming"/>).</summary>
    public SeriesLabel Label { get; } = SeriesNaming.Label(Key, Aliases, Unit);
}
