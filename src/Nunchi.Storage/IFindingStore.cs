using Nunchi.Core.Analysis;

namespace Nunchi.Storage;

/// <summary>Findings, feedback and analyzer checkpoints, kept in the embedded SQL database.</summary>
/// <remarks>Thread-safe. Every method is one transaction.</remarks>
public interface IFindingStore : IDisposable
{
    /// <summary>
    /// Stores finding snapshots (insert, or update the one with the same series and per-series id) and checkpoints
    /// (replacing each series' previous one) in one transaction, so a checkpoint is never newer than the findings
    /// its state has produced.
    /// </summary>
    /// <returns>The findings that were new or differ from what was stored (replay after a restart returns none).</returns>
    IReadOnlyList<StoredFinding> Commit(IReadOnlyList<SeriesFinding> findings, IReadOnlyList<AnalyzerCheckpoint> checkpoints);

    /// <summary>The finding with this global id, or null.</summary>
    StoredFinding? ById(long id);

    /// <summary>Findings matching the query, most recent start first.</summary>
    IReadOnlyList<StoredFinding> Query(FindingQuery query);

    /// <summary>Records a person's verdict on a finding; null when there is no such finding.</summary>
    StoredFinding? AddFeedback(long findingId, FeedbackVerdict verdict, string? comment, long atMs);

    /// <summary>The latest checkpoint of every series that has one.</summary>
    IReadOnlyList<AnalyzerCheckpoint> LoadCheckpoints();

    /// <summary>The latest checkpoint of one series, or null when it has none (for reading what its analyzer has learned).</summary>
    AnalyzerCheckpoint? LoadCheckpoint(int seriesId);

    /// <summary>Number of stored findings.</summary>
    long Count();
}
