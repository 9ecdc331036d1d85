namespace Nunchi.Engine;

/// <summary>The engine's self-metrics: what <c>/metrics</c> exposes. Thread-safe.</summary>
public sealed class EngineMetrics
{
    private long _pointsAccepted;
    private long _pointsAnalysed;
    private long _pointsRejected;
    private long _requestsRefused;
    private long _findingsPublished;
    private long _writerFailures;
    private long _pending;
    private long _damagedCheckpoints;

    /// <summary>Points durable and acknowledged.</summary>
    public long PointsAccepted => Volatile.Read(ref _pointsAccepted);

    /// <summary>Points the analyzers have processed (including replay).</summary>
    public long PointsAnalysed => Volatile.Read(ref _pointsAnalysed);

    /// <summary>Values dropped because their line was invalid or their series over the cardinality limit.</summary>
    public long PointsRejected => Volatile.Read(ref _pointsRejected);

    /// <summary>Requests turned away because the engine was busy (backpressure).</summary>
    public long RequestsRefused => Volatile.Read(ref _requestsRefused);

    /// <summary>New or changed findings stored and published.</summary>
    public long FindingsPublished => Volatile.Read(ref _findingsPublished);

    /// <summary>Failed commits of findings or checkpoints.</summary>
    public long WriterFailures => Volatile.Read(ref _writerFailures);

    /// <summary>Analyzer checkpoints found damaged at start-up (those series learned afresh).</summary>
    public long DamagedCheckpoints => Volatile.Read(ref _damagedCheckpoints);

    /// <summary>Points accepted and not yet analysed.</summary>
    public long PendingPoints => Volatile.Read(ref _pending);

    /// <summary>From commit to the end of analysis, per batch.</summary>
    public LatencyHistogram AnalysisLatency { get; } = new();

    /// <summary>From the commit of the batch that produced a finding to the finding being stored and published.</summary>
    public LatencyHistogram FindingLatency { get; } = new();

    internal bool TryAdmit(int points, long limit)
    {
        long after = Interlocked.Add(ref _pending, points);
        if (after > limit && after != points)
        {
            Interlocked.Add(ref _pending, -points);
            Interlocked.Increment(ref _requestsRefused);
            return false;
        }

        return true;
    }

    internal void Release(int points) => Interlocked.Add(ref _pending, -points);

    internal void Accepted(int points) => Interlocked.Add(ref _pointsAccepted, points);

    internal void Rejected(int points) => Interlocked.Add(ref _pointsRejected, points);

    internal void Analysed(int points, bool replay, TimeSpan latency)
    {
        Interlocked.Add(ref _pointsAnalysed, points);
        if (!replay)
        {
            // Replayed points were admitted before the restart, not now.
            Interlocked.Add(ref _pending, -points);
            AnalysisLatency.Record(latency);
        }
    }

    internal void RecordFindingLatency(TimeSpan latency) => FindingLatency.Record(latency);

    internal void FindingsStored(int count) => Interlocked.Add(ref _findingsPublished, count);

    internal void WriterFailed() => Interlocked.Increment(ref _writerFailures);

    internal void CheckpointDamaged() => Interlocked.Increment(ref _damagedCheckpoints);
}
