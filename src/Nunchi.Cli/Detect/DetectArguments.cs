namespace Nunchi.Cli.Detect;

/// <summary>The arguments of `nunchi detect` as typed, before validation (null or empty when not given).</summary>
internal sealed record DetectArguments(
    string? File,
    string? TimeColumn = null,
    IReadOnlyList<string>? ValueColumns = null,
    string? TimeZone = null,
    string? Language = null,
    bool Json = false,
    string? Scores = null,
    string? Plot = null,
    string? MinSeverity = null,
    bool Quiet = false);
