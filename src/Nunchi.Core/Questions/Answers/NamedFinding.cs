using Nunchi.Core.Findings;

namespace Nunchi.Core.Questions.Answers;

/// <summary>A finding and the series it is about, for telling it.</summary>
/// <param name="Series">The series.</param>
/// <param name="Finding">The finding.</param>
public readonly record struct NamedFinding(CatalogSeries Series, Finding Finding);
