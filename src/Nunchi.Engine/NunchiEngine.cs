using System.Buffers;
using System.Diagnostics;
using Nunchi.Core.Analysis;
using Nunchi.Engine.Analysis;
using Nunchi.Engine.Live;
using Nunchi.Storage;

namespace Nunchi.Engine;

/// <summary>
/// The streaming runtime: stores every batch durably, analyses every point in log order on the shard that owns its
/// series, stores and publishes the findings, and checkpoints the analyzers so a restart resumes exactly.
/// </summary>
/// <remarks>
/// After a restart the state is the last checkpoint of each series plus a replay of the logged batches after it,
/// in log order, so the findings are those of an uninterrupted run (analysis is deterministic). Thread-safe.
/// </remarks>
public sealed partial class NunchiEngine : IAsyncDisposable
{
    private readonly EngineOptions _options;
    private readonly AnalysisShard[] _shards;
    private readonly FindingWriter _writer;
    private readonly long[] _shardReleasedLsn;
    private readonly Lock _releaseGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _checkpointLoop = Task.CompletedTask;
    private long _releasedLsn;

    private NunchiEngine(IPointStore points, IFindingStore findings, EngineOptions options)
    {
        Points = points;
        Findings = findings;
        _options = options;
        _writer = new FindingWriter(findings, Feed, Metrics);
        _shards = new AnalysisShard[options.ResolvedShards];
        _shardReleasedLsn = new long[_shards.Length];
        for (int i = 0; i < _shards.Length; i++)
        {
            _shards[i] = new AnalysisShard(i, options, _writer, Metrics, ShardRoundFinished);
        }
    }

    /// <summary>The point store (and its series catalog).</summary>
    public IPointStore Points { get; }

    /// <summary>Findings, feedback and checkpoints.</summary>
    public IFindingStore Findings { get; }

    /// <summary>New and changed findings, live.</summary>
    public FindingFeed Feed { get; } = new();

    /// <summary>Self-metrics.</summary>
    public EngineMetrics Metrics { get; } = new();

    /// <summary>The series catalog.</summary>
    public ISeriesCatalog Catalog => Points.Catalog;

    /// <summary>The options the engine runs with (its analyzers' options restore their checkpoints).</summary>
    internal EngineOptions Options => _options;

    /// <summary>
    /// Starts the engine over opened stores: restores every checkpoint, replays the log after it, and then takes
    /// new batches. Completes once the replay is analysed and its findings stored.
    /// </summary>
    public static async Task<NunchiEngine> StartAsync(IPointStore points, IFindingStore findings, EngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(findings);
        options ??= new EngineOptions();
        options.Validate();
        var engine = new NunchiEngine(points, findings, options);
        foreach (var checkpoint in findings.LoadCheckpoints())
        {
            if (!engine.ShardOf(checkpoint.SeriesId).Restore(checkpoint))
            {
                engine.Metrics.CheckpointDamaged();
            }
        }

        points.ReplayLog(0, (lsn, batch) => engine.Route(lsn, batch, replay: true));
        points.Committed += engine.OnCommitted;
        await engine.WhenAnalysedAsync().ConfigureAwait(false);
        engine._checkpointLoop = engine.CheckpointPeriodicallyAsync();
        return engine;
    }

