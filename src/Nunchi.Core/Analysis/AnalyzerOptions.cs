namespace Nunchi.Core.Analysis;

/// <summary>
/// Settings of a <see cref="SeriesAnalyzer"/>. None needs tuning per series — models, periods, noise and
/// thresholds are learned from the data; these only state policy (how sure before a finding is raised).
/// </summary>
public sealed class AnalyzerOptions
{
    /// <summary>Shared default options.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Severity at which a finding opens (0.5 ≈ a one-in-100 000 event per point, after combining detectors).</summary>
    public double OpenSeverity { get; init; } = 0.5;

    /// <summary>Severity below which an open finding starts to close.</summary>
    public double KeepSeverity { get; init; } = 0.3;

    /// <summary>Consecutive quiet points that close a finding.</summary>
    public int QuietPointsToClose { get; init; } = 5;

    /// <summary>Points learned before any score is given.</summary>
    public int WarmupPoints { get; init; } = 32;

    /// <summary>
    /// Points learned before findings are raised (for data on a real clock sampled at least hourly, findings also
    /// wait until a season is found or four days have passed).
    /// </summary>
    public int LearningPoints { get; init; } = 128;

    /// <summary>A point may arrive this many cadence steps late and still be scored (it is not learned from).</summary>
    public int ReorderSteps { get; init; } = 8;

    /// <summary>A silence of this many cadence steps is reported as missing data.</summary>
    public int GapSteps { get; init; } = 10;

    /// <summary>Bins of the seasonal profile at most (memory: about 14 bytes per bin in use, with the stuck detector's).</summary>
    public int MaxProfileBins { get; init; } = 512;

    /// <summary>
    /// Bins of the outer profile at most: the correction a longer season (a week) makes to the main one (a day),
    /// learned at a coarser resolution (336 bins: half an hour of a week).
    /// </summary>
    public int MaxOuterBins { get; init; } = 336;

    /// <summary>Buckets of the coarse history used to find periods (4 bytes each).</summary>
    public int HistoryBuckets { get; init; } = 1024;

    /// <summary>Whether to look for subsequence shape anomalies.</summary>
    public bool DetectShapes { get; init; } = true;

    /// <summary>A finding still open after this many points is closed (a new one opens if it persists).</summary>
    public int MaxFindingPoints { get; init; } = 20_000;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> naming the bad one.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(OpenSeverity, 0.05);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(OpenSeverity, 1.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(KeepSeverity, OpenSeverity);
        ArgumentOutOfRangeException.ThrowIfLessThan(QuietPointsToClose, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(WarmupPoints, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(LearningPoints, WarmupPoints);
        ArgumentOutOfRangeException.ThrowIfLessThan(ReorderSteps, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(GapSteps, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxProfileBins, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOuterBins, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(HistoryBuckets, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFindingPoints, 16);
    }
}
