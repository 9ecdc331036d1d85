namespace Nunchi.Cli.Plot;

/// <summary>One series' panel: a title, its unit, the envelope of its values and its findings.</summary>
/// <param name="Title">Series name; user data, escaped when written.</param>
/// <param name="Unit">Unit shown after the title, or null.</param>
/// <param name="Envelope">The bounded summary of the series.</param>
/// <param name="Findings">Findings to mark.</param>
internal sealed record PlotPanel(string Title, string? Unit, PlotEnvelope Envelope, IReadOnlyList<PlotFinding> Findings);
