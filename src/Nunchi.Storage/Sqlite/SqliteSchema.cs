namespace Nunchi.Storage.Sqlite;

/// <summary>The tables of <c>nunchi.db</c>, as a list of migrations numbered by <c>PRAGMA user_version</c>.</summary>
/// <remarks>
/// <see cref="Migrations"/>[i] takes a database from version i to version i + 1. A released migration is never
/// edited: a change of schema is a new entry at the end (for example the point store's block index as version 2).
/// </remarks>
internal static class SqliteSchema
{
    /// <summary>Written into the database header (<c>PRAGMA application_id</c>) so that another program's file is recognised: "NNCH".</summary>
    public const int ApplicationId = 0x4E4E4348;

    /// <summary>The schema version this build writes and reads.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>The migrations in order; the first creates the database.</summary>
    public static readonly string[] Migrations =
    [
        // Version 1: catalog, findings, feedback, checkpoints.
        """
        CREATE TABLE series (
            id           INTEGER PRIMARY KEY,
            canonical    TEXT    NOT NULL UNIQUE,
            measurement  TEXT    NOT NULL,
            field        TEXT    NOT NULL,
            unit         TEXT,
            retention_ms INTEGER
        );

        -- position keeps the key's tag order (sorted by key) even when a key repeats.
        CREATE TABLE series_tags (
            series_id INTEGER NOT NULL REFERENCES series (id),
            position  INTEGER NOT NULL,
            key       TEXT    NOT NULL,
            value     TEXT    NOT NULL,
            PRIMARY KEY (series_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE series_aliases (
            series_id INTEGER NOT NULL REFERENCES series (id),
            position  INTEGER NOT NULL,
            alias     TEXT    NOT NULL,
            PRIMARY KEY (series_id, position),
            UNIQUE (series_id, alias)
        ) WITHOUT ROWID;

        -- snapshot is the whole Finding as JSON; the other columns copy what queries filter and sort on.
        -- severity is NULL when the analyzer handed out NaN (SQLite stores NaN as NULL).
        CREATE TABLE findings (
            id                INTEGER PRIMARY KEY,
            series_id         INTEGER NOT NULL REFERENCES series (id),
            series_finding_id INTEGER NOT NULL,
            kind              TEXT    NOT NULL,
            start_ms          INTEGER NOT NULL,
            end_ms            INTEGER NOT NULL,
            peak_ms           INTEGER NOT NULL,
            severity          REAL,
            is_open           INTEGER NOT NULL,
            snapshot          TEXT    NOT NULL,
            UNIQUE (series_id, series_finding_id)
        );
        CREATE INDEX findings_by_start ON findings (start_ms);
        CREATE INDEX findings_by_series ON findings (series_id, start_ms);
        CREATE INDEX findings_by_kind ON findings (kind, start_ms);
        CREATE INDEX findings_by_severity ON findings (severity);

        CREATE TABLE feedback (
            id         INTEGER PRIMARY KEY,
            finding_id INTEGER NOT NULL REFERENCES findings (id),
            verdict    TEXT    NOT NULL,
            comment    TEXT,
            at_ms      INTEGER NOT NULL
        );
        CREATE INDEX feedback_by_finding ON feedback (finding_id, at_ms, id);

        CREATE TABLE checkpoints (
            series_id INTEGER PRIMARY KEY REFERENCES series (id),
            lsn       INTEGER NOT NULL,
            state     BLOB    NOT NULL
        );
        """,
    ];
}
