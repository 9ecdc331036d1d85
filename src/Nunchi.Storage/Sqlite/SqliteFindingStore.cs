using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Storage.Sqlite;

/// <summary>Findings, feedback and analyzer checkpoints in SQLite.</summary>
/// <remarks>
/// Thread-safe: one connection behind one lock, so calls run one at a time; each is one transaction (a read is one
/// statement). A finding's snapshot is kept whole as JSON (<see cref="FindingJsonContext"/>) next to the columns
/// queries filter on. Feedback is a history; a stored finding's verdict is the latest one (by time, then by order
/// of recording).
/// </remarks>
internal sealed partial class SqliteFindingStore : IFindingStore
{
    // The columns every read returns, in the order ReadFinding expects.
    private const string FindingColumns =
        "id, series_id, snapshot, " +
        "(SELECT verdict FROM feedback WHERE feedback.finding_id = findings.id ORDER BY at_ms DESC, id DESC LIMIT 1)";

    private readonly SqliteConnection _connection;
    private readonly Action? _seriesDurable;
    private readonly Lock _gate = new();
    private readonly SqliteCommand _upsertFinding;
    private readonly SqliteCommand _upsertCheckpoint;
    private readonly SqliteCommand _byId;
    private readonly SqliteCommand _insertFeedback;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _loadCheckpoints;
    private readonly SqliteCommand _loadCheckpoint;

    // Query commands by the set of filters they use (FindingQueryFilter bits), prepared on first use.
    private readonly Dictionary<int, SqliteCommand> _queries = [];
    private bool _disposed;

    /// <summary>Opens the store; takes ownership of <paramref name="connection"/> (one of <see cref="SqliteDatabase.OpenConnection"/>).</summary>
    /// <param name="connection">An open connection to a migrated database.</param>
    /// <param name="seriesDurable">
    /// Makes every series created so far durable (the catalog's <see cref="ISeriesCatalog.EnsureDurable"/>); findings
    /// and checkpoints refer to their series, so those rows must exist first. Null when nothing creates series lazily.
    /// </param>
    public SqliteFindingStore(SqliteConnection connection, Action? seriesDurable = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _seriesDurable = seriesDurable;
        try
        {
            // The WHERE of DO UPDATE makes an unchanged snapshot a no-op that RETURNING does not report.
            _upsertFinding = SqliteCommands.Prepare(
                connection,
                """
                INSERT INTO findings (series_id, series_finding_id, kind, start_ms, end_ms, peak_ms, severity, is_open, snapshot)
                VALUES ($series, $finding, $kind, $start, $end, $peak, $severity, $open, $snapshot)
                ON CONFLICT (series_id, series_finding_id) DO UPDATE SET
                    kind = excluded.kind, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
                    peak_ms = excluded.peak_ms, severity = excluded.severity, is_open = excluded.is_open,
                    snapshot = excluded.snapshot
                WHERE findings.snapshot IS NOT excluded.snapshot
                RETURNING id,
                    (SELECT verdict FROM feedback WHERE feedback.finding_id = findings.id ORDER BY at_ms DESC, id DESC LIMIT 1);
                """,
                "$series",
                "$finding",
                "$kind",
                "$start",
                "$end",
                "$peak",
                "$severity",
                "$open",
                "$snapshot");
            _upsertCheckpoint = SqliteCommands.Prepare(
                connection,
                """
                INSERT INTO checkpoints (series_id, lsn, state) VALUES ($series, $lsn, $state)
                ON CONFLICT (series_id) DO UPDATE SET lsn = excluded.lsn, state = excluded.state;
                """,
                "$series",
                "$lsn",
                "$state");
            _byId = SqliteCommands.Prepare(connection, $"SELECT {FindingColumns} FROM findings WHERE id = $id;", "$id");
            _insertFeedback = SqliteCommands.Prepare(
                connection,
                """
                INSERT INTO feedback (finding_id, verdict, comment, at_ms)
                SELECT $finding, $verdict, $comment, $at WHERE EXISTS (SELECT 1 FROM findings WHERE id = $finding);
                """,
                "$finding",
                "$verdict",
                "$comment",
                "$at");
            _count = SqliteCommands.Prepare(connection, "SELECT count(*) FROM findings;");
            _loadCheckpoints = SqliteCommands.Prepare(connection, "SELECT series_id, lsn, state FROM checkpoints ORDER BY series_id;");
            _loadCheckpoint = SqliteCommands.Prepare(connection, "SELECT series_id, lsn, state FROM checkpoints WHERE series_id = $series;", "$series");
        }
        catch
        {
            DisposeCommands();
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public StoredFinding? ById(long id)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return ReadById(id, transaction: null);
        }
    }

