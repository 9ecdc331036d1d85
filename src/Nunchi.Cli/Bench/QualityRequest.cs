namespace Nunchi.Cli.Bench;

/// <summary>What `nunchi bench quality` was asked to score.</summary>
internal sealed record QualityRequest(
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<long> Seeds,
    int Days,
    string? Corpus,
    bool Verbose);
