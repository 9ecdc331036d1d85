using Nunchi.Core.Findings;

namespace Nunchi.Core.Evaluation;

/// <summary>What the analyzer reported for one series, with the labels that series carries.</summary>
/// <param name="Name">The series' display name.</param>
/// <param name="Windows">The labelled windows on this series.</param>
/// <param name="Findings">Every finding the analyzer raised (closed, or still open at the end).</param>
/// <param name="NormalPoints">Points after the learning period that lie outside every labelled window.</param>
/// <param name="ScoreFromMs">End of the learning period: findings starting earlier are not scored.</param>
public sealed record SeriesOutcome(
    string Name,
    IReadOnlyList<EvaluationWindow> Windows,
    IReadOnlyList<Finding> Findings,
    long NormalPoints,
    long ScoreFromMs);
