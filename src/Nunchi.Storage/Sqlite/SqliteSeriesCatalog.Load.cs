using Microsoft.Data.Sqlite;
using Nunchi.Core.Series;

namespace Nunchi.Storage.Sqlite;

/// <content>Reading the whole catalog into memory at open.</content>
internal sealed partial class SqliteSeriesCatalog
{
    private void Load()
    {
        // Three ordered scans instead of a query per series: 100,000 series load in well under a second.
        var rows = new List<(string Measurement, string Field, string? Unit, long? RetentionMs)>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT id, measurement, field, unit, retention_ms FROM series ORDER BY id;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetInt64(0) != rows.Count + 1)
                {
                    throw Damaged("series ids are not 1, 2, 3…");
                }

                rows.Add((
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4)));
            }
        }

        var tags = ReadGrouped<KeyValuePair<string, string>>(
            rows.Count,
            "SELECT series_id, key, value FROM series_tags ORDER BY series_id, position;",
            static reader => new KeyValuePair<string, string>(reader.GetString(1), reader.GetString(2)));
        var aliases = ReadGrouped(
            rows.Count,
            "SELECT series_id, alias FROM series_aliases ORDER BY series_id, position;",
            static reader => reader.GetString(1));

        for (var i = 0; i < rows.Count; i++)
        {
            var (measurement, field, unit, retentionMs) = rows[i];
            var key = new SeriesKey(measurement, tags[i] ?? [], field);
            var entry = new SeriesEntry(i + 1, key, unit, aliases[i]?.AsReadOnly() ?? (IReadOnlyList<string>)[], retentionMs);
            Append(entry);
            if (!_ids.TryAdd(key, entry.Id))
            {
                throw Damaged($"two series have the key {key}");
            }
        }
    }

    private List<T>?[] ReadGrouped<T>(int seriesCount, string sql, Func<SqliteDataReader, T> read)
    {
        var groups = new List<T>?[seriesCount];
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (id < 1 || id > seriesCount)
            {
                throw Damaged("a tag or alias belongs to no series");
            }

            (groups[id - 1] ??= []).Add(read(reader));
        }

        return groups;
    }

    private StoreException Damaged(string what) => new(_connection.DataSource, $"the series catalog is damaged ({what})");
}
