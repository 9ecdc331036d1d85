namespace Nunchi.Core.Analysis.Seasonality;

/// <summary>A seasonal period and how much of the variance a profile of that period explains out of sample.</summary>
/// <param name="PeriodMs">The period; 0 when none was found.</param>
/// <param name="Strength">Cross-validated R² of the phase profile, in [0, 1].</param>
internal readonly record struct PeriodCandidate(long PeriodMs, double Strength)
{
    public static PeriodCandidate None => default;

    public bool Found => PeriodMs > 0;
}
