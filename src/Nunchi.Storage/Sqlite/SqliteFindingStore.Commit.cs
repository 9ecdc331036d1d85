using System.Text.Json;
using Nunchi.Core.Analysis;

namespace Nunchi.Storage.Sqlite;

/// <content>Storing finding snapshots and checkpoints together.</content>
internal sealed partial class SqliteFindingStore
{
    /// <inheritdoc/>
    public IReadOnlyList<StoredFinding> Commit(IReadOnlyList<SeriesFinding> findings, IReadOnlyList<AnalyzerCheckpoint> checkpoints)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(checkpoints);
        _seriesDurable?.Invoke();

        // 1. Serialise and validate outside the lock: a bad argument must not leave half a transaction behind.
        var snapshots = new string[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i].Finding ?? throw new ArgumentException($"Finding {i} is null.", nameof(findings));
            snapshots[i] = JsonSerializer.Serialize(finding, FindingJsonContext.Default.Finding);
        }

        for (var i = 0; i < checkpoints.Count; i++)
        {
            if (checkpoints[i]?.State is null)
            {
                throw new ArgumentException($"Checkpoint {i} or its state is null.", nameof(checkpoints));
            }
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();

            // 2. Upsert the findings; RETURNING reports only inserted rows and rows whose snapshot changed.
            var changed = new List<StoredFinding>();
            Dictionary<long, int>? positions = null;
            _upsertFinding.Transaction = transaction;
            for (var i = 0; i < findings.Count; i++)
            {
                if (Upsert(findings[i], snapshots[i]) is not { } stored)
                {
                    continue;
                }

                // The same finding twice in one batch: report it once, as its last snapshot.
                positions ??= [];
                if (positions.TryGetValue(stored.Id, out var position))
                {
                    changed[position] = stored;
                }
                else
                {
                    positions.Add(stored.Id, changed.Count);
                    changed.Add(stored);
                }
            }

            // 3. Replace the checkpoints.
            _upsertCheckpoint.Transaction = transaction;
            foreach (var checkpoint in checkpoints)
            {
                _upsertCheckpoint.Parameters[0].Value = checkpoint.SeriesId;
                _upsertCheckpoint.Parameters[1].Value = checkpoint.Lsn;
                _upsertCheckpoint.Parameters[2].Value = checkpoint.State;
                _upsertCheckpoint.ExecuteNonQuery();
            }

            // 4. One commit, one fsync: findings and the checkpoints that produced them become durable together.
            transaction.Commit();
            return changed;
        }
    }

    private StoredFinding? Upsert(SeriesFinding item, string snapshot)
    {
        var finding = item.Finding;
        var parameters = _upsertFinding.Parameters;
        parameters[0].Value = item.SeriesId;
        parameters[1].Value = finding.Id;
        parameters[2].Value = finding.Kind.ToString();
        parameters[3].Value = finding.StartMs;
        parameters[4].Value = finding.EndMs;
        parameters[5].Value = finding.PeakMs;
        // SQLite turns NaN into NULL; the snapshot keeps the NaN.
        parameters[6].Value = double.IsNaN(finding.Severity) ? DBNull.Value : finding.Severity;
        parameters[7].Value = finding.IsOpen;
        parameters[8].Value = snapshot;
        using var reader = _upsertFinding.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var id = reader.GetInt64(0);
        var verdict = reader.IsDBNull(1) ? (FeedbackVerdict?)null : ParseVerdict(reader.GetString(1), id);
        return new StoredFinding(id, item.SeriesId, finding, verdict);
    }
}
