using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>
/// Which series a request asks for: <c>measurement</c>, <c>field</c>, <c>tag=key:value</c> (repeatable, all must
/// match) and <c>name</c> (a case-insensitive part of the name, key or any alias).
/// </summary>
internal sealed class SeriesFilter
{
    private readonly string? _measurement;
    private readonly string? _field;
    private readonly string? _name;
    private readonly List<(string Key, string Value)> _tags;

    private SeriesFilter(string? measurement, string? field, string? name, List<(string Key, string Value)> tags)
    {
        _measurement = measurement;
        _field = field;
        _name = name;
        _tags = tags;
    }

    /// <summary>Checks the query; null with a reason when a <c>tag</c> is not key:value.</summary>
    public static SeriesFilter? From(SeriesQuery query, out string? error)
    {
        error = null;
        var tags = new List<(string Key, string Value)>();
        foreach (string? tag in query.Tag ?? [])
        {
            int colon = tag?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            if (tag is null || colon <= 0)
            {
                error = $"tag '{tag}' is not valid: expected key:value, e.g. tag=machine:press-3";
                return null;
            }

            tags.Add((tag[..colon], tag[(colon + 1)..]));
        }

        return new SeriesFilter(query.Measurement, query.Field, query.Name, tags);
    }

    /// <summary>The series in the catalog that match, in catalog order.</summary>
    public List<SeriesEntry> Select(ISeriesCatalog catalog)
    {
        var result = new List<SeriesEntry>();
        foreach (var series in catalog.All())
        {
            if (Matches(series))
            {
                result.Add(series);
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="series"/> passes every condition given.</summary>
    public bool Matches(SeriesEntry series)
    {
        if ((_measurement is not null && series.Key.Measurement != _measurement) || (_field is not null && series.Key.Field != _field))
        {
            return false;
        }

        foreach (var (key, value) in _tags)
        {
            if (series.Key.Tag(key) != value)
            {
                return false;
            }
        }

        if (string.IsNullOrEmpty(_name)
            || SeriesNames.Display(series).Contains(_name, StringComparison.OrdinalIgnoreCase)
            || series.Key.ToString().Contains(_name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (string alias in series.Aliases)
        {
            if (alias.Contains(_name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
