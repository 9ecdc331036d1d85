using System.Globalization;

namespace Nunchi.Cli.Plot;

/// <summary>
/// Writes a standalone SVG 1.1 chart: one panel per series over a shared time axis, with values, expectation,
/// prediction interval and findings.
/// </summary>
/// <remarks>
/// Output size is bounded by the width, not by the number of points: every panel is drawn from at most one
/// bucket per pixel column. Coordinates have one decimal and use the invariant culture; all text is escaped.
/// The markup is written as UTF-8 text: give a writer that encodes UTF-8.
/// </remarks>
internal static class SvgPlot
{
    // Legend entry: swatch and the space after it, then the label, then the gap to the next entry.
    private const double LegendSwatch = 25;
    private const double LegendGap = 14;

    private static readonly (string Label, string Swatch)[] LegendItems =
    [
        ("value", "val"),
        ("expected", "exp"),
        ("prediction interval", "band"),
        ("moderate finding", "fm"),
        ("severe finding", "fs"),
        ("no values", "miss"),
    ];

    public static void Write(TextWriter writer, PlotDocument doc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(doc.TimeZone);
        ArgumentOutOfRangeException.ThrowIfLessThan(doc.Width, PlotDocument.MinWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(doc.PanelHeight, 120);

        var svg = new SvgWriter(writer);
        var (startMs, endMs) = TimeDomain(doc.Panels);
        var time = new TimeScale(startMs, endMs, PlotLayout.Left, (int)(doc.Width - PlotLayout.Left - PlotLayout.Right));
        var ticks = TimeTicks.Create(startMs, endMs, doc.TimeZone, Math.Max(2, (int)(time.Columns / PlotLayout.TimeTickSpacing)));

        var columns = new PlotColumns[doc.Panels.Count];
        var anyMissing = false;
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = new PlotColumns(doc.Panels[i].Envelope, time);
            anyMissing |= columns[i].MissingRanges().Count > 0;
        }

        // The "no values" entry only appears when some panel has a gap to explain.
        var legend = anyMissing ? LegendItems : LegendItems[..^1];
        var subtitle = Subtitle(doc, startMs, endMs);
        var legendWidth = LegendWidth(legend);
        // The legend sits at the right of the title line, else of the subtitle line, else on a line of its own.
        var legendLine = TextMetrics.Width(doc.Title, 18, bold: true) + legendWidth + 40 <= time.Columns ? 0
            : TextMetrics.Width(subtitle, 12) + legendWidth + 40 <= time.Columns ? 1 : 2;
        var headerHeight = PlotLayout.HeaderHeight + (legendLine == 2 ? PlotLayout.LegendLine : 0);
        var panelCount = doc.Panels.Count;
        var height = headerHeight + panelCount * doc.PanelHeight + Math.Max(0, panelCount - 1) * PlotLayout.PanelGap + PlotLayout.AxisHeight;

        WriteOpening(svg, doc, height);
        var frames = new PanelFrame[panelCount];
        for (var i = 0; i < panelCount; i++)
        {
            var top = headerHeight + i * (doc.PanelHeight + PlotLayout.PanelGap);
            frames[i] = new PanelFrame(i, top, top + PlotLayout.PanelTitleHeight, top + doc.PanelHeight);
        }

        WriteClipPaths(svg, frames, time);
        svg.TextElement(time.Left, 30, "title", "start", doc.Title);
        svg.TextElement(time.Left, 52, "sub", "start", subtitle);
        WriteLegend(svg, legend, Math.Max(12, time.Right - legendWidth), legendLine switch { 0 => 30, 1 => 52, _ => 52 + PlotLayout.LegendLine });

        for (var i = 0; i < panelCount; i++)
        {
            svg.Raw("<g class=\"panel\">\n");
            PanelWriter.Write(svg, doc.Panels[i], columns[i], frames[i], time, ticks, doc);
            svg.Raw("</g>\n");
        }

        var axisTop = panelCount > 0 ? frames[^1].PlotBottom : headerHeight;
        WriteTimeAxis(svg, ticks, time, axisTop, doc.Width);
        svg.Raw("</svg>\n");
    }

