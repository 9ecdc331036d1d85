using Microsoft.Data.Sqlite;
using Nunchi.Core.Series;
using Nunchi.Storage.Sqlite;

namespace Nunchi.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public void Open_MissingDirectory_CreatesItAndAWalDatabase()
    {
        using var temp = new TempDataDirectory();
        var options = new StoreOptions { DataDirectory = Path.Combine(temp.Path, "data", "nested") };

        using (var database = SqliteDatabase.Open(options))
        {
            database.FilePath.ShouldBe(Path.Combine(options.DataDirectory, "nunchi.db"));
            File.Exists(database.FilePath).ShouldBeTrue();
            database.Catalog.Count.ShouldBe(0);
            database.Findings.Count().ShouldBe(0);
        }

        Pragma(Path.Combine(options.DataDirectory, "nunchi.db"), "journal_mode").ShouldBe("wal");
        Pragma(Path.Combine(options.DataDirectory, "nunchi.db"), "user_version").ShouldBe("1");
    }

    [Fact]
    public void Open_Twice_KeepsTheSchemaAndTheData()
    {
        using var temp = new TempDataDirectory();
        using (var database = temp.Open())
        {
            database.Catalog.GetOrAdd(new SeriesKey("m", "f"), out _);
        }

        using (var database = temp.Open())
        {
            database.Catalog.Count.ShouldBe(1);
        }

        Pragma(temp.DatabaseFile, "user_version").ShouldBe("1");
    }

    [Theory]
    [InlineData("this is a text file, not a database, and it is long enough to look like a header ........")]
    [InlineData("SQLite format 3\0 but the rest of the header is garbage .......................................")]
    public void Open_FileThatIsNotADatabase_ThrowsStoreExceptionNamingTheFile(string content)
    {
        using var temp = new TempDataDirectory();
        File.WriteAllText(temp.DatabaseFile, content);

        var error = Should.Throw<StoreException>(() => temp.Open());

        error.Path.ShouldBe(temp.DatabaseFile);
        error.Message.ShouldStartWith(temp.DatabaseFile + ": ");
        error.Message.ShouldContain("not a Nunchi database");
        error.Message.ShouldNotContain('\n');
    }

    [Fact]
    public void Open_AnotherProgramsSqliteDatabase_ThrowsStoreExceptionAndLeavesItAlone()
    {
        using var temp = new TempDataDirectory();
        Execute(temp.DatabaseFile, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);");

        var error = Should.Throw<StoreException>(() => temp.Open());

        error.Message.ShouldBe($"{temp.DatabaseFile}: not a Nunchi database (it is an SQLite database of another program)");
        Pragma(temp.DatabaseFile, "user_version").ShouldBe("0");
    }

    [Fact]
    public void Open_DatabaseOfANewerNunchi_ThrowsStoreExceptionWithBothVersions()
    {
        using var temp = new TempDataDirectory();
        temp.Open().Dispose();
        Execute(temp.DatabaseFile, "PRAGMA user_version = 7;");

        var error = Should.Throw<StoreException>(() => temp.Open());

        error.Message.ShouldBe($"{temp.DatabaseFile}: written by a newer Nunchi (schema version 7; this build reads up to 1)");
    }

    [Fact]
    public void Open_EmptyFile_IsTreatedAsANewDatabase()
    {
        using var temp = new TempDataDirectory();
        File.WriteAllBytes(temp.DatabaseFile, []);

        using var database = temp.Open();

        database.Catalog.GetOrAdd(new SeriesKey("m", "f"), out var id).ShouldBe(CatalogStatus.Created);
        id.ShouldBe(1);
    }

    [Fact]
    public void Dispose_ThenMembers_ThrowObjectDisposed()
    {
        using var temp = new TempDataDirectory();
        var database = temp.Open();
        database.Dispose();
        database.Dispose();

        Should.Throw<ObjectDisposedException>(() => database.Findings.Count());
        Should.Throw<ObjectDisposedException>(() => database.Catalog.GetOrAdd(new SeriesKey("m", "f"), out _));
    }

    internal static string Pragma(string file, string name)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    internal static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
