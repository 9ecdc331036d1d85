using Nunchi.Core.Findings;

namespace Nunchi.Core.Evaluation;

/// <summary>A finding that matched no labelled window (or was one too many for a planned change).</summary>
/// <param name="Series">The series it was raised on.</param>
/// <param name="Finding">The finding.</param>
public sealed record FalseAlarm(string Series, Finding Finding);
