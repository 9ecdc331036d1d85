using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Nunchi.Core.Series;

namespace Nunchi.Storage.Sqlite;

/// <summary>The series catalog kept in SQLite, with every series loaded into memory at open.</summary>
/// <remarks>
/// Thread-safe. Reads take no lock: <see cref="GetOrAdd"/> and <see cref="Find"/> for a known key are one dictionary
/// lookup (no SQL, no allocation), <see cref="ById"/> an array read. A new series is created in memory and written
/// by the next <see cref="EnsureDurable"/>, together with every other new one (one transaction, one fsync): the first
/// write of 10,000 new series costs one commit instead of 10,000. The point store calls it before it logs points,
/// so no logged point names a series the catalog could forget. Ids are dense: the n-th series created has id n; an
/// id handed out but lost in a crash before it was durable named no stored point, so reusing it is harmless.
/// </remarks>
internal sealed partial class SqliteSeriesCatalog : ISeriesCatalog, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly int _maxSeries;
    private readonly Lock _gate = new();

    // Readers use _ids without the lock; an id is added to it only after its entry is in _entries and counted.
    private readonly ConcurrentDictionary<SeriesKey, int> _ids = new();

    // The entry of id n is at n - 1, for n up to _count. Written under _gate, read without it: an array only grows
    // (a bigger copy is published whole), and entries are immutable records replaced whole on change.
    private SeriesEntry[] _entries = new SeriesEntry[16];

    private readonly SqliteCommand _insertSeries;
    private readonly SqliteCommand _insertTag;
    private readonly SqliteCommand _insertAlias;
    private readonly SqliteCommand _deleteAliases;
    private readonly SqliteCommand _updateUnit;
    private readonly SqliteCommand _updateRetention;
    private readonly Lock _durableGate = new();
    private readonly List<SeriesEntry> _pending = [];
    private int _count;
    private bool _disposed;

    /// <summary>Loads the catalog; takes ownership of <paramref name="connection"/> (one of <see cref="SqliteDatabase.OpenConnection"/>).</summary>
    /// <param name="connection">An open connection to a migrated database.</param>
    /// <param name="maxSeries">Most series the catalog accepts (<see cref="StoreOptions.MaxSeries"/>).</param>
    public SqliteSeriesCatalog(SqliteConnection connection, int maxSeries)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSeries);
        _connection = connection;
        _maxSeries = maxSeries;
        try
        {
            Load();
            _insertSeries = SqliteCommands.Prepare(
                connection,
                "INSERT INTO series (id, canonical, measurement, field) VALUES ($id, $canonical, $measurement, $field);",
                "$id",
                "$canonical",
                "$measurement",
                "$field");
            _insertTag = SqliteCommands.Prepare(
                connection,
                "INSERT INTO series_tags (series_id, position, key, value) VALUES ($series, $position, $key, $value);",
                "$series",
                "$position",
                "$key",
                "$value");
            _insertAlias = SqliteCommands.Prepare(
                connection,
                "INSERT INTO series_aliases (series_id, position, alias) VALUES ($series, $position, $alias);",
                "$series",
                "$position",
                "$alias");
            _deleteAliases = SqliteCommands.Prepare(connection, "DELETE FROM series_aliases WHERE series_id = $series;", "$series");
            _updateUnit = SqliteCommands.Prepare(connection, "UPDATE series SET unit = $unit WHERE id = $id;", "$unit", "$id");
            _updateRetention = SqliteCommands.Prepare(
                connection,
                "UPDATE series SET retention_ms = $retention WHERE id = $id;",
                "$retention",
                "$id");
        }
        catch
        {
            DisposeCommands();
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc/>
    public CatalogStatus GetOrAdd(SeriesKey key, out int id)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _ids.TryGetValue(key, out id) ? CatalogStatus.Found : Add(key, out id);
    }

    /// <inheritdoc/>
    public SeriesEntry? ById(int id)
    {
        var count = Volatile.Read(ref _count);
        return id >= 1 && id <= count ? Volatile.Read(ref Volatile.Read(ref _entries)[id - 1]) : null;
    }

    /// <inheritdoc/>
    public SeriesEntry? Find(SeriesKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _ids.TryGetValue(key, out var id) ? ById(id) : null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<SeriesEntry> All()
    {
        var count = Volatile.Read(ref _count);
        return Volatile.Read(ref _entries).AsSpan(0, count).ToArray();
    }

    /// <inheritdoc/>
    public void SetUnit(int id, string? unit)
    {
        EnsureDurable();
        lock (_gate)
        {
            var entry = Existing(id);
            if (string.Equals(entry.Unit, unit, StringComparison.Ordinal))
            {
                return;
            }

            _updateUnit.Parameters[0].Value = SqliteCommands.OrNull(unit);
            _updateUnit.Parameters[1].Value = id;
            _updateUnit.ExecuteNonQuery();
            Volatile.Write(ref _entries[id - 1], entry with { Unit = unit });
        }
    }

    /// <inheritdoc/>
    public void SetRetention(int id, long? retentionMs)
    {
        EnsureDurable();
        if (retentionMs is { } retention)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(retention, nameof(retentionMs));
        }

        lock (_gate)
        {
            var entry = Existing(id);
            if (entry.RetentionMs == retentionMs)
            {
                return;
            }

            _updateRetention.Parameters[0].Value = SqliteCommands.OrNull(retentionMs);
            _updateRetention.Parameters[1].Value = id;
            _updateRetention.ExecuteNonQuery();
            Volatile.Write(ref _entries[id - 1], entry with { RetentionMs = retentionMs });
        }
    }

    /// <inheritdoc/>
    public void AddAliases(int id, IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        string[] candidates = [.. aliases];
        foreach (var alias in candidates)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(alias, nameof(aliases));
        }

        EnsureDurable();
        lock (_gate)
        {
            var entry = Existing(id);
            var known = new HashSet<string>(entry.Aliases, StringComparer.Ordinal);
            var added = new List<string>(entry.Aliases);
            foreach (var alias in candidates)
            {
                if (known.Add(alias))
                {
                    added.Add(alias);
                }
            }

            if (added.Count == entry.Aliases.Count)
            {
                return;
            }

            using (var transaction = _connection.BeginTransaction())
            {
                InsertAliases(transaction, id, added, entry.Aliases.Count);
                transaction.Commit();
            }

            Volatile.Write(ref _entries[id - 1], entry with { Aliases = added.AsReadOnly() });
        }
    }

    /// <inheritdoc/>
    public bool RemoveAlias(int id, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureDurable();
        lock (_gate)
        {
            var entry = Existing(id);
            var kept = new List<string>(entry.Aliases.Count);
            foreach (var known in entry.Aliases)
            {
                if (!string.Equals(known, name, StringComparison.Ordinal))
                {
                    kept.Add(known);
                }
            }

            if (kept.Count == entry.Aliases.Count)
            {
                return false;
            }

            // Positions stay 0, 1, 2…: the rest are written again after the removed one, in one transaction.
            using (var transaction = _connection.BeginTransaction())
            {
                _deleteAliases.Transaction = transaction;
                _deleteAliases.Parameters[0].Value = id;
                _deleteAliases.ExecuteNonQuery();
                InsertAliases(transaction, id, kept, 0);
                transaction.Commit();
            }

            Volatile.Write(ref _entries[id - 1], entry with { Aliases = kept.AsReadOnly() });
            return true;
        }
    }

    private void InsertAliases(SqliteTransaction transaction, int id, List<string> aliases, int from)
    {
        _insertAlias.Transaction = transaction;
        for (var position = from; position < aliases.Count; position++)
        {
            _insertAlias.Parameters[0].Value = id;
            _insertAlias.Parameters[1].Value = position;
            _insertAlias.Parameters[2].Value = aliases[position];
            _insertAlias.ExecuteNonQuery();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_disposed)
        {
            EnsureDurable();
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            DisposeCommands();
            _connection.Dispose();
        }
    }

    private CatalogStatus Add(SeriesKey key, out int id)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // Another thread may have created it between the lock-free lookup and here.
            if (_ids.TryGetValue(key, out id))
            {
                return CatalogStatus.Found;
            }

            if (_count >= _maxSeries)
            {
                id = 0;
                return CatalogStatus.CardinalityLimit;
            }

            var newId = _count + 1;
            var entry = new SeriesEntry(newId, key, null, [], null);
            Append(entry);
            _pending.Add(entry);
            _ids[key] = newId;
            id = newId;
            return CatalogStatus.Created;
        }
    }

    /// <inheritdoc/>
    public void EnsureDurable()
    {
        // One flusher at a time; a caller that finds nothing pending returns only after the flush that took its
        // series has committed, because it waits here for that flusher.
        lock (_durableGate)
        {
            SeriesEntry[] batch;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_pending.Count == 0)
                {
                    return;
                }

                batch = [.. _pending];
                _pending.Clear();
            }

            try
            {
                lock (_gate)
                {
                    using var transaction = _connection.BeginTransaction();
                    foreach (var entry in batch)
                    {
                        Insert(transaction, entry.Id, entry.Key);
                    }

                    transaction.Commit();
                }
            }
            catch
            {
                lock (_gate)
                {
                    _pending.InsertRange(0, batch);
                }

                throw;
            }
        }
    }

    private void Insert(SqliteTransaction transaction, int id, SeriesKey key)
    {
        _insertSeries.Transaction = transaction;
        _insertSeries.Parameters[0].Value = id;
        _insertSeries.Parameters[1].Value = key.ToString();
        _insertSeries.Parameters[2].Value = key.Measurement;
        _insertSeries.Parameters[3].Value = key.Field;
        _insertSeries.ExecuteNonQuery();
        _insertTag.Transaction = transaction;
        var tags = key.Tags;
        for (var position = 0; position < tags.Count; position++)
        {
            _insertTag.Parameters[0].Value = id;
            _insertTag.Parameters[1].Value = position;
            _insertTag.Parameters[2].Value = tags[position].Key;
            _insertTag.Parameters[3].Value = tags[position].Value;
            _insertTag.ExecuteNonQuery();
        }
    }

    private SeriesEntry Existing(int id)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (id < 1 || id > _count)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "No series has this id.");
        }

        return _entries[id - 1];
    }

    // Under _gate (or during Load): the entry becomes visible to readers when _count includes it.
    private void Append(SeriesEntry entry)
    {
        var entries = _entries;
        if (_count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
            Volatile.Write(ref _entries, entries);
        }

        entries[_count] = entry;
        Volatile.Write(ref _count, _count + 1);
    }

    private void DisposeCommands()
    {
        _insertSeries?.Dispose();
        _insertTag?.Dispose();
        _insertAlias?.Dispose();
        _deleteAliases?.Dispose();
        _updateUnit?.Dispose();
        _updateRetention?.Dispose();
    }
}
