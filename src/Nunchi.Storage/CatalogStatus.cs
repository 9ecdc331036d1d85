namespace Nunchi.Storage;

/// <summary>The outcome of looking up or creating a series in the catalog.</summary>
public enum CatalogStatus
{
    /// <summary>The series existed.</summary>
    Found,

    /// <summary>The series was created (and is durable in the catalog).</summary>
    Created,

    /// <summary>Creating it would exceed <see cref="StoreOptions.MaxSeries"/>; nothing was created.</summary>
    CardinalityLimit,
}
