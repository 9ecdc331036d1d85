namespace Nunchi.Cli.Detect;

/// <summary>ANSI colours for the findings table, or none.</summary>
internal sealed class AnsiStyle
{
    private const string Reset = "\u001b[0m";

    private AnsiStyle(bool enabled)
    {
        Enabled = enabled;
    }

    public static AnsiStyle On { get; } = new(true);

    public static AnsiStyle Off { get; } = new(false);

    public bool Enabled { get; }

    public string Bold(string text) => Wrap("\u001b[1m", text);

    public string Dim(string text) => Wrap("\u001b[2m", text);

    /// <summary>Red from <see cref="Plot.PlotDocument.SevereFrom"/> on, as in the chart; amber below.</summary>
    public string Severity(double severity, string text) => Wrap(severity >= 0.9 ? "\u001b[1;31m" : "\u001b[33m", text);

    private string Wrap(string code, string text) => Enabled ? code + text + Reset : text;
}
