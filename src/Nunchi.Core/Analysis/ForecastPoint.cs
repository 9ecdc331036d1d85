namespace Nunchi.Core.Analysis;

/// <summary>What an analyzer expects at one time: the expected value and the band a value there would be judged against.</summary>
/// <param name="TimestampMs">The time, Unix milliseconds.</param>
/// <param name="Expected">The expected value, in the series' units (for a counter: its rate per second); NaN while nothing is learned.</param>
/// <param name="Lower">Lower edge of the prediction interval.</param>
/// <param name="Upper">Upper edge of the prediction interval.</param>
public readonly record struct ForecastPoint(long TimestampMs, double Expected, double Lower, double Upper)
{
    /// <summary>False while the analyzer has not learned enough to expect anything.</summary>
    public bool IsKnown => double.IsFinite(Expected) && double.IsFinite(Lower) && double.IsFinite(Upper);
}
