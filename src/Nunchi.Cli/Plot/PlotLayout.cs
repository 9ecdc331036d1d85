namespace Nunchi.Cli.Plot;

/// <summary>Fixed geometry of the chart, in pixels.</summary>
internal static class PlotLayout
{
    /// <summary>Space left of the plot area for value tick labels.</summary>
    public const double Left = 68;

    public const double Right = 24;

    /// <summary>Title and subtitle lines; the legend joins the subtitle line when it fits.</summary>
    public const double HeaderHeight = 74;

    /// <summary>Extra header height when the legend needs a line of its own.</summary>
    public const double LegendLine = 20;

    /// <summary>Row above each plot area holding the series name and unit.</summary>
    public const double PanelTitleHeight = 26;

    public const double PanelGap = 8;

    /// <summary>Strip at the top of each plot area kept free of data for finding labels.</summary>
    public const double LabelStrip = 20;

    /// <summary>Time tick labels below the last panel.</summary>
    public const double AxisHeight = 40;

    /// <summary>Horizontal room per time tick label.</summary>
    public const double TimeTickSpacing = 90;

    /// <summary>Vertical room per value tick.</summary>
    public const double ValueTickSpacing = 34;
}
