namespace Nunchi.Core.Analysis;

/// <summary>What an analyzer has learned about its series, for reports and explanations.</summary>
/// <param name="Points">Points analysed.</param>
/// <param name="CadenceMs">Inferred sampling interval (0 while unknown).</param>
/// <param name="Mode">Gauge or counter.</param>
/// <param name="SeasonalPeriodMs">Seasonal period in use (0 when none).</param>
/// <param name="SeasonalStrength">Cross-validated R² of the seasonal profile when it was chosen.</param>
/// <param name="NoiseScale">Robust noise scale of the residuals, in the series' units.</param>
/// <param name="Level">Current level (deseasonalised).</param>
/// <param name="OuterPeriodMs">A longer season modelled around the main one (the week around a day); 0 when none.</param>
public readonly record struct AnalyzerSummary(
    long Points,
    long CadenceMs,
    SeriesMode Mode,
    long SeasonalPeriodMs,
    double SeasonalStrength,
    double NoiseScale,
    double Level,
    long OuterPeriodMs = 0);
