namespace Nunchi.Core.Scenarios;

/// <summary>What a labelled event in generated data is.</summary>
/// <remarks>
/// The labels file writes these as <c>spike</c>, <c>dip</c>, <c>level_shift</c>, <c>variance</c>, <c>stuck</c>,
/// <c>gap</c>, <c>seasonality_break</c>, <c>drift</c> and <c>product_change</c>
/// (see <see cref="ScenarioLabelKinds"/>).
/// </remarks>
public enum ScenarioLabelKind
{
    /// <summary>A short excursion upwards (one to a few samples): a knock, a surge, a sensor glitch, a campaign.</summary>
    Spike,

    /// <summary>A short drop: a pressure loss, a momentary trip, an opened oven door, an outage.</summary>
    Dip,

    /// <summary>The level moves by a fixed amount or factor for hours or days, then returns (e.g. a clogged filter).</summary>
    LevelShift,

    /// <summary>The noise around the usual value grows for hours (e.g. a loose bearing).</summary>
    Variance,

    /// <summary>The sensor repeats its last value (a flat line).</summary>
    Stuck,

    /// <summary>No rows at all for the group (machine, host) during the span.</summary>
    Gap,

    /// <summary>Behaviour normal for another time of day or week but not for this one (a press running through the night).</summary>
    SeasonalityBreak,

    /// <summary>A slow creep away from the usual level (oven temperature +0.5 °C/hour, a memory leak).</summary>
    Drift,

    /// <summary>
    /// A planned, normal change of operating point that persists to the end of the data: exactly one finding is
    /// expected inside the label's window (its start plus one hour), and none after the detector has adapted.
    /// </summary>
    ProductChange,
}
