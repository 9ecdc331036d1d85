using Nunchi.Core.Analysis.Detectors;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Analysis;

public sealed partial class SeriesAnalyzer
{
    /// <summary>
    /// Learns from a person's verdict on one of this series' findings. "Not an anomaly" makes similar future
    /// evidence (same detector, direction and part of the cycle, up to twice as strong) score below the alert
    /// level; a clearly stronger event still alerts. "Confirmed" changes nothing: the model was right.
    /// </summary>
    public void ApplyFeedback(Finding finding, FeedbackVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (verdict != FeedbackVerdict.NotAnomaly || !TryParseDetector(finding.Facts.Detector, out var detector))
        {
            return;
        }

        var bin = _profile.Active ? FeedbackBin(_profile.Locate(finding.PeakMs)) : -1;
        // The uncapped evidence when the finding carries it: severity stops at 1.
        var evidence = finding.Facts.Evidence > 0 ? finding.Facts.Evidence : finding.Severity * SurprisePerSeverity;
        var surprise = evidence + _log10Detectors;
        _feedback.Dismiss(detector, finding.Facts.Direction, bin, surprise);
    }

    private static bool TryParseDetector(string name, out DetectorId detector)
    {
        for (var d = 0; d < DetectorCount; d++)
        {
            if (FindingTracker.DetectorName((DetectorId)d) == name)
            {
                detector = (DetectorId)d;
                return true;
            }
        }

        detector = default;
        return false;
    }
}
