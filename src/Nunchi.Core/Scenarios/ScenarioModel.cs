namespace Nunchi.Core.Scenarios;

/// <summary>The process behind a scenario: the state of its machines, advanced one timestamp at a time.</summary>
/// <remarks>One instance per read, so every read replays the same sequence from the same seed.</remarks>
internal abstract class ScenarioModel
{
    /// <summary>
    /// Writes the raw value of every series at <paramref name="timestampMs"/> into <paramref name="values"/>, reading
    /// the effects that act on the process itself (noise scale, forced running) from <paramref name="effects"/>.
    /// Called once per timestamp in increasing order; output effects, clamping and rounding come afterwards.
    /// </summary>
    public abstract void Advance(long timestampMs, EventInjector effects, Span<double> values);
}
