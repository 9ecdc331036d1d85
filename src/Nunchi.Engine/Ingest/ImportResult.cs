namespace Nunchi.Engine.Ingest;

/// <summary>What an import stored and what it rejected.</summary>
/// <param name="Points">Points stored.</param>
/// <param name="Series">Series the import wrote to.</param>
/// <param name="Error">The error that stopped it (with file, line, column and what was expected), or null.</param>
public sealed record ImportResult(long Points, int Series, string? Error);
