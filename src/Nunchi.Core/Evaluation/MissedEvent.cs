namespace Nunchi.Core.Evaluation;

/// <summary>A labelled event that was not found, or a planned change not reported exactly once.</summary>
/// <param name="Series">The first series the event covers.</param>
/// <param name="Window">Its window on that series.</param>
/// <param name="Findings">For a planned change: how many findings it got (0 or more than 1).</param>
public sealed record MissedEvent(string Series, EvaluationWindow Window, int Findings);
