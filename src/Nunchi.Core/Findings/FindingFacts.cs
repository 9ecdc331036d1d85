namespace Nunchi.Core.Findings;

/// <summary>
/// The structured explanation of a finding: numbers a narrative, a chart or a rule can use without parsing text.
/// </summary>
/// <remarks>Fields that do not apply to a finding's kind are null.</remarks>
public sealed record FindingFacts
{
    /// <summary>Which detector raised it: residual, level, variance, trend, seasonal, shape, stuck, gap.</summary>
    public required string Detector { get; init; }

    /// <summary>Which way the value departed.</summary>
    public Direction Direction { get; init; }

    /// <summary>Actual minus expected at the peak, in the series' unit.</summary>
    public double Deviation { get; init; }

    /// <summary>The deviation in units of the series' own noise scale at that time (a robust sigma).</summary>
    public double DeviationSigma { get; init; }

    /// <summary>
    /// −log10 of the tail probability at the peak, uncapped: severity 1 covers everything from 10 up, this tells
    /// a one-in-ten-billion event from a one-in-10^30 one.
    /// </summary>
    public double Evidence { get; init; }

    /// <summary>Number of points the finding spans.</summary>
    public long Points { get; init; }

    /// <summary>Level shift: the new level minus the old one.</summary>
    public double? ShiftSize { get; init; }

    /// <summary>Variance change: the recent noise scale divided by the usual one.</summary>
    public double? VarianceRatio { get; init; }

    /// <summary>Trend change: the slope of the level during the finding, in units per hour.</summary>
    public double? SlopePerHour { get; init; }

    /// <summary>Stuck sensor: the value that repeated.</summary>
    public double? StuckValue { get; init; }

    /// <summary>Missing data: the learned cadence, in milliseconds.</summary>
    public long? CadenceMs { get; init; }

    /// <summary>The seasonal period the expectation used, in milliseconds; null when the series has none.</summary>
    public long? SeasonalPeriodMs { get; init; }

    /// <summary>Seasonality break: the time within the period where the actual value would have been normal.</summary>
    public long? NormalAtPhaseMs { get; init; }

    /// <summary>True when the change persisted and became the new normal.</summary>
    public bool BecameNormal { get; init; }

    /// <summary>True when the new level matched an earlier regime the series had returned from.</summary>
    public bool ReturnedToKnownRegime { get; init; }

    /// <summary>True when the score was lowered because a similar finding was marked "not an anomaly".</summary>
    public bool DampedByFeedback { get; init; }
}