    /// <summary>The shared time range: all points and findings of all panels.</summary>
    private static (long StartMs, long EndMs) TimeDomain(IReadOnlyList<PlotPanel> panels)
    {
        long start = long.MaxValue, end = long.MinValue;
        foreach (var panel in panels)
        {
            if (panel.Envelope.PointCount > 0)
            {
                start = Math.Min(start, panel.Envelope.FirstMs);
                end = Math.Max(end, panel.Envelope.LastMs);
            }

            foreach (var finding in panel.Findings)
            {
                start = Math.Min(start, finding.StartMs);
                end = Math.Max(end, finding.EndMs);
            }
        }

        if (start > end)
        {
            return (0, 3_600_000);
        }

        // A single instant gets a minute either side so that it has a place on the axis.
        return start == end ? (start - 60_000, end + 60_000) : (start, end);
    }

    private static string Subtitle(PlotDocument doc, long startMs, long endMs)
    {
        long points = 0;
        foreach (var panel in doc.Panels)
        {
            points += panel.Envelope.PointCount;
        }

        var offset = doc.TimeZone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(startMs));
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        const string Format = "yyyy-MM-dd HH:mm";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{TimeTicks.ToLocal(startMs, doc.TimeZone).ToString(Format, CultureInfo.InvariantCulture)} – "
            + $"{TimeTicks.ToLocal(endMs, doc.TimeZone).ToString(Format, CultureInfo.InvariantCulture)} "
            + $"({doc.TimeZone.Id}, UTC{sign}{offset:hh\\:mm}) · {doc.Panels.Count} series · {points:N0} points");
    }

    private static void WriteOpening(SvgWriter svg, PlotDocument doc, double height)
    {
        svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
            .Attr("width", doc.Width).Attr("height", height)
            .Raw(" viewBox=\"0 0 ").Num(doc.Width).Raw(' ').Num(height).Raw("\">\n")
            .Raw("<title>").Text(doc.Title).Raw("</title>\n")
            .Raw("<desc>Per series: the values (line, minimum to maximum per pixel column), the expected value ")
            .Raw("(thin line), the prediction interval (shaded band) and findings (shaded spans, labelled).</desc>\n")
            .Raw("<style type=\"text/css\"><![CDATA[\n").Raw(PlotStyle.Css).Raw("\n]]></style>\n")
            .Rect(0, 0, doc.Width, height, "bg");
    }

    private static void WriteClipPaths(SvgWriter svg, PanelFrame[] frames, TimeScale time)
    {
        svg.Raw("<defs>\n");
        foreach (var frame in frames)
        {
            svg.Raw("<clipPath").Attr("id", frame.ClipId).Raw('>')
                .Raw("<rect").Attr("x", time.Left).Attr("y", frame.PlotTop).Attr("width", time.Columns)
                .Attr("height", frame.PlotHeight).Raw("/></clipPath>\n");
        }

        svg.Raw("</defs>\n");
    }

    private static double LegendWidth((string Label, string Swatch)[] items)
    {
        var width = 0.0;
        foreach (var (label, _) in items)
        {
            width += LegendSwatch + TextMetrics.Width(label, 12) + LegendGap;
        }

        return width - LegendGap;
    }

    private static void WriteLegend(SvgWriter svg, (string Label, string Swatch)[] items, double x, double baseline)
    {
        svg.Raw("<g class=\"legend\">\n");
        foreach (var (label, swatch) in items)
        {
            var middle = baseline - 4;
            switch (swatch)
            {
                case "val" or "exp":
                    svg.Line(x, middle, x + 20, middle, swatch);
                    break;
                case "band" or "miss":
                    svg.Rect(x, middle - 6, 20, 12, swatch);
                    break;
                default:
                    svg.Rect(x + 4, middle - 7, 12, 14, swatch);
                    svg.Raw("<circle").Attr("cx", x + 10).Attr("cy", middle).Attr("r", 3.5)
                        .Attr("class", swatch == "fs" ? "pk-s" : "pk-m").Raw("/>\n");
                    break;
            }

            svg.TextElement(x + LegendSwatch, baseline, "lg", "start", label);
            x += LegendSwatch + TextMetrics.Width(label, 12) + LegendGap;
        }

        svg.Raw("</g>\n");
    }

    private static void WriteTimeAxis(SvgWriter svg, IReadOnlyList<TimeTick> ticks, TimeScale time, double axisTop, int width)
    {
        foreach (var tick in ticks)
        {
            var x = Math.Round(time.X(tick.TimestampMs)) + 0.5;
            svg.Line(x, axisTop, x, axisTop + 5, "tick");
            var half = TextMetrics.Width(tick.Label, 11) / 2;
            svg.TextElement(Math.Clamp(x, half + 2, width - half - 2), axisTop + 19, "ax", "middle", tick.Label);
        }
    }
}
