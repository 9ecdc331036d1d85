namespace Nunchi.Core.Evaluation;

/// <summary>Event-level detection quality over a labelled corpus.</summary>
/// <remarks>
/// An event is found when any finding on a series it covers overlaps its window. A finding outside every window is
/// a false positive. A planned change (<see cref="EvaluationWindow.ExpectOneFinding"/>) expects exactly one finding:
/// none is a miss, each extra one a false positive. Findings that start before the scoring start (the learning
/// period) are not scored; they are counted in <see cref="LearningFindings"/>.
/// </remarks>
public sealed record QualityReport
{
    /// <summary>Per label kind, in the labels-file order.</summary>
    public required IReadOnlyList<KindScore> Kinds { get; init; }

    /// <summary>All anomaly events.</summary>
    public required int Events { get; init; }

    /// <summary>Anomaly events found.</summary>
    public required int Found { get; init; }

    /// <summary>Findings overlapping an anomaly window or the one allowed per planned change.</summary>
    public required int TruePositives { get; init; }

    /// <summary>Findings matching nothing.</summary>
    public required IReadOnlyList<FalseAlarm> FalseAlarms { get; init; }

    /// <summary>Anomaly events no finding overlapped, and planned changes not reported exactly once (first series each).</summary>
    public required IReadOnlyList<MissedEvent> Missed { get; init; }

    /// <summary>Planned changes reported exactly once.</summary>
    public required int PlannedChangesOnce { get; init; }

    /// <summary>Planned changes in the corpus.</summary>
    public required int PlannedChanges { get; init; }

    /// <summary>Scored points outside every window.</summary>
    public required long NormalPoints { get; init; }

    /// <summary>Findings raised during the learning period (not scored).</summary>
    public required int LearningFindings { get; init; }

    /// <summary>Found / events.</summary>
    public double Recall => Events == 0 ? 1 : (double)Found / Events;

    /// <summary>True positives / all scored findings.</summary>
    public double Precision => TruePositives + FalseAlarms.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalseAlarms.Count);

    /// <summary>Event F1: harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>False positives per 10 000 normal points.</summary>
    public double FalsePositivesPer10K => NormalPoints == 0 ? 0 : FalseAlarms.Count * 10_000.0 / NormalPoints;
}
