namespace Nunchi.Core.Analysis;

public sealed partial class SeriesAnalyzer
{
    private const double HourMs = 3_600_000;

    /// <summary>
    /// What the analyzer expects at <paramref name="timestampMs"/>, typically ahead of the last point: the learned level,
    /// plus the seasonal profiles' offset for that time of the day and week, plus the trend carried forward while a
    /// trend change is open; and the band a point then would be judged against (three noise scales for that phase,
    /// widened by the profile's timing tolerance).
    /// </summary>
    /// <remarks>
    /// Reads the state only; <see cref="ForecastPoint.IsKnown"/> is false until warm-up is over. The band is the
    /// analyzer's own notion of normal at that phase, not widened with the horizon: the level is assumed to hold, so a
    /// change still to come is not foreseen. For a counter the values are its rate. O(1); no allocation.
    /// </remarks>
    public ForecastPoint Forecast(long timestampMs)
    {
        if (!_hasLast || _points <= _options.WarmupPoints)
        {
            return new ForecastPoint(timestampMs, double.NaN, double.NaN, double.NaN);
        }

        var expectation = Expect(timestampMs);
        var expected = _bank.Level + expectation.Offset;
        if (_finding.IsOpen && _finding.Kind == Findings.FindingKind.TrendChange)
        {
            expected += _drift.SlopePerHour * ((timestampMs - _lastMs) / HourMs);
        }

        var sigma = Sigma(expectation.Scale, expected);
        return new ForecastPoint(
            timestampMs,
            expected,
            expected + expectation.SlackLow - (BandSigmas * sigma),
            expected + expectation.SlackHigh + (BandSigmas * sigma));
    }
}
