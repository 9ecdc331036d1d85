using Nunchi.Storage;

namespace Nunchi.Engine.Analysis;

/// <summary>Findings and checkpoints of one shard on their way into the store, committed in the order posted.</summary>
/// <param name="Findings">Finding snapshots, in the order the analyzers emitted them.</param>
/// <param name="Checkpoints">Analyzer states that include every batch up to their LSN.</param>
/// <param name="OldestTicks">Stopwatch ticks of the commit of the oldest batch that produced a finding here (0: none).</param>
/// <param name="Done">Completed once the item is stored (null when nobody waits).</param>
internal sealed record WriterItem(
    List<SeriesFinding> Findings,
    List<AnalyzerCheckpoint> Checkpoints,
    long OldestTicks,
    TaskCompletionSource? Done);
