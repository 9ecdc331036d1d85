using Nunchi.Core.Findings;

namespace Nunchi.Storage;

/// <summary>A finding snapshot together with the series it belongs to, on its way into the store.</summary>
public readonly record struct SeriesFinding(int SeriesId, Finding Finding);
