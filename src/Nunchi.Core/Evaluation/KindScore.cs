namespace Nunchi.Core.Evaluation;

/// <summary>Detection quality for one kind of labelled event.</summary>
/// <param name="Kind">Labels-file kind, e.g. <c>spike</c>.</param>
/// <param name="Events">Labelled events of this kind.</param>
/// <param name="Found">Events with at least one overlapping finding.</param>
/// <param name="TruePositives">Findings overlapping an event of this kind.</param>
/// <param name="FalsePositives">Findings outside every window whose kind corresponds to this label kind.</param>
public sealed record KindScore(string Kind, int Events, int Found, int TruePositives, int FalsePositives)
{
    /// <summary>Found / events (1 when there are no events).</summary>
    public double Recall => Events == 0 ? 1 : (double)Found / Events;

    /// <summary>True positives / all findings attributed to this kind (1 when there are none).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
