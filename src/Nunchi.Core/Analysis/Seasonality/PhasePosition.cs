namespace Nunchi.Core.Analysis.Seasonality;

/// <summary>Where a timestamp falls in the seasonal profile: the two neighbouring bins and the weight of the second.</summary>
internal readonly record struct PhasePosition(int Bin0, int Bin1, double Fraction)
{
    /// <summary>The bin the timestamp is closest to.</summary>
    public int Nearest => Fraction < 0.5 ? Bin0 : Bin1;
}
