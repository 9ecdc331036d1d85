using System.Globalization;
using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// Exact textual forms of analyzer output, with every double written as its bit pattern, so that two runs compare
/// bit for bit (NaN payloads and −0 included) and a difference is readable in the failure message.
/// </summary>
internal static class ExactText
{
    public static string Of(PointResult result) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Bits(result.Score)} {Bits(result.Expected)} {Bits(result.Lower)} {Bits(result.Upper)} {result.Status}");

    /// <summary>True when both results are identical bit for bit (cheaper than comparing their texts).</summary>
    public static bool Same(PointResult a, PointResult b) =>
        BitConverter.DoubleToInt64Bits(a.Score) == BitConverter.DoubleToInt64Bits(b.Score)
        && BitConverter.DoubleToInt64Bits(a.Expected) == BitConverter.DoubleToInt64Bits(b.Expected)
        && BitConverter.DoubleToInt64Bits(a.Lower) == BitConverter.DoubleToInt64Bits(b.Lower)
        && BitConverter.DoubleToInt64Bits(a.Upper) == BitConverter.DoubleToInt64Bits(b.Upper)
        && a.Status == b.Status;

    public static string Of(Finding finding)
    {
        var f = finding.Facts;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"#{finding.Id} {finding.Kind} {finding.StartMs}..{finding.EndMs} peak {finding.PeakMs} open {finding.IsOpen} " +
            $"sev {Bits(finding.Severity)} exp {Bits(finding.Expected)} [{Bits(finding.Lower)}, {Bits(finding.Upper)}] act {Bits(finding.Actual)} | " +
            $"{f.Detector} {f.Direction} dev {Bits(f.Deviation)} z {Bits(f.DeviationSigma)} n {f.Points} shift {Bits(f.ShiftSize)} " +
            $"var {Bits(f.VarianceRatio)} slope {Bits(f.SlopePerHour)} stuck {Bits(f.StuckValue)} cadence {f.CadenceMs} period {f.SeasonalPeriodMs} " +
            $"normalAt {f.NormalAtPhaseMs} became {f.BecameNormal} returned {f.ReturnedToKnownRegime} damped {f.DampedByFeedback}");
    }

    public static string Of(AnalyzerSummary summary) => string.Create(
        CultureInfo.InvariantCulture,
        $"{summary.Points} {summary.CadenceMs} {summary.Mode} {summary.SeasonalPeriodMs} {Bits(summary.SeasonalStrength)} {Bits(summary.NoiseScale)} {Bits(summary.Level)}");

    private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);

    private static string Bits(double? value) => value is { } v ? Bits(v) : "null";
}
