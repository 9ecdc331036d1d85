namespace Nunchi.Cli.Plot;

/// <summary>Vertical placement of one panel.</summary>
/// <param name="Index">Position from the top, 0-based; used for element ids.</param>
/// <param name="Top">Top of the panel's title row.</param>
/// <param name="PlotTop">Top of the plot area.</param>
/// <param name="PlotBottom">Bottom of the plot area.</param>
internal readonly record struct PanelFrame(int Index, double Top, double PlotTop, double PlotBottom)
{
    public double PlotHeight => PlotBottom - PlotTop;

    /// <summary>Id of the clip path that keeps lines and band inside the plot area.</summary>
    public string ClipId => "clip" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
