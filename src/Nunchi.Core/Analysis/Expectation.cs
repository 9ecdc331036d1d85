using Nunchi.Core.Analysis.Seasonality;

namespace Nunchi.Core.Analysis;

/// <summary>What the seasonal components expect at one timestamp, relative to the level.</summary>
/// <param name="At">Position in the main (finest) profile.</param>
/// <param name="OuterAt">Position in the outer profile (the week around a daily profile), if any.</param>
/// <param name="Inner">The main profile's offset.</param>
/// <param name="Outer">The outer profile's correction (0 without one).</param>
/// <param name="Scale">Mean absolute residual expected at this phase (0 when unknown).</param>
/// <param name="SlackLow">How far below the offset a value is still as expected (≤ 0): timing tolerance.</param>
/// <param name="SlackHigh">How far above the offset a value is still as expected (≥ 0).</param>
internal readonly record struct Expectation(
    PhasePosition At,
    PhasePosition OuterAt,
    double Inner,
    double Outer,
    double Scale,
    double SlackLow,
    double SlackHigh)
{
    /// <summary>The total seasonal offset.</summary>
    public double Offset => Inner + Outer;
}
