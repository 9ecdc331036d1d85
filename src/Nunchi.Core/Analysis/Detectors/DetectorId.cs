namespace Nunchi.Core.Analysis.Detectors;

/// <summary>The detectors of the analyzer, in the order their surprises are combined.</summary>
internal enum DetectorId
{
    Residual,
    Shift,
    Variance,
    Drift,
    Shape,
    Stuck,
}
