using System.Text;
using Nunchi.Cli.Commands;
using Nunchi.Cli.Plot;
using Nunchi.Core.Language;

namespace Nunchi.Cli.Detect;

/// <summary>Writes the `--plot` chart: one panel per value column with its values, expected band and findings.</summary>
internal static class PlotFile
{
    /// <summary>The chart's width in pixels: half the plot builders' buckets, so that each pixel column has one.</summary>
    public const int Width = PlotSeriesBuilder.DefaultMaxBuckets / 2;

    /// <exception cref="CliException">The file cannot be written (exit code 1).</exception>
    public static void Write(string path, string title, IReadOnlyList<SeriesTrack> tracks, TimeZoneInfo zone, NarrativeLanguage language)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tracks);
        var panels = new List<PlotPanel>(tracks.Count);
        foreach (var track in tracks)
        {
            var plot = track.Plot ?? throw new InvalidOperationException($"Series '{track.Name}' was analysed without a plot.");
            foreach (var finding in track.Findings)
            {
                plot.AddFinding(finding.StartMs, finding.EndMs, finding.PeakMs, finding.Severity, FindingNarrative.KindName(finding.Kind, language));
            }

            panels.Add(plot.ToPanel(track.Name, null));
        }

        var document = new PlotDocument(title, zone, Width, panels);
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            SvgPlot.Write(writer, document);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {e.Message}");
        }
    }
}
