namespace Nunchi.Core.Analysis;

/// <summary>The analyzer's verdict on one point.</summary>
/// <param name="Score">Anomaly severity in [0, 1]; computed strictly from this and earlier points.</param>
/// <param name="Expected">Expected value (NaN while warming up).</param>
/// <param name="Lower">Lower edge of the normal band.</param>
/// <param name="Upper">Upper edge of the normal band.</param>
/// <param name="Status">What else happened.</param>
public readonly record struct PointResult(double Score, double Expected, double Lower, double Upper, PointStatus Status)
{
    internal static PointResult Unscored(PointStatus flags) => new(0, double.NaN, double.NaN, double.NaN, flags);

    /// <summary>True when findings are waiting to be taken.</summary>
    public bool HasFindingEvents => (Status & PointStatus.FindingEvent) != 0;
}
