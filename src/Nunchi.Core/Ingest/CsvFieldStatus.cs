namespace Nunchi.Core.Ingest;

/// <summary>The outcome of scanning one CSV field.</summary>
internal enum CsvFieldStatus
{
    /// <summary>A whole field was found.</summary>
    Field,

    /// <summary>The buffered bytes end before the field does; read more and scan the row again.</summary>
    NeedMoreData,

    /// <summary>A quoted field runs to the end of the file.</summary>
    UnclosedQuote,

    /// <summary>Something other than a delimiter or line end follows a closing quote.</summary>
    TextAfterQuote,
}
