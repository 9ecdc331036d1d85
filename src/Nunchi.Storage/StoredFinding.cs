using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Storage;

/// <summary>A finding as the store keeps it: a global id, its series, the analyzer's snapshot and any feedback.</summary>
/// <param name="Id">Global id, unique across series, stable once assigned.</param>
/// <param name="SeriesId">The series it belongs to.</param>
/// <param name="Finding">The latest snapshot the analyzer handed out (<see cref="Finding.Id"/> is per series).</param>
/// <param name="Feedback">The last verdict a person gave, or null.</param>
public sealed record StoredFinding(long Id, int SeriesId, Finding Finding, FeedbackVerdict? Feedback);
