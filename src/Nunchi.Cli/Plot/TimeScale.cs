namespace Nunchi.Cli.Plot;

/// <summary>Maps Unix milliseconds to x pixels and to pixel columns of the plot area.</summary>
/// <param name="StartMs">Time at the left edge.</param>
/// <param name="EndMs">Time at the right edge; after <paramref name="StartMs"/>.</param>
/// <param name="Left">x of the left edge.</param>
/// <param name="Columns">Width of the plot area in whole pixels.</param>
internal readonly record struct TimeScale(long StartMs, long EndMs, double Left, int Columns)
{
    public double MsPerPixel => (double)(EndMs - StartMs) / Columns;

    public double Right => Left + Columns;

    public double X(long timestampMs) => Left + (timestampMs - StartMs) / MsPerPixel;

    /// <summary>The pixel column holding an instant, clamped to the plot area.</summary>
    public int Column(long timestampMs) => (int)Math.Clamp(Math.Floor((timestampMs - StartMs) / MsPerPixel), 0, Columns - 1);

    /// <summary>x of the middle of a column.</summary>
    public double ColumnX(int column) => Left + column + 0.5;
}
