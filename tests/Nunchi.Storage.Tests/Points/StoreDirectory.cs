using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

/// <summary>A fresh data directory for one test, deleted afterwards, and helpers to open stores on it.</summary>
internal sealed class StoreDirectory : IDisposable
{
    public StoreDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nunchi-store-" + Guid.NewGuid().ToString("N"));
    }

    public string Path { get; }

    public InMemorySeriesCatalog Catalog { get; } = new();

    public static PointStoreTuning SmallTuning { get; } = new() { SealPoints = 16, SegmentBytes = 4096, BlockFileBytes = 8192 };

    public EmbeddedPointStore Open(PointStoreTuning? tuning = null, TimeProvider? time = null, long? retentionMs = null, string? path = null, bool fsync = false)
        => EmbeddedPointStore.Open(
            new StoreOptions { DataDirectory = path ?? Path, Fsync = fsync, DefaultRetentionMs = retentionMs, MaxSeries = 100_000 },
            Catalog,
            time ?? TimeProvider.System,
            tuning ?? SmallTuning);

    /// <summary>Copies the directory as it is on disk now (what a crash would leave, minus unwritten page cache).</summary>
    public string Snapshot()
    {
        var copy = Path + "-copy-" + Guid.NewGuid().ToString("N")[..6];
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            if (System.IO.Path.GetFileName(file) == "LOCK")
            {
                continue;
            }

            var target = System.IO.Path.Combine(copy, System.IO.Path.GetRelativePath(Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var destination = File.Create(target);
            source.CopyTo(destination);
        }

        return copy;
    }

    public void Dispose()
    {
        foreach (var dir in Directory.EnumerateDirectories(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(Path) + "*"))
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
