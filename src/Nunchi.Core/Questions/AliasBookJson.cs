using System.Text.Json;

namespace Nunchi.Core.Questions;

/// <summary>Reads an aliases file: the JSON <see cref="Scenarios.ScenarioCatalogJson"/> writes, or a hand-written part of it.</summary>
/// <remarks>
/// Every section is optional, so a user's own file can name just what it adds:
/// <code>
/// {"version": 1,
///  "tags":   [{"tag": "machine", "value": "press-3", "aliases": {"ko": ["메인 프레스"], "en": ["main press"]}}],
///  "fields": [{"field": "power", "aliases": ["전기"]}],
///  "series": [{"key": "machine,line=2,machine=press-3,site=plant-a vibration", "aliases": ["3호기 떨림"]}]}
/// </code>
/// <c>name</c> and <c>nameKo</c> count as aliases too; <c>aliases</c> is an array or an object of <c>en</c> and
/// <c>ko</c> arrays; a field or a series may give its <c>unit</c>. A file that is not such JSON gives one line saying where and what was expected.
/// </remarks>
public static class AliasBookJson
{
    /// <summary>Reads <paramref name="input"/>; on failure <paramref name="error"/> names <paramref name="source"/>, the place and the reason.</summary>
    public static bool TryRead(Stream input, string source, out AliasBook? book, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        book = null;
        try
        {
            using var document = JsonDocument.Parse(input, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            book = Read(document.RootElement, out error);
            if (error is not null)
            {
                error = $"{source}: {error}";
            }

            return book is not null;
        }
        catch (JsonException e)
        {
            error = $"{source}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {FirstSentence(e.Message)}";
            return false;
        }
    }

    private static AliasBook? Read(JsonElement root, out string? error)
    {
        error = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "expected a JSON object with 'tags', 'fields' or 'series'";
            return null;
        }

        if (root.TryGetProperty("version", out var version) && (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v) || v != 1))
        {
            error = $"version {version.GetRawText()} is not supported: expected 1";
            return null;
        }

        var tags = new Dictionary<(string, string), AliasBook.TermNames>();
        var fields = new Dictionary<string, AliasBook.TermNames>(StringComparer.Ordinal);
        var series = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!ReadSection(root, "tags", ["tag", "value"], (keys, names, _) => tags[(keys[0], keys[1])] = names, out error)
            || !ReadSection(root, "fields", ["field"], (keys, names, unit) => { fields[keys[0]] = names; AddUnit(units, AliasBook.FieldUnitKey(keys[0]), unit); }, out error)
            || !ReadSection(root, "series", ["key"], (keys, names, unit) => { series[keys[0]] = names.Aliases; AddUnit(units, keys[0], unit); }, out error))
        {
            return null;
        }

        string? groupTag = root.TryGetProperty("groupTag", out var group) && group.ValueKind == JsonValueKind.String ? group.GetString() : null;
        return new AliasBook(tags, fields, series, units, groupTag);
    }

    private static void AddUnit(Dictionary<string, string> units, string key, string? unit)
    {
        if (!string.IsNullOrWhiteSpace(unit))
        {
            units[key] = unit.Trim();
        }
    }

    private static bool ReadSection(JsonElement root, string section, string[] keyNames, Action<string[], AliasBook.TermNames, string?> add, out string? error)
    {
        error = null;
        if (!root.TryGetProperty(section, out var items))
        {
            return true;
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            error = $"'{section}' must be an array";
            return false;
        }

        int index = 0;
        foreach (var item in items.EnumerateArray())
        {
            string where = $"{section}[{index++}]";
            var keys = new string[keyNames.Length];
            for (int k = 0; k < keyNames.Length; k++)
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(keyNames[k], out var key)
                    || key.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(key.GetString()))
                {
                    error = $"{where}: expected an object with a non-empty string '{keyNames[k]}'";
                    return false;
                }

                keys[k] = key.GetString()!;
            }

            var english = new List<string>();
            var korean = new List<string>();
            if (!Names(item, where, english, korean, out error))
            {
                return false;
            }

            var unit = new List<string>();
            if (!Text(item, "unit", where, unit, out error))
            {
                return false;
            }

            var all = new List<string>(english);
            all.AddRange(korean);
            add(keys, new AliasBook.TermNames(korean.Count > 0 ? korean[0] : null, all), unit.Count > 0 ? unit[0] : null);
        }

        return true;
    }

    // name, nameKo and aliases (an array, or {en: [...], ko: [...]}); Korean names are kept apart for display.
    private static bool Names(JsonElement item, string where, List<string> english, List<string> korean, out string? error)
    {
        error = null;
        if (!Text(item, "name", where, english, out error) || !Text(item, "nameKo", where, korean, out error))
        {
            return false;
        }

        if (!item.TryGetProperty("aliases", out var aliases))
        {
            return true;
        }

        if (aliases.ValueKind == JsonValueKind.Array)
        {
            return Strings(aliases, $"{where}.aliases", english, korean, out error);
        }

        if (aliases.ValueKind != JsonValueKind.Object)
        {
            error = $"{where}.aliases: expected an array of strings or an object with 'en' and 'ko' arrays";
            return false;
        }

        foreach (var language in aliases.EnumerateObject())
        {
            if (language.Value.ValueKind != JsonValueKind.Array)
            {
                error = $"{where}.aliases.{language.Name}: expected an array of strings";
                return false;
            }

            if (!Strings(language.Value, $"{where}.aliases.{language.Name}", english, korean, out error))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Text(JsonElement item, string property, string where, List<string> into, out string? error)
    {
        error = null;
        if (!item.TryGetProperty(property, out var value))
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error = $"{where}.{property}: expected a string";
            return false;
        }

        if (!string.IsNullOrWhiteSpace(value.GetString()))
        {
            into.Add(value.GetString()!.Trim());
        }

        return true;
    }

    private static bool Strings(JsonElement array, string where, List<string> english, List<string> korean, out string? error)
    {
        error = null;
        int index = 0;
        foreach (var value in array.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                error = $"{where}[{index}]: expected a non-empty string";
                return false;
            }

            string text = value.GetString()!.Trim();
            (Series.SeriesNaming.HasHangul(text) ? korean : english).Add(text);
            index++;
        }

        return true;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
