namespace Nunchi.Core.Scenarios;

/// <summary>Receives a scenario's rows as they are generated (see <see cref="IScenario.Run"/>).</summary>
public interface IScenarioSink
{
    /// <summary>One group's values at one timestamp. The row's span is only valid during the call.</summary>
    void OnRow(ScenarioRow row);

    /// <summary>Every row of <paramref name="timestampMs"/> has been delivered (also called when a gap left no rows).</summary>
    void OnTimestampEnd(long timestampMs);
}
