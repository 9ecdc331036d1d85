namespace Nunchi.Core.Scenarios;

/// <summary>One kind of event a scenario injects: how many, when, how long and on which series.</summary>
/// <param name="Kind">The label kind.</param>
/// <param name="CountPer21Days">How many to place per 21 days after the learning period (scaled with the length).</param>
/// <param name="Placement">Where in the day they go.</param>
/// <param name="MinSeconds">Shortest duration.</param>
/// <param name="MaxSeconds">Longest duration (ignored for <see cref="EventPlacement.Night"/>, which spans the night).</param>
/// <param name="MinSamples">Fewest samples, so that a coarse cadence still shows the event.</param>
/// <param name="Targets">Candidate series; each event picks one at random.</param>
/// <param name="LeadWithFirstTarget">The first event uses the first target (the scenario's signature example).</param>
internal sealed record EventTemplate(
    ScenarioLabelKind Kind,
    int CountPer21Days,
    EventPlacement Placement,
    double MinSeconds,
    double MaxSeconds,
    int MinSamples,
    IReadOnlyList<EventTarget> Targets,
    bool LeadWithFirstTarget = false);
