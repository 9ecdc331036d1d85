using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Nunchi.Storage.Sqlite;

/// <summary>
/// The embedded SQL database of a data directory (<c>nunchi.db</c>): the series catalog, findings, feedback and
/// analyzer checkpoints.
/// </summary>
/// <remarks>
/// <see cref="Open"/> creates or upgrades the schema; the database then holds one connection per component, each
/// behind its own lock, so every member of <see cref="Catalog"/> and <see cref="Findings"/> is thread-safe. The file
/// runs in WAL mode with <c>synchronous=FULL</c>: a method that writes returns once the write survives power loss
/// (<see cref="StoreOptions.Fsync"/> false turns syncing off, for tests only). Disposing the
/// database disposes both components.
/// </remarks>
public sealed class SqliteDatabase : IDisposable
{
    /// <summary>The database's file name inside the data directory.</summary>
    public const string FileName = "nunchi.db";

    private readonly SqliteSeriesCatalog _catalog;
    private readonly SqliteFindingStore _findings;
    private readonly string _connectionString;
    private readonly bool _fsync;

    private SqliteDatabase(string path, bool fsync, int maxSeries)
    {
        FilePath = path;
        _fsync = fsync;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // A pooled connection would keep the file open after Dispose; each component holds its own for its lifetime anyway.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();

        Migrate();
        _catalog = new SqliteSeriesCatalog(OpenConnection(), maxSeries);
        try
        {
            _findings = new SqliteFindingStore(OpenConnection(), _catalog.EnsureDurable);
        }
        catch
        {
            _catalog.Dispose();
            throw;
        }
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>The series catalog; loaded into memory at open.</summary>
    public ISeriesCatalog Catalog => _catalog;

    /// <summary>Findings, feedback and checkpoints.</summary>
    public IFindingStore Findings => _findings;

    /// <summary>Opens the database of <see cref="StoreOptions.DataDirectory"/>, creating the directory and the file when missing.</summary>
    /// <exception cref="StoreException">
    /// The file is not a Nunchi database, was written by a newer Nunchi, is damaged, or cannot be opened.
    /// </exception>
    public static SqliteDatabase Open(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.DataDirectory);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxSeries);
        var path = Path.GetFullPath(Path.Combine(options.DataDirectory, FileName));
        try
        {
            Directory.CreateDirectory(options.DataDirectory);
            return new SqliteDatabase(path, options.Fsync, options.MaxSeries);
        }
        catch (SqliteException e)
        {
            throw new StoreException(path, Describe(e), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(path, $"cannot open the database: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _findings.Dispose();
        _catalog.Dispose();
    }

    /// <summary>A new connection with this database's settings; the caller owns it and must serialise its use.</summary>
    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SqliteCommands.Execute(connection, "PRAGMA journal_mode = WAL;");
            // FULL syncs the WAL at every commit: a committed transaction survives power loss, not just a crash.
            SqliteCommands.Execute(connection, _fsync ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = OFF;");
            SqliteCommands.Execute(connection, "PRAGMA foreign_keys = ON;");
            SqliteCommands.Execute(connection, "PRAGMA busy_timeout = 30000;");
            // One commit of all checkpoints can be ~160 MB; do not leave a WAL that size behind once it is checkpointed.
            SqliteCommands.Execute(connection, "PRAGMA journal_size_limit = 67108864;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Migrate()
    {
        using var connection = OpenConnection();
        var applicationId = QueryInt(connection, "PRAGMA application_id;");
        var version = QueryInt(connection, "PRAGMA user_version;");
        if (applicationId != SqliteSchema.ApplicationId)
        {
            // A file with another application id, or with tables but no id, belongs to someone else.
            var tables = QueryInt(connection, "SELECT count(*) FROM sqlite_schema;");
            if (applicationId != 0 || tables != 0 || version != 0)
            {
                throw new StoreException(FilePath, "not a Nunchi database (it is an SQLite database of another program)");
            }
        }

        if (version > SqliteSchema.LatestVersion)
        {
            throw new StoreException(
                FilePath,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"written by a newer Nunchi (schema version {version}; this build reads up to {SqliteSchema.LatestVersion})"));
        }

        for (var next = version; next < SqliteSchema.LatestVersion; next++)
        {
            // One transaction per step: a crash leaves the database at the previous version, never half-migrated.
            using var transaction = connection.BeginTransaction();
            SqliteCommands.Execute(connection, SqliteSchema.Migrations[next], transaction);
            SqliteCommands.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {SqliteSchema.ApplicationId};"), transaction);
            SqliteCommands.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {next + 1};"), transaction);
            transaction.Commit();
        }
    }

    private static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        // SQLITE_NOTADB
        26 => "not a Nunchi database (not an SQLite file)",
        // SQLITE_CORRUPT
        11 => $"the database is damaged ({e.Message})",
        _ => $"cannot open the database ({e.Message})",
    };

    private static long QueryInt(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