    /// <inheritdoc/>
    public StoredFinding? AddFeedback(long findingId, FeedbackVerdict verdict, string? comment, long atMs)
    {
        if (!Enum.IsDefined(verdict))
        {
            throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a feedback verdict.");
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            _insertFeedback.Transaction = transaction;
            _insertFeedback.Parameters[0].Value = findingId;
            _insertFeedback.Parameters[1].Value = verdict.ToString();
            _insertFeedback.Parameters[2].Value = SqliteCommands.OrNull(comment);
            _insertFeedback.Parameters[3].Value = atMs;
            if (_insertFeedback.ExecuteNonQuery() == 0)
            {
                return null;
            }

            var stored = ReadById(findingId, transaction);
            transaction.Commit();
            return stored;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<AnalyzerCheckpoint> LoadCheckpoints()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var checkpoints = new List<AnalyzerCheckpoint>();
            using var reader = _loadCheckpoints.ExecuteReader();
            while (reader.Read())
            {
                checkpoints.Add(new AnalyzerCheckpoint(reader.GetInt32(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)));
            }

            return checkpoints;
        }
    }

    /// <inheritdoc/>
    public AnalyzerCheckpoint? LoadCheckpoint(int seriesId)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _loadCheckpoint.Parameters[0].Value = seriesId;
            using var reader = _loadCheckpoint.ExecuteReader();
            return reader.Read() ? new AnalyzerCheckpoint(reader.GetInt32(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)) : null;
        }
    }

    /// <inheritdoc/>
    public long Count()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Convert.ToInt64(_count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
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

    private StoredFinding? ReadById(long id, SqliteTransaction? transaction)
    {
        _byId.Transaction = transaction;
        _byId.Parameters[0].Value = id;
        using var reader = _byId.ExecuteReader();
        return reader.Read() ? ReadFinding(reader) : null;
    }

    // Columns as in FindingColumns.
    private StoredFinding ReadFinding(SqliteDataReader reader)
    {
        var id = reader.GetInt64(0);
        Finding? finding;
        try
        {
            finding = JsonSerializer.Deserialize(reader.GetString(2), FindingJsonContext.Default.Finding);
        }
        catch (JsonException e)
        {
            throw Damaged(id, e);
        }

        if (finding is null)
        {
            throw Damaged(id, null);
        }

        FeedbackVerdict? verdict = null;
        if (!reader.IsDBNull(3))
        {
            verdict = ParseVerdict(reader.GetString(3), id);
        }

        return new StoredFinding(id, reader.GetInt32(1), finding, verdict);
    }

    private FeedbackVerdict ParseVerdict(string text, long findingId) =>
        Enum.TryParse<FeedbackVerdict>(text, out var verdict) ? verdict : throw Damaged(findingId, null);

    private StoreException Damaged(long id, Exception? inner) =>
        new(_connection.DataSource, string.Create(CultureInfo.InvariantCulture, $"finding {id} is damaged"), inner);

    private void DisposeCommands()
    {
        _upsertFinding?.Dispose();
        _upsertCheckpoint?.Dispose();
        _byId?.Dispose();
        _insertFeedback?.Dispose();
        _count?.Dispose();
        _loadCheckpoints?.Dispose();
        _loadCheckpoint?.Dispose();
        foreach (var query in _queries.Values)
        {
            query.Dispose();
        }
    }
}
