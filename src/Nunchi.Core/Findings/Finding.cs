namespace Nunchi.Core.Findings;

/// <summary>
/// One thing that was off in one series: what, when, how sure, and the facts that explain it.
/// </summary>
/// <remarks>
/// Times are Unix milliseconds (UTC); <see cref="EndMs"/> is the timestamp of the last point that belonged
/// to the finding (inclusive). Values are in the series' own unit. Immutable: the analyzer hands out a new
/// snapshot when an open finding grows or closes.
/// </remarks>
public sealed record Finding
{
    /// <summary>Per-series sequence number, starting at 1; stable across save and restore.</summary>
    public required long Id { get; init; }

    /// <summary>What kind of departure this is.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>First point of the finding.</summary>
    public required long StartMs { get; init; }

    /// <summary>Last point of the finding (inclusive).</summary>
    public required long EndMs { get; init; }

    /// <summary>The point where the finding was most severe.</summary>
    public required long PeakMs { get; init; }

    /// <summary>Calibrated severity in [0, 1] at the peak: 1 − the tail probability on a logarithmic scale.</summary>
    public required double Severity { get; init; }

    /// <summary>Expected value at the peak.</summary>
    public required double Expected { get; init; }

    /// <summary>Lower edge of the prediction interval at the peak.</summary>
    public required double Lower { get; init; }

    /// <summary>Upper edge of the prediction interval at the peak.</summary>
    public required double Upper { get; init; }

    /// <summary>Observed value at the peak (the last value before the gap for <see cref="FindingKind.Missing"/>).</summary>
    public required double Actual { get; init; }

    /// <summary>The structured explanation.</summary>
    public required FindingFacts Facts { get; init; }

    /// <summary>True while later points may still extend the finding.</summary>
    public bool IsOpen { get; init; }

    /// <summary>Duration from the first to the last point, in milliseconds.</summary>
    public long DurationMs => EndMs - StartMs;
}
