using System.Diagnostics.CodeAnalysis;

namespace Nunchi.Core.Ingest;

/// <summary>The outcome of <see cref="CsvPointReader.Open"/>: a reader positioned at the first data row, or an error.</summary>
public sealed class CsvOpenResult
{
    private CsvOpenResult(CsvPointReader? reader, CsvError? error)
    {
        Reader = reader;
        Error = error;
    }

    /// <summary>The reader; the caller disposes it. Null when <see cref="Error"/> is set.</summary>
    public CsvPointReader? Reader { get; }

    /// <summary>Why the file cannot be read (empty, no data rows, a named column missing, ...); null on success.</summary>
    public CsvError? Error { get; }

    /// <summary>True when <see cref="Reader"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Reader))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Reader is not null;

    internal static CsvOpenResult Success(CsvPointReader reader) => new(reader, null);

    internal static CsvOpenResult Failure(CsvError error) => new(null, error);
}
