using Nunchi.Core.Series;

namespace Nunchi.Engine.Ingest;

/// <summary>Builds the structured key of a series from its wire form (e.g. escaped line protocol).</summary>
internal delegate SeriesKey SeriesKeyFactory(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field);
