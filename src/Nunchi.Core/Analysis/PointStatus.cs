namespace Nunchi.Core.Analysis;

/// <summary>What happened to a point besides being scored.</summary>
[Flags]
public enum PointStatus
{
    /// <summary>An ordinary point.</summary>
    None = 0,

    /// <summary>Still learning: the score is 0.</summary>
    Warmup = 1,

    /// <summary>Older than the previous point but within the reorder window: scored, not learned from.</summary>
    Late = 2,

    /// <summary>Same timestamp as the previous point: scored, not learned from.</summary>
    Duplicate = 4,

    /// <summary>NaN or infinite: not analysed.</summary>
    NonFinite = 8,

    /// <summary>Older than the reorder window allows: rejected, not analysed.</summary>
    TooLate = 16,

    /// <summary>Data was missing before this point (a missing-data finding was raised).</summary>
    AfterGap = 32,

    /// <summary>One or more findings opened or closed: drain them with <see cref="SeriesAnalyzer.TryTakeEvent"/>.</summary>
    FindingEvent = 64,
}
