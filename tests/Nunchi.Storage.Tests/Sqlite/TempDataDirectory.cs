namespace Nunchi.Storage.Tests.Sqlite;

/// <summary>A fresh data directory under the temp folder, deleted on dispose.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nunchi-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, Storage.Sqlite.SqliteDatabase.FileName);

    public StoreOptions Options(int maxSeries = 100_000) => new() { DataDirectory = Path, MaxSeries = maxSeries };

    public Storage.Sqlite.SqliteDatabase Open(int maxSeries = 100_000) => Storage.Sqlite.SqliteDatabase.Open(Options(maxSeries));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
