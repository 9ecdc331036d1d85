namespace Nunchi.Storage.Points;

/// <summary>Internal sizes and periods of <see cref="EmbeddedPointStore"/>; tests shrink them.</summary>
internal sealed class PointStoreTuning
{
    /// <summary>The defaults.</summary>
    public static PointStoreTuning Default { get; } = new();

    /// <summary>A head is sealed into a block when it holds this many points (128 × 16 bytes: at most 2 KiB per head).</summary>
    /// <remarks>
    /// Every active series holds a head of this size, so it is most of the store's memory: 128 rather than 256 points
    /// saves 20 MB at 10,000 series. The smaller blocks cost little, since compaction merges them into blocks of
    /// <see cref="CompactTargetPoints"/>.
    /// </remarks>
    public int SealPoints { get; init; } = 128;

    /// <summary>A head whose oldest point arrived this long ago is sealed, so that the log behind it can go.</summary>
    public TimeSpan SealAge { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A log segment is closed and a new one started beyond this size.</summary>
    public long SegmentBytes { get; init; } = 64L << 20;

    /// <summary>A block file is closed and a new one started beyond this size.</summary>
    public long BlockFileBytes { get; init; } = 256L << 20;

    /// <summary>How often the commit loop seals old heads, applies retention and trims the log.</summary>
    public TimeSpan MaintenanceInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether blocks are compacted at all (off only to build many small blocks in tests and benchmarks).</summary>
    public bool Compaction { get; init; } = true;

    /// <summary>Points a compacted block holds at most (an output above this is split into equal parts).</summary>
    /// <remarks>
    /// 4,096: a block of a real codec is then 2–4 KiB, one random read decodes it in microseconds, the 64-byte header
    /// costs 0.016 bytes per point, and the index holds one entry per 2,048–4,096 points. Twice as large would halve
    /// the index again but double what a dashboard's short range read decodes.
    /// </remarks>
    public int CompactTargetPoints { get; init; } = 4096;

    /// <summary>Blocks below this many points are merged with their neighbours (half the target: parts never fall below).</summary>
    public int CompactSmallPoints { get; init; } = 2048;

    /// <summary>Small blocks merged together in the background once this many are consecutive (any two on a flush).</summary>
    public int CompactMinRunBlocks { get; init; } = 8;

    /// <summary>A run of late, overlapping blocks above this many points is left to reads to merge.</summary>
    public int CompactMaxRunPoints { get; init; } = 16 * 4096;

    /// <summary>Points a background compaction slice merges at most before the commit loop turns back to appends.</summary>
    public int CompactSlicePoints { get; init; } = 1 << 18;

    /// <summary>Bytes a background slice copies at most out of mostly dead files.</summary>
    public long RewriteSliceBytes { get; init; } = 16L << 20;

    /// <summary>The shortest time between two background compaction slices triggered by commits.</summary>
    public TimeSpan CompactionInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A closed block file whose live blocks fill less than this share of it is rewritten.</summary>
    public double RewriteLiveShare { get; init; } = 0.5;

    /// <summary>On a flush, any block file (the newest too) whose live blocks fill less than this share is rewritten.</summary>
    public double FlushRewriteLiveShare { get; init; } = 0.9;

    /// <summary>Called at each step of a compaction or file rewrite, on the commit thread (crash tests copy the directory).</summary>
    public Action<CompactionStep>? CompactionObserver { get; init; }
}
