using Nunchi.Core.Language;
using Nunchi.Engine;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>Turns stored things into what the API shows.</summary>
internal static class ApiMapper
{
    public static SeriesDto ToDto(SeriesEntry series, SeriesExtent extent)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in series.Key.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return new SeriesDto(
            series.Id,
            SeriesNames.Display(series),
            SeriesNames.Korean(series),
            series.Key.ToString(),
            series.Key.Measurement,
            tags,
            series.Key.Field,
            series.Unit,
            series.Aliases,
            extent.Count,
            extent.Count > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(extent.FirstMs) : null,
            extent.Count > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(extent.LastMs) : null);
    }

    public static FindingDto ToDto(StoredFinding stored, ISeriesCatalog catalog, NarrativeLanguage language, TimeZoneInfo timeZone)
    {
        var finding = stored.Finding;
        var series = catalog.ById(stored.SeriesId);
        var label = series is null ? new Core.Series.SeriesLabel($"series {stored.SeriesId}") : SeriesNames.Label(series);
        return new FindingDto(
            stored.Id,
            stored.SeriesId,
            label.Name,
            label.KoreanName,
            series?.Key.ToString() ?? "",
            ApiNames.Of(finding.Kind),
            DateTimeOffset.FromUnixTimeMilliseconds(finding.StartMs),
            DateTimeOffset.FromUnixTimeMilliseconds(finding.EndMs),
            DateTimeOffset.FromUnixTimeMilliseconds(finding.PeakMs),
            finding.Severity,
            finding.Expected,
            finding.Lower,
            finding.Upper,
            finding.Actual,
            series?.Unit,
            finding.IsOpen,
            finding.Facts,
            FindingNarrative.Render(finding, label, language, timeZone),
            stored.Feedback is { } verdict ? ApiNames.Of(verdict) : null);
    }

    public static FindingDto ToDto(StoredFinding stored, NunchiEngine engine, ApiContext context) =>
        ToDto(stored, engine.Catalog, context.Language, context.TimeZone);
}
