namespace Nunchi.Cli.Gen;

/// <summary>The options of `nunchi gen` as typed, before validation (null when not given).</summary>
internal sealed record GenArguments(
    string? Scenario,
    string? Seed = null,
    string? From = null,
    string? To = null,
    string? Days = null,
    string? Step = null,
    string? Format = null,
    string? Out = null,
    string? Labels = null,
    string? Aliases = null);
