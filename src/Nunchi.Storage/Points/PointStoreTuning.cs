namespace Nunchi.Storage.Points;

/// <summary>Internal sizes and periods of <see cref="EmbeddedPointStore"/>; tests shrink them.</summary>
internal sealed class PointStoreTuning
{
    /// <summary>The defaults.</summary>
    public static PointStoreTuning Default { get; } = new();

    /// <summary>A head is sealed into a block when it holds this many points (256 × 16 bytes: at most 4 KiB per head).</summary>
    public int SealPoints { get; init; } = 256;

    /// <summary>A head whose oldest point arrived this long ago is sealed, so that the log behind it can go.</summary>
    public TimeSpan SealAge { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A log segment is closed and a new one started beyond this size.</summary>
    public long SegmentBytes { get; init; } = 64L << 20;

    /// <summary>A block file is closed and a new one started beyond this size.</summary>
    public long BlockFileBytes { get; init; } = 256L << 20;

    /// <summary>How often the commit loop seals old heads, applies retention and trims the log.</summary>
    public TimeSpan MaintenanceInterval { get; init; } = TimeSpan.FromSeconds(10);
}
