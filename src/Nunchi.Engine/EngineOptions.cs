using Nunchi.Core.Analysis;

namespace Nunchi.Engine;

/// <summary>Settings of the streaming engine.</summary>
public sealed class EngineOptions
{
    /// <summary>Analysis shards, each one thread that owns its series; 0 means one per processor.</summary>
    public int Shards { get; init; }

    /// <summary>
    /// Most points accepted but not yet analysed. Beyond it, ingest is refused with "busy, retry after" instead of
    /// letting memory grow.
    /// </summary>
    public int MaxPendingPoints { get; init; } = 2_000_000;

    /// <summary>How often every changed analyzer is checkpointed (state saved, so the log before it can go).</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Analyzers saved per checkpoint transaction; bounds the memory a checkpoint takes.</summary>
    public int CheckpointSlice { get; init; } = 512;

    /// <summary>How long findings may wait before they are stored and published; bounds ingest-to-finding latency.</summary>
    public TimeSpan FindingFlushInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The analyzer settings every series uses.</summary>
    public AnalyzerOptions Analyzer { get; init; } = AnalyzerOptions.Default;

    /// <summary>The number of shards after resolving 0 to the processor count.</summary>
    public int ResolvedShards => Shards > 0 ? Shards : Math.Max(1, Environment.ProcessorCount);

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Shards);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPendingPoints, 1_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(CheckpointInterval, TimeSpan.FromMilliseconds(100));
        ArgumentOutOfRangeException.ThrowIfLessThan(CheckpointSlice, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(FindingFlushInterval, TimeSpan.FromMilliseconds(1));
        ArgumentNullException.ThrowIfNull(Analyzer);
        Analyzer.Validate();
    }
}
