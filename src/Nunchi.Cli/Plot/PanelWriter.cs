using System.Globalization;

namespace Nunchi.Cli.Plot;

/// <summary>Draws one series panel: title row, grid and ticks, finding spans, band, expected line, values, labels.</summary>
internal static class PanelWriter
{
    public static void Write(
        SvgWriter svg, PlotPanel panel, PlotColumns columns, PanelFrame frame, TimeScale time, IReadOnlyList<TimeTick> ticks,
        PlotDocument doc)
    {
        WriteTitle(svg, panel, frame, time);
        svg.Rect(time.Left, frame.PlotTop, time.Columns, frame.PlotHeight, "area");
        foreach (var tick in ticks)
        {
            var x = Math.Round(time.X(tick.TimestampMs)) + 0.5;
            svg.Line(x, frame.PlotTop, x, frame.PlotBottom, "grid");
        }

        var envelope = panel.Envelope;
        if (double.IsNaN(envelope.ValueMin))
        {
            svg.TextElement(time.Left + time.Columns / 2.0, frame.PlotTop + frame.PlotHeight / 2, "note", "middle", "no values");
            FindingMarks.WriteSpans(svg, panel.Findings, time, frame, doc.TimeZone, doc.SevereFrom);
            FindingMarks.WriteLabels(svg, panel.Findings, time, frame, doc.SevereFrom);
            svg.Rect(time.Left, frame.PlotTop, time.Columns, frame.PlotHeight, "frame");
            return;
        }

        var y = ValueScale.Covering(envelope.ValueMin, envelope.ValueMax, frame.PlotTop + PlotLayout.LabelStrip, frame.PlotBottom);
        WriteValueAxis(svg, y, time, frame);
        foreach (var (from, to) in columns.MissingRanges())
        {
            svg.Raw("<rect").Attr("x", time.Left + from).Attr("y", frame.PlotTop).Attr("width", to - from + 1)
                .Attr("height", frame.PlotHeight).Attr("class", "miss").Raw("><title>no values</title></rect>\n");
        }

        FindingMarks.WriteSpans(svg, panel.Findings, time, frame, doc.TimeZone, doc.SevereFrom);

        svg.Raw("<g").Attr("clip-path", "url(#" + frame.ClipId + ")").Raw(">\n");
        SeriesLines.WriteBand(svg, columns, time, y);
        SeriesLines.WriteValues(svg, columns, time, y);
        SeriesLines.WriteBandEdges(svg, columns, time, y);
        SeriesLines.WriteExpected(svg, columns, time, y);
        FindingMarks.WriteMarkers(svg, panel.Findings, columns, time, y, doc.SevereFrom);
        svg.Raw("</g>\n");

        FindingMarks.WriteLabels(svg, panel.Findings, time, frame, doc.SevereFrom);
        svg.Rect(time.Left, frame.PlotTop, time.Columns, frame.PlotHeight, "frame");
    }

    private static void WriteTitle(SvgWriter svg, PlotPanel panel, PanelFrame frame, TimeScale time)
    {
        var baseline = frame.PlotTop - 8;
        var count = panel.Findings.Count;
        var stats = string.Create(
            CultureInfo.InvariantCulture,
            $"{panel.Envelope.PointCount:N0} points · {count} finding{(count == 1 ? "" : "s")}");
        svg.TextElement(time.Right, baseline, "ps", "end", stats);

        // A long name is shortened so that it never runs into the counts at the right.
        var unit = string.IsNullOrWhiteSpace(panel.Unit) ? "" : "(" + panel.Unit + ")";
        var room = time.Columns - TextMetrics.Width(stats, 11) - TextMetrics.Width(unit, 13) - 30;
        var title = TextMetrics.Fit(panel.Title, 13, bold: true, room);

        svg.Raw("<text").Attr("x", time.Left).Attr("y", baseline).Attr("class", "pt").Raw('>').Text(title);
        if (unit.Length > 0)
        {
            // dx rather than a leading space: renderers differ in whether they keep whitespace before a tspan.
            svg.Raw("<tspan class=\"pu\" dx=\"6\">").Text(unit).Raw("</tspan>");
        }

        svg.Raw("</text>\n");
    }

    private static void WriteValueAxis(SvgWriter svg, ValueScale y, TimeScale time, PanelFrame frame)
    {
        var maxTicks = Math.Max(3, (int)((y.Bottom - y.Top) / PlotLayout.ValueTickSpacing) + 1);
        var ticks = NiceTicks.For(y.Min, y.Max, maxTicks);
        foreach (var value in ticks.Values)
        {
            var py = Math.Round(y.Y(value)) + 0.5;
            svg.Line(time.Left, py, time.Right, py, "grid");
            svg.TextElement(time.Left - 8, py + 4, "ax", "end", ticks.Format(value));
        }
    }
}
