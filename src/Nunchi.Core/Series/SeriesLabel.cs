namespace Nunchi.Core.Series;

/// <summary>How a series is named to people: its display name, an optional Korean name and its unit.</summary>
/// <param name="Name">Display name in English or as the data names it, e.g. <c>press-3 vibration</c>.</param>
/// <param name="KoreanName">Korean name, e.g. <c>프레스 3호기 진동</c>; null to use <paramref name="Name"/>.</param>
/// <param name="Unit">Unit symbol, e.g. <c>°C</c>, <c>mm/s</c>; null when unknown.</param>
public sealed record SeriesLabel(string Name, string? KoreanName = null, string? Unit = null);
