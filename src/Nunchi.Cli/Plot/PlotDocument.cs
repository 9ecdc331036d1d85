namespace Nunchi.Cli.Plot;

/// <summary>What <see cref="SvgPlot"/> draws: a title, the time zone for the time axis, the width, and the panels.</summary>
/// <param name="Title">Chart title, usually the input file name; escaped when written.</param>
/// <param name="TimeZone">Zone in which time ticks fall on round hours and days.</param>
/// <param name="Width">Image width in pixels; at least <see cref="MinWidth"/>.</param>
/// <param name="Panels">One panel per series, stacked top to bottom over a shared time axis.</param>
internal sealed record PlotDocument(string Title, TimeZoneInfo TimeZone, int Width, IReadOnlyList<PlotPanel> Panels)
{
    /// <summary>Narrowest width that leaves room for axes, labels and the legend.</summary>
    public const int MinWidth = 800;

    /// <summary>Height of one panel including its title row, in pixels.</summary>
    public int PanelHeight { get; init; } = 220;

    /// <summary>Findings at or above this severity are drawn as severe (red), the others as moderate (amber).</summary>
    public double SevereFrom { get; init; } = 0.9;
}
