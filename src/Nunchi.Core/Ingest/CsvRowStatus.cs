namespace Nunchi.Core.Ingest;

/// <summary>The outcome of reading one row (or the header) from the buffer.</summary>
internal enum CsvRowStatus
{
    /// <summary>A row was read.</summary>
    Row,

    /// <summary>The buffer ends inside the row: refill and read the row again.</summary>
    NeedMoreData,

    /// <summary>No more rows.</summary>
    End,

    /// <summary>The row is bad; the error says why.</summary>
    Error,
}