    /// <summary>
    /// Stores a batch durably and queues it for analysis; <see cref="IngestStatus.Busy"/> (nothing stored) when
    /// too many points already wait.
    /// </summary>
    public async ValueTask<IngestStatus> IngestAsync(ReadOnlyMemory<StoredPoint> points, CancellationToken cancellationToken = default)
    {
        if (points.IsEmpty)
        {
            return IngestStatus.Accepted;
        }

        if (!Metrics.TryAdmit(points.Length, _options.MaxPendingPoints))
        {
            return IngestStatus.Busy;
        }

        try
        {
            await Points.AppendAsync(points, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Metrics.Release(points.Length);
            throw;
        }

        Metrics.Accepted(points.Length);
        return IngestStatus.Accepted;
    }

    /// <summary>
    /// Ingests, waiting while the engine is busy instead of refusing: for imports and the demo, which must keep every
    /// row and can slow down, unlike an HTTP client that is told to retry.
    /// </summary>
    public async Task IngestWaitingAsync(ReadOnlyMemory<StoredPoint> points, CancellationToken cancellationToken = default)
    {
        while (await IngestAsync(points, cancellationToken).ConfigureAwait(false) == IngestStatus.Busy)
        {
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes once every batch accepted before the call is analysed and its findings are stored.</summary>
    public Task WhenAnalysedAsync() => PostToEveryShard(static done => new ShardMessage.Barrier(done));

    /// <summary>
    /// Records a person's verdict on a finding and teaches the series' analyzer, so similar events score lower
    /// (or, confirmed, keep their score). Null when there is no such finding.
    /// </summary>
    public async Task<StoredFinding?> GiveFeedbackAsync(long findingId, FeedbackVerdict verdict, string? comment, long atMs)
    {
        var stored = Findings.AddFeedback(findingId, verdict, comment, atMs);
        if (stored is null)
        {
            return null;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ShardOf(stored.SeriesId).Post(new ShardMessage.Feedback(stored.SeriesId, stored.Finding, verdict, done));
        await done.Task.ConfigureAwait(false);
        return stored;
    }

    /// <summary>Checkpoints every changed analyzer now and completes when they are stored.</summary>
    public Task CheckpointAsync() => PostToEveryShard(static done => new ShardMessage.Checkpoint(done));

    /// <summary>Posts a message to every shard and completes when each has completed its own.</summary>
    private Task PostToEveryShard(Func<TaskCompletionSource, ShardMessage> message)
    {
        var waits = new Task[_shards.Length];
        for (int i = 0; i < _shards.Length; i++)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _shards[i].Post(message(done));
            waits[i] = done.Task;
        }

        return Task.WhenAll(waits);
    }

    /// <summary>Checkpoints, then stops analysis and the writer. The stores stay open (their owner closes them).</summary>
    public async ValueTask DisposeAsync()
    {
        Points.Committed -= OnCommitted;
        await CheckpointAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _checkpointLoop.ConfigureAwait(false);
        foreach (var shard in _shards)
        {
            await shard.DisposeAsync().ConfigureAwait(false);
        }

        await _writer.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private AnalysisShard ShardOf(int seriesId) => _shards[(uint)seriesId % (uint)_shards.Length];

    private void OnCommitted(long lsn, ReadOnlySpan<StoredPoint> points) => Route(lsn, points, replay: false);

    /// <summary>Splits a batch by shard, keeping the log order within each, and posts a part to every shard.</summary>
    private void Route(long lsn, ReadOnlySpan<StoredPoint> points, bool replay)
    {
        long ticks = Stopwatch.GetTimestamp();
        int shardCount = _shards.Length;
        Span<int> counts = stackalloc int[shardCount];
        foreach (ref readonly var point in points)
        {
            counts[(int)((uint)point.SeriesId % (uint)shardCount)]++;
        }

        var parts = new StoredPoint[shardCount][];
        for (int s = 0; s < shardCount; s++)
        {
            parts[s] = counts[s] == 0 ? [] : ArrayPool<StoredPoint>.Shared.Rent(counts[s]);
            counts[s] = 0;
        }

        foreach (ref readonly var point in points)
        {
            int s = (int)((uint)point.SeriesId % (uint)shardCount);
            parts[s][counts[s]++] = point;
        }

        for (int s = 0; s < shardCount; s++)
        {
            _shards[s].Post(new ShardMessage.Batch(lsn, parts[s], counts[s], ticks, replay));
        }
    }

    private void ShardRoundFinished(int shard, long lsn)
    {
        lock (_releaseGate)
        {
            _shardReleasedLsn[shard] = Math.Max(_shardReleasedLsn[shard], lsn);
            long min = long.MaxValue;
            foreach (var released in _shardReleasedLsn)
            {
                min = Math.Min(min, released);
            }

            if (min > _releasedLsn)
            {
                _releasedLsn = min;
                Points.ReleaseLogBefore(min + 1);
            }
        }
    }

    private async Task CheckpointPeriodicallyAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(_options.CheckpointInterval);
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                foreach (var shard in _shards)
                {
                    shard.Post(new ShardMessage.Checkpoint(Done: null));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
