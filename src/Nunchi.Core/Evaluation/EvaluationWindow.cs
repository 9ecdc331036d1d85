namespace Nunchi.Core.Evaluation;

/// <summary>A labelled stretch of one series: an injected anomaly to be found, or a planned change to be reported once.</summary>
/// <param name="EventId">Identifies the event; one event may cover several series (a gap hits every field of a machine).</param>
/// <param name="Kind">The label's kind in the labels-file vocabulary, e.g. <c>spike</c>, <c>level_shift</c>.</param>
/// <param name="StartMs">First affected timestamp, Unix milliseconds.</param>
/// <param name="EndMs">Last affected timestamp (inclusive).</param>
/// <param name="ExpectOneFinding">True for a planned normal change: exactly one finding is expected in the window, not "at least one".</param>
public sealed record EvaluationWindow(int EventId, string Kind, long StartMs, long EndMs, bool ExpectOneFinding = false)
{
    /// <summary>True when <paramref name="startMs"/>..<paramref name="endMs"/> (inclusive) overlaps the window.</summary>
    public bool Overlaps(long startMs, long endMs) => startMs <= EndMs && endMs >= StartMs;
}
