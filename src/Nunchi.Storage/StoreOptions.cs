namespace Nunchi.Storage;

/// <summary>Settings of the embedded store.</summary>
public sealed class StoreOptions
{
    /// <summary>The data directory; created when missing.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Most series the catalog accepts; creating more is refused with <see cref="CatalogStatus.CardinalityLimit"/>.</summary>
    public int MaxSeries { get; init; } = 100_000;

    /// <summary>Default retention for series without their own, in milliseconds; null keeps points forever.</summary>
    public long? DefaultRetentionMs { get; init; }

    /// <summary>
    /// False skips fsync (tests of logic only, never production): appends are then durable against a process crash
    /// but not against power loss.
    /// </summary>
    public bool Fsync { get; init; } = true;
}
