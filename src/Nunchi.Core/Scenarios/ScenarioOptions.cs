namespace Nunchi.Core.Scenarios;

/// <summary>What a scenario generates: the time range, the cadence and the random seed.</summary>
/// <remarks>
/// Times are Unix milliseconds (UTC). The range is half-open: rows are generated at
/// <c>FromMs, FromMs + StepMs, ...</c> while the timestamp is below <see cref="ToMs"/>.
/// The first <see cref="LearningPeriodMs"/> of the range are anomaly-free so that a detector can learn the
/// daily and weekly pattern; labelled events start after it.
/// </remarks>
public sealed record ScenarioOptions
{
    /// <summary>Length of the anomaly-free learning period at the start of every range: 14 days (two weekly cycles).</summary>
    public const long LearningPeriodMs = 14L * 86_400_000;

    /// <summary>First timestamp (inclusive), Unix milliseconds UTC.</summary>
    public required long FromMs { get; init; }

    /// <summary>End of the range (exclusive), Unix milliseconds UTC.</summary>
    public required long ToMs { get; init; }

    /// <summary>Cadence in milliseconds; null uses the scenario's default (factory 10 s, server 60 s, business 1 h).</summary>
    public long? StepMs { get; init; }

    /// <summary>Seed of every random choice: the same options give the same rows and labels, bit for bit.</summary>
    public long Seed { get; init; } = 1;
}
