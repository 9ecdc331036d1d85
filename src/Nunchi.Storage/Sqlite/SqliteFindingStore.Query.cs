using System.Text;
using Microsoft.Data.Sqlite;

namespace Nunchi.Storage.Sqlite;

/// <content>Listing findings.</content>
internal sealed partial class SqliteFindingStore
{
    private const int FromFilter = 1;
    private const int ToFilter = 2;
    private const int SeriesFilter = 4;
    private const int KindFilter = 8;
    private const int SeverityFilter = 16;

    /// <inheritdoc/>
    public IReadOnlyList<StoredFinding> Query(FindingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit, nameof(query));
        var filters = (query.FromMs is null ? 0 : FromFilter)
            | (query.ToMs is null ? 0 : ToFilter)
            | (query.SeriesId is null ? 0 : SeriesFilter)
            | (query.Kind is null ? 0 : KindFilter)
            | (query.MinSeverity is null ? 0 : SeverityFilter);

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var command = QueryCommand(filters);
            var parameters = command.Parameters;
            parameters["$limit"].Value = query.Limit;
            if (query.FromMs is { } from)
            {
                parameters["$from"].Value = from;
            }

            if (query.ToMs is { } to)
            {
                parameters["$to"].Value = to;
            }

            if (query.SeriesId is { } series)
            {
                parameters["$series"].Value = series;
            }

            if (query.Kind is { } kind)
            {
                parameters["$kind"].Value = kind.ToString();
            }

            if (query.MinSeverity is { } severity)
            {
                parameters["$severity"].Value = severity;
            }

            var found = new List<StoredFinding>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add(ReadFinding(reader));
            }

            return found;
        }
    }

    // Only the filters in use go into the SQL (an "x IS NULL OR" clause would keep SQLite from using an index);
    // the text is built from constants, values are always parameters.
    private SqliteCommand QueryCommand(int filters)
    {
        if (_queries.TryGetValue(filters, out var command))
        {
            return command;
        }

        var sql = new StringBuilder($"SELECT {FindingColumns} FROM findings WHERE 1");
        var names = new List<string> { "$limit" };
        Add(FromFilter, " AND end_ms >= $from", "$from");
        Add(ToFilter, " AND start_ms < $to", "$to");
        Add(SeriesFilter, " AND series_id = $series", "$series");
        Add(KindFilter, " AND kind = $kind", "$kind");
        Add(SeverityFilter, " AND severity >= $severity", "$severity");
        sql.Append(" ORDER BY start_ms DESC, id DESC LIMIT $limit;");
        command = SqliteCommands.Prepare(_connection, sql.ToString(), [.. names]);
        _queries.Add(filters, command);
        return command;

        void Add(int filter, string clause, string name)
        {
            if ((filters & filter) != 0)
            {
                sql.Append(clause);
                names.Add(name);
            }
        }
    }
}
