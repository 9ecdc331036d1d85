using System.Text.Encodings.Web;
using System.Text.Json;

namespace Nunchi.Core.Scenarios;

/// <summary>
/// Writes a scenario's vocabulary as JSON for the language layer: every tag value and field with English and Korean
/// names and aliases, and every series with its key, tags, unit and display names.
/// </summary>
/// <remarks>
/// Schema (version 1):
/// <code>
/// {
///   "version": 1, "scenario": "factory", "measurement": "machine", "groupTag": "machine",
///   "tags":   [{"tag": "machine", "value": "press-1", "name": "press 1", "nameKo": "프레스 1호기",
///             "aliases": {"en": ["press-1", ...], "ko": ["프레스 1호기", "1호기 프레스", "1번 프레스", "1호기"]}}, ...],
///   "fields": [{"field": "temperature", "unit": "°C", "decimals": 1, "integer": false, "name": "temperature",
///             "nameKo": "온도", "aliases": {"en": [...], "ko": ["온도"]}}, ...],
///   "series": [{"key": "machine,line=1,machine=press-1,site=plant-a temperature", "column": "press-1.temperature",
///             "measurement": "machine", "field": "temperature", "group": "press-1",
///             "tags": {"line": "1", "machine": "press-1", "site": "plant-a"}, "unit": "°C",
///             "name": "press-1 temperature", "nameKo": "프레스 1호기 온도"}, ...]
/// }
/// </code>
/// A word resolves to a tag filter through <c>tags</c> (a line selects every series carrying <c>line=N</c>) or to a
/// field through <c>fields</c>; <c>series</c> lists what exists. Korean text is written as is, not \u-escaped.
/// </remarks>
public static class ScenarioCatalogJson
{
    /// <summary>The schema version written in <c>version</c>.</summary>
    public const int Version = 1;

    /// <summary>Writes the catalog of <paramref name="scenario"/> to <paramref name="output"/> as indented UTF-8 JSON.</summary>
    public static void Write(Stream output, IScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scenario);

        // The file is read by programs, not embedded in HTML, so non-ASCII text stays readable.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("scenario", scenario.Name);
        json.WriteString("measurement", scenario.Measurement);
        json.WriteString("groupTag", scenario.GroupTag);

        json.WriteStartArray("tags");
        foreach (var tag in scenario.Catalog.TagValues)
        {
            json.WriteStartObject();
            json.WriteString("tag", tag.Tag);
            json.WriteString("value", tag.Value);
            WriteNames(json, tag.Names);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("fields");
        foreach (var field in scenario.Catalog.Fields)
        {
            json.WriteStartObject();
            json.WriteString("field", field.Field);
            json.WriteString("unit", field.Unit);
            json.WriteNumber("decimals", field.Decimals);
            json.WriteBoolean("integer", field.IsInteger);
            WriteNames(json, field.Names);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("series");
        foreach (var series in scenario.Series)
        {
            json.WriteStartObject();
            json.WriteString("key", series.Key.ToString());
            json.WriteString("column", series.Column);
            json.WriteString("measurement", series.Key.Measurement);
            json.WriteString("field", series.Key.Field);
            json.WriteString("group", series.Group);
            json.WriteStartObject("tags");
            foreach (var tag in series.Key.Tags)
            {
                json.WriteString(tag.Key, tag.Value);
            }

            json.WriteEndObject();
            json.WriteString("unit", series.Unit);
            json.WriteString("name", series.Label.Name);
            json.WriteString("nameKo", series.Label.KoreanName ?? series.Label.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteNames(Utf8JsonWriter json, AliasSet names)
    {
        json.WriteString("name", names.English);
        json.WriteString("nameKo", names.Korean);
        json.WriteStartObject("aliases");
        json.WriteStartArray("en");
        foreach (var alias in names.EnglishAliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteStartArray("ko");
        foreach (var alias in names.KoreanAliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
