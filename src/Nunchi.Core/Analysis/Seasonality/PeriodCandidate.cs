namespace Nunchi.Core.Analysis.Seasonality;

/// <summary>A seasonal period and how well a profile of that period predicts cycles it was not fitted on.</summary>
/// <param name="PeriodMs">The period; 0 when none was found.</param>
/// <param name="Strength">Robust cross-validated R² (medians): is there a season at all. In [0, 1].</param>
/// <param name="Fit">Cross-validated R² of mean errors: which period explains more. In [0, 1].</param>
internal readonly record struct PeriodCandidate(long PeriodMs, double Strength, double Fit)
{
    public static PeriodCandidate None => default;

    public bool Found => PeriodMs > 0;
}
