using Nunchi.Core.Series;

namespace Nunchi.Storage;

/// <summary>Every series the store knows, with its id, unit, aliases and retention.</summary>
/// <remarks>
/// Thread-safe. Lookups are in memory. A new series is durable after the next <see cref="EnsureDurable"/>, which
/// writes every series created since the last one at once; the point store calls it before it logs points.
/// </remarks>
public interface ISeriesCatalog
{
    /// <summary>Number of series.</summary>
    int Count { get; }

    /// <summary>Looks the series up and creates it when it is new and the cardinality limit allows.</summary>
    CatalogStatus GetOrAdd(SeriesKey key, out int id);

    /// <summary>Makes every series created so far durable (one transaction for all of them).</summary>
    void EnsureDurable();

    /// <summary>The series with this id, or null.</summary>
    SeriesEntry? ById(int id);

    /// <summary>The series with this key, or null.</summary>
    SeriesEntry? Find(SeriesKey key);

    /// <summary>Every series, ordered by id.</summary>
    IReadOnlyList<SeriesEntry> All();

    /// <summary>Sets the unit of a series (null clears it).</summary>
    void SetUnit(int id, string? unit);

    /// <summary>Adds aliases to a series; aliases it already has are ignored.</summary>
    void AddAliases(int id, IEnumerable<string> aliases);

    /// <summary>Removes the alias <paramref name="name"/> from a series (exact match); false when the series did not have it.</summary>
    bool RemoveAlias(int id, string name);

    /// <summary>Sets how long the series' points are kept (null: the store's default).</summary>
    void SetRetention(int id, long? retentionMs);
}
