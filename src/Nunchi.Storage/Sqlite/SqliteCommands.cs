using Microsoft.Data.Sqlite;

namespace Nunchi.Storage.Sqlite;

/// <summary>Builds the prepared, reusable commands the SQLite components keep for their lifetime.</summary>
internal static class SqliteCommands
{
    /// <summary>A command with one parameter per name (values are set before each run), prepared once.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params ReadOnlySpan<string> parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Runs a one-off statement that returns nothing.</summary>
    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>The value or <see cref="DBNull.Value"/> for a parameter.</summary>
    public static object OrNull(object? value) => value ?? DBNull.Value;
}
