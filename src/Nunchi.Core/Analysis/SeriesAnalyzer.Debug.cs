namespace Nunchi.Core.Analysis;

public sealed partial class SeriesAnalyzer
{
    public string DebugText() => $"K={(_finding.IsOpen ? _finding.Kind.ToString() : "-")} conf={_shiftConfirm} mz={_finding.MeanZ:F1} vz={_finding.VarianceZ:F1} L={_bank.Level:F2} rel={_profile.Relearning} hold={_holdCount} best={_bank.Best} noise={_noise:F3} res={_resolution} cal0=[{_calibrators[0].DebugText()}] cal1=[{_calibrators[1].DebugText()}] shiftRaw={_shift.Raw:F2} drift={_drift.Raw:F2} gap={_drift.Gap:F2} s=[{string.Join(",", _surprise.Select(x => x.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}]";
}
