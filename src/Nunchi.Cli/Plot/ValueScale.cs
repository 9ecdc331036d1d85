namespace Nunchi.Cli.Plot;

/// <summary>Maps values to y pixels: <paramref name="Min"/> at <paramref name="Bottom"/>, <paramref name="Max"/> at <paramref name="Top"/>.</summary>
internal readonly record struct ValueScale(double Min, double Max, double Top, double Bottom)
{
    /// <summary>
    /// A range that covers the values with a margin; flat or single-valued series get a band around the value.
    /// The prediction interval is deliberately left out: its extremes (warm-up) must not squash the data.
    /// </summary>
    public static ValueScale Covering(double valueMin, double valueMax, double top, double bottom)
    {
        var span = valueMax - valueMin;
        if (!(span > 0))
        {
            var pad = Math.Abs(valueMin) > 0 ? Math.Abs(valueMin) * 0.05 : 1;
            return new ValueScale(valueMin - pad, valueMax + pad, top, bottom);
        }

        var margin = span * 0.06;
        return new ValueScale(valueMin - margin, valueMax + margin, top, bottom);
    }

    /// <summary>
    /// y of a value, clamped a little outside the plot area so that far-off band edges keep coordinates short;
    /// the clip path hides anything outside.
    /// </summary>
    public double Y(double value)
    {
        var y = Bottom - (value - Min) / (Max - Min) * (Bottom - Top);
        return Math.Clamp(y, Top - 100, Bottom + 100);
    }
}
