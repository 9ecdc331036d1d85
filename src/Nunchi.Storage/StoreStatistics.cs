namespace Nunchi.Storage;

/// <summary>Counters of the store, for self-metrics.</summary>
/// <param name="Series">Series in the catalog.</param>
/// <param name="Points">Points appended since the store was created (including not yet sealed ones).</param>
/// <param name="BytesOnDisk">Size of every file in the data directory.</param>
/// <param name="LogBytes">Size of the write-ahead log.</param>
/// <param name="BlockBytes">Size of the compressed blocks.</param>
/// <param name="Commits">Group commits (fsyncs) since start.</param>
public readonly record struct StoreStatistics(int Series, long Points, long BytesOnDisk, long LogBytes, long BlockBytes, long Commits);
