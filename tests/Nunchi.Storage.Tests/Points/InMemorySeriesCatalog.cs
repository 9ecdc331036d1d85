using System.Collections.Concurrent;
using Nunchi.Core.Series;

namespace Nunchi.Storage.Tests.Points;

/// <summary>A catalog double: series live in memory only.</summary>
internal sealed class InMemorySeriesCatalog(int maxSeries = 100_000) : ISeriesCatalog
{
    private readonly ConcurrentDictionary<int, SeriesEntry> _byId = new();
    private readonly ConcurrentDictionary<SeriesKey, int> _byKey = new();
    private readonly Lock _gate = new();

    public int Count => _byId.Count;

    public CatalogStatus GetOrAdd(SeriesKey key, out int id)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out id))
            {
                return CatalogStatus.Found;
            }

            if (_byId.Count >= maxSeries)
            {
                id = 0;
                return CatalogStatus.CardinalityLimit;
            }

            id = _byId.Count + 1;
            _byId[id] = new SeriesEntry(id, key, null, [], null);
            _byKey[key] = id;
            return CatalogStatus.Created;
        }
    }

    public SeriesEntry? ById(int id) => _byId.GetValueOrDefault(id);

    public SeriesEntry? Find(SeriesKey key) => _byKey.TryGetValue(key, out var id) ? ById(id) : null;

    public IReadOnlyList<SeriesEntry> All() => [.. _byId.Values.OrderBy(e => e.Id)];

    public void SetUnit(int id, string? unit) => _byId[id] = _byId[id] with { Unit = unit };

    public void AddAliases(int id, IEnumerable<string> aliases)
        => _byId[id] = _byId[id] with { Aliases = [.. _byId[id].Aliases.Union(aliases)] };

    public bool RemoveAlias(int id, string name)
    {
        var entry = _byId[id];
        _byId[id] = entry with { Aliases = [.. entry.Aliases.Where(alias => alias != name)] };
        return entry.Aliases.Contains(name);
    }

    public void SetRetention(int id, long? retentionMs) => _byId[id] = _byId[id] with { RetentionMs = retentionMs };

    /// <summary>Adds series until there are <paramref name="count"/>.</summary>
    public void AddSeries(int count)
    {
        for (var i = Count + 1; i <= count; i++)
        {
            GetOrAdd(new SeriesKey("m", [new("s", i.ToString(System.Globalization.CultureInfo.InvariantCulture))], "v"), out _);
        }
    }

    /// <summary>When set, <see cref="EnsureDurable"/> throws it (a catalog database that fails).</summary>
    public Exception? EnsureDurableFailure { get; set; }

    public void EnsureDurable()
    {
        if (EnsureDurableFailure is { } failure)
        {
            throw failure;
        }
    }
}
