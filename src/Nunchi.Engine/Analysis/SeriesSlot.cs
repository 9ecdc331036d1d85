using Nunchi.Core.Analysis;

namespace Nunchi.Engine.Analysis;

/// <summary>One series' analyzer inside its shard, with what the checkpointing needs to know about it.</summary>
internal sealed class SeriesSlot(int seriesId, SeriesAnalyzer analyzer, long checkpointLsn)
{
    public int SeriesId { get; } = seriesId;

    public SeriesAnalyzer Analyzer { get; } = analyzer;

    /// <summary>The log sequence number of the last batch included in the stored checkpoint; replay skips up to it.</summary>
    public long CheckpointLsn { get; set; } = checkpointLsn;

    /// <summary>True when the analyzer has changed since its checkpoint.</summary>
    public bool Dirty { get; set; }
}
