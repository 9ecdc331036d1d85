using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using Nunchi.Storage;

namespace Nunchi.Engine.Analysis;

/// <summary>Work for one shard, processed strictly in the order it was posted.</summary>
internal abstract record ShardMessage
{
    /// <summary>
    /// The shard's points of one committed log batch (possibly none: every shard sees every batch, so each knows how
    /// far the log has gone). <see cref="Points"/> is rented from the array pool and returned by the shard.
    /// </summary>
    public sealed record Batch(long Lsn, StoredPoint[] Points, int Count, long CommittedTicks, bool Replay) : ShardMessage;

    /// <summary>A person's verdict on a finding of one of the shard's series.</summary>
    public sealed record Feedback(int SeriesId, Finding Finding, FeedbackVerdict Verdict, TaskCompletionSource Done) : ShardMessage;

    /// <summary>
    /// Start a checkpoint round: save every changed analyzer, slice by slice, between batches. <see cref="Done"/>
    /// completes once a round that began after this request has been stored.
    /// </summary>
    public sealed record Checkpoint(TaskCompletionSource? Done) : ShardMessage;

    /// <summary>Nothing to do but look whether a checkpoint slice has been stored.</summary>
    public sealed record Wake : ShardMessage
    {
        public static Wake Instance { get; } = new();
    }

    /// <summary>Completes once everything posted before it is analysed and its findings are stored.</summary>
    public sealed record Barrier(TaskCompletionSource Done) : ShardMessage;
}
