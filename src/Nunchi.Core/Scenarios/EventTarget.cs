namespace Nunchi.Core.Scenarios;

/// <summary>A series (or a whole group) an event template may hit, with its effect and magnitude range.</summary>
/// <param name="Group">Group name.</param>
/// <param name="Field">Field key, or <see cref="ScenarioLabel.AllFields"/>.</param>
/// <param name="Effect">How the data changes.</param>
/// <param name="Shape">How the strength evolves.</param>
/// <param name="MinMagnitude">Smallest magnitude (in the field's unit, a factor, or per hour for ramps).</param>
/// <param name="MaxMagnitude">Largest magnitude.</param>
internal sealed record EventTarget(
    string Group,
    string Field,
    EventEffect Effect,
    EventShape Shape = EventShape.Constant,
    double MinMagnitude = 0,
    double MaxMagnitude = 0);
