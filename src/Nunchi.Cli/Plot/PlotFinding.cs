namespace Nunchi.Cli.Plot;

/// <summary>A finding as the plot draws it: a span, its peak, how severe, and a short label of its kind.</summary>
/// <param name="StartMs">First point of the finding, Unix milliseconds.</param>
/// <param name="EndMs">Last point of the finding (inclusive), Unix milliseconds.</param>
/// <param name="PeakMs">The point where it was most severe.</param>
/// <param name="Severity">Calibrated severity in [0, 1].</param>
/// <param name="Label">Short text such as "spike" or "level shift"; user-visible, escaped when written.</param>
internal readonly record struct PlotFinding(long StartMs, long EndMs, long PeakMs, double Severity, string Label);
