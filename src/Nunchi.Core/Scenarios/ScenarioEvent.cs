namespace Nunchi.Core.Scenarios;

/// <summary>One planned event: its label and what it does to which series.</summary>
/// <param name="Label">The ground truth written to the labels file.</param>
/// <param name="Group">Group index.</param>
/// <param name="FirstSeries">Index of the first series affected.</param>
/// <param name="SeriesCount">Number of consecutive series affected (the whole group for <c>*</c>).</param>
/// <param name="Effect">How the data changes.</param>
/// <param name="Shape">How the strength evolves.</param>
/// <param name="Magnitude">The strength (a value, a factor, or a rate per hour).</param>
internal sealed record ScenarioEvent(
    ScenarioLabel Label,
    int Group,
    int FirstSeries,
    int SeriesCount,
    EventEffect Effect,
    EventShape Shape,
    double Magnitude);
