using Nunchi.Core.Series;

namespace Nunchi.Storage;

/// <summary>A series the catalog knows: its id, key and the names people use for it.</summary>
/// <param name="Id">Dense id, 1, 2, 3… in order of creation; never reused.</param>
/// <param name="Key">Measurement, tags and field.</param>
/// <param name="Unit">Unit of the values (e.g. <c>°C</c>), null when unknown.</param>
/// <param name="Aliases">Other names for the series (e.g. Korean <c>1호기 온도</c>), in the order they were added.</param>
/// <param name="RetentionMs">How long its points are kept, null for the store's default.</param>
public sealed record SeriesEntry(int Id, SeriesKey Key, string? Unit, IReadOnlyList<string> Aliases, long? RetentionMs);
