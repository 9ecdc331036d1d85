namespace Nunchi.Core.Findings;

/// <summary>What kind of departure from normal a finding reports.</summary>
public enum FindingKind
{
    /// <summary>A short excursion above the expected band.</summary>
    Spike,

    /// <summary>A short excursion below the expected band.</summary>
    Dip,

    /// <summary>The level moved and stayed; reported once, then adopted as the new normal.</summary>
    LevelShift,

    /// <summary>The noise around the expected value grew or shrank (e.g. a loose bearing).</summary>
    VarianceChange,

    /// <summary>A slow drift or a change of slope away from the learned level.</summary>
    TrendChange,

    /// <summary>The value is normal for another time of day or week but not for now (e.g. running through the night).</summary>
    SeasonalityBreak,

    /// <summary>Each value is plausible but the pattern of the recent window has not been seen before.</summary>
    ShapeAnomaly,

    /// <summary>The sensor repeats one value for far longer than this series ever does at this time.</summary>
    Stuck,

    /// <summary>Data stopped arriving for much longer than the series' own cadence.</summary>
    Missing,
}
