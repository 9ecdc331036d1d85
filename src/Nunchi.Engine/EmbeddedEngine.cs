using Nunchi.Storage;
using Nunchi.Storage.Points;
using Nunchi.Storage.Sqlite;

namespace Nunchi.Engine;

/// <summary>The engine over the embedded store in one data directory: what <c>nunchi serve</c> and <c>nunchi import</c> run.</summary>
public sealed class EmbeddedEngine : IAsyncDisposable
{
    private readonly SqliteDatabase _database;

    private EmbeddedEngine(SqliteDatabase database, IPointStore points, NunchiEngine engine)
    {
        _database = database;
        PointStore = points;
        Engine = engine;
    }

    /// <summary>The running engine.</summary>
    public NunchiEngine Engine { get; }

    private IPointStore PointStore { get; }

    /// <summary>Opens (or creates) the data directory, recovers, replays, and starts the engine.</summary>
    /// <exception cref="StoreException">The directory holds something that is not a Nunchi store, or a newer one.</exception>
    /// <exception cref="IOException">Another process uses the directory.</exception>
    public static async Task<EmbeddedEngine> OpenAsync(StoreOptions storeOptions, EngineOptions? engineOptions = null)
    {
        ArgumentNullException.ThrowIfNull(storeOptions);
        Directory.CreateDirectory(storeOptions.DataDirectory);
        var database = SqliteDatabase.Open(storeOptions);
        EmbeddedPointStore? points = null;
        try
        {
            points = EmbeddedPointStore.Open(storeOptions, database.Catalog);
            var engine = await NunchiEngine.StartAsync(points, database.Findings, engineOptions).ConfigureAwait(false);
            return new EmbeddedEngine(database, points, engine);
        }
        catch
        {
            if (points is not null)
            {
                await points.DisposeAsync().ConfigureAwait(false);
            }

            database.Dispose();
            throw;
        }
    }

    /// <summary>Checkpoints, stops the engine and closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync().ConfigureAwait(false);
        await PointStore.DisposeAsync().ConfigureAwait(false);
        _database.Dispose();
    }
}
