namespace Nunchi.Storage;

/// <summary>Durable, compressed storage of points, with the series catalog.</summary>
/// <remarks>
/// Appends go to a write-ahead log with group commit (one fsync for many concurrent batches), so that a batch is
/// acknowledged only once it survives kill -9 and power loss. Recent points live in memory per series and are
/// sealed into compressed blocks; the log is trimmed once its points are in blocks and the engine's checkpoints
/// no longer need them (<see cref="ReleaseLogBefore"/>). Thread-safe.
/// </remarks>
public interface IPointStore : IAsyncDisposable
{
    /// <summary>
    /// Why the store stopped accepting appends (a failed write or fsync, or a failure of the catalog it writes new
    /// series to), or null while it works. Points acknowledged before the failure are in the log; reopen the store.
    /// </summary>
    Exception? Fault { get; }

    /// <summary>The series catalog.</summary>
    ISeriesCatalog Catalog { get; }

    /// <summary>
    /// Raised for every batch once it is durable, in log order, before the batch's append completes. The engine
    /// analyses points in exactly this order, so that replay after a restart sees the same order.
    /// </summary>
    event CommittedBatch? Committed;

    /// <summary>Appends a batch; completes with the batch's log sequence number once the batch is durable.</summary>
    /// <remarks>The caller may reuse <paramref name="points"/> once the task completes.</remarks>
    ValueTask<long> AppendAsync(ReadOnlyMemory<StoredPoint> points, CancellationToken cancellationToken = default);

    /// <summary>The highest log sequence number that is durable.</summary>
    long DurableLsn { get; }

    /// <summary>
    /// Visits every logged batch with a sequence number above <paramref name="afterLsn"/> in log order (replay
    /// after a restart). Only batches the store still holds in its log are visited; see
    /// <see cref="ReleaseLogBefore"/>.
    /// </summary>
    void ReplayLog(long afterLsn, CommittedBatch visit);

    /// <summary>The engine no longer needs log batches with a sequence number below <paramref name="lsn"/>.</summary>
    void ReleaseLogBefore(long lsn);

    /// <summary>
    /// The points of one series with <paramref name="fromMs"/> ≤ timestamp &lt; <paramref name="toMs"/>, in time
    /// order, one per timestamp (the last write of a timestamp wins), appended to <paramref name="output"/>.
    /// </summary>
    void Read(int seriesId, long fromMs, long toMs, ICollection<StoredPoint> output);

    /// <summary>
    /// The range split into at most <paramref name="maxBuckets"/> equal buckets, with min, max, mean, first and
    /// last per non-empty bucket; when the range holds no more points than buckets, one bucket per point.
    /// </summary>
    IReadOnlyList<PointBucket> Downsample(int seriesId, long fromMs, long toMs, int maxBuckets);

    /// <summary>Number of points and the time span stored for a series (count 0 when it has none).</summary>
    SeriesExtent Extent(int seriesId);

    /// <summary>Seals every in-memory point into blocks and trims the log as far as allowed.</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);

    /// <summary>Sizes and counts for <c>/metrics</c>.</summary>
    StoreStatistics Statistics();
}
