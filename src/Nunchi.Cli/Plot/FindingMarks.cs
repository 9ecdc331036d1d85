using System.Globalization;

namespace Nunchi.Cli.Plot;

/// <summary>
/// Draws findings: a shaded span per finding coloured by severity, a marker at the peak and a label of the kind.
/// </summary>
/// <remarks>
/// Severity is shown by shape as well as colour: severe labels are filled pills with bold text and severe peak
/// markers are filled dots; moderate ones are outlined. Spans of one severity that overlap on screen are drawn as
/// one rectangle, and labels that would collide are left out, so the output stays bounded by the plot width
/// however many findings there are; every span keeps a tooltip naming its findings.
/// </remarks>
internal static class FindingMarks
{
    private const double MinSpanPixels = 2;

    // Spans this narrow get a stronger fill: a faint sliver a few pixels wide would be lost.
    private const double NarrowSpanPixels = 6;
    private const double LabelFontSize = 11;
    private const double LabelHeight = 15;
    private const double LabelRowHeight = 17;
    private const int LabelRows = 2;
    private const int MaxLabelChars = 32;
    private const int MaxTooltipLabels = 5;

    public static void WriteSpans(
        SvgWriter svg, IReadOnlyList<PlotFinding> findings, TimeScale time, PanelFrame frame, TimeZoneInfo zone, double severeFrom)
    {
        var sorted = SortedByStart(findings);
        WriteSpansOfTier(svg, sorted, severe: false, time, frame, zone, severeFrom);
        WriteSpansOfTier(svg, sorted, severe: true, time, frame, zone, severeFrom);
    }

    /// <summary>
    /// A dot on the value line at each peak: the extreme farthest from what was expected in the peak's column or
    /// its neighbours (a bucket is placed by its middle, so the peak's point may sit one column over).
    /// </summary>
    public static void WriteMarkers(
        SvgWriter svg, IReadOnlyList<PlotFinding> findings, PlotColumns columns, TimeScale time, ValueScale y, double severeFrom)
    {
        var drawn = new HashSet<int>();
        foreach (var finding in findings)
        {
            var severe = finding.Severity >= severeFrom;
            var centre = time.Column(finding.PeakMs);
            int best = -1;
            double bestValue = 0, bestDeviation = -1;
            for (var c = Math.Max(0, centre - 1); c <= Math.Min(columns.Count - 1, centre + 1); c++)
            {
                ref readonly var bucket = ref columns[c];
                if (!bucket.HasValue)
                {
                    continue;
                }

                var reference = bucket.HasExpected ? bucket.ExpectedMean : bucket.ValueMean;
                var (value, deviation) = Math.Abs(bucket.ValueMax - reference) >= Math.Abs(bucket.ValueMin - reference)
                    ? (bucket.ValueMax, Math.Abs(bucket.ValueMax - reference))
                    : (bucket.ValueMin, Math.Abs(bucket.ValueMin - reference));
                if (deviation > bestDeviation)
                {
                    (best, bestValue, bestDeviation) = (c, value, deviation);
                }
            }

            if (best < 0 || !drawn.Add(severe ? -1 - best : best))
            {
                continue;
            }

            svg.Raw("<circle").Attr("cx", time.ColumnX(best)).Attr("cy", y.Y(bestValue)).Attr("r", 3.5)
                .Attr("class", severe ? "pk-s" : "pk-m").Raw("/>\n");
        }
    }

    /// <summary>Labels at the top of the spans, the most severe placed first, in up to two rows without overlap.</summary>
    public static void WriteLabels(SvgWriter svg, IReadOnlyList<PlotFinding> findings, TimeScale time, PanelFrame frame, double severeFrom)
    {
        var ordered = findings.OrderByDescending(f => f.Severity).ThenBy(f => f.StartMs).ToArray();
        var rows = new List<(double X1, double X2)>[LabelRows];
        for (var r = 0; r < LabelRows; r++)
        {
            rows[r] = [];
        }

        foreach (var finding in ordered)
        {
            var text = Shorten(finding.Label);
            var severe = finding.Severity >= severeFrom;
            var width = TextMetrics.Width(text, LabelFontSize, bold: severe) + 10;
            var (spanX1, _) = SpanX(finding, time);
            var x = Math.Min(spanX1, time.Right - 1 - width);
            x = Math.Max(x, time.Left + 1);
            for (var r = 0; r < LabelRows; r++)
            {
                if (!Collides(rows[r], x, x + width))
                {
                    rows[r].Add((x - 3, x + width + 3));
                    var top = frame.PlotTop + 3 + r * LabelRowHeight;
                    svg.Raw("<rect").Attr("x", x).Attr("y", top).Attr("width", width).Attr("height", LabelHeight)
                        .Attr("rx", 3).Attr("class", severe ? "lb-s" : "lb-m").Raw("/>\n");
                    svg.TextElement(x + 5, top + 11, severe ? "lt-s" : "lt-m", "start", text);
                    break;
                }
            }
        }
    }

    private static void WriteSpansOfTier(
        SvgWriter svg, PlotFinding[] sorted, bool severe, TimeScale time, PanelFrame frame, TimeZoneInfo zone, double severeFrom)
    {
        var members = new List<PlotFinding>();
        double runX1 = 0, runX2 = 0;
        foreach (var finding in sorted)
        {
            if (finding.Severity >= severeFrom != severe)
            {
                continue;
            }

            var (x1, x2) = SpanX(finding, time);
            if (members.Count > 0 && x1 > runX2 + 0.5)
            {
                WriteSpan(svg, members, runX1, runX2, severe, frame, zone);
                members.Clear();
            }

            if (members.Count == 0)
            {
                (runX1, runX2) = (x1, x2);
            }

            runX2 = Math.Max(runX2, x2);
            members.Add(finding);
        }

        if (members.Count > 0)
        {
            WriteSpan(svg, members, runX1, runX2, severe, frame, zone);
        }
    }

    private static void WriteSpan(
        SvgWriter svg, List<PlotFinding> members, double x1, double x2, bool severe, PanelFrame frame, TimeZoneInfo zone)
    {
        svg.Raw("<rect").Attr("x", x1).Attr("y", frame.PlotTop).Attr("width", x2 - x1).Attr("height", frame.PlotHeight)
            .Attr("class", (severe ? "fs" : "fm") + (x2 - x1 < NarrowSpanPixels ? " narrow" : ""))
            .Raw("><title>").Text(Tooltip(members, zone)).Raw("</title></rect>\n");
    }

    private static string Tooltip(List<PlotFinding> members, TimeZoneInfo zone)
    {
        if (members.Count == 1)
        {
            var f = members[0];
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{f.Label} · severity {f.Severity:0.00} · {Format(f.StartMs, zone)} – {Format(f.EndMs, zone)}");
        }

        var shown = members.Take(MaxTooltipLabels).Select(f => f.Label);
        var more = members.Count > MaxTooltipLabels ? ", …" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{members.Count} findings: {string.Join(", ", shown)}{more}");
    }

    private static string Format(long ms, TimeZoneInfo zone) =>
        TimeTicks.ToLocal(ms, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The span on screen, at least <see cref="MinSpanPixels"/> wide and inside the plot area.</summary>
    private static (double X1, double X2) SpanX(PlotFinding finding, TimeScale time)
    {
        var x1 = time.X(finding.StartMs);
        var x2 = time.X(finding.EndMs);
        if (x2 - x1 < MinSpanPixels)
        {
            var middle = (x1 + x2) / 2;
            (x1, x2) = (middle - MinSpanPixels / 2, middle + MinSpanPixels / 2);
        }

        x1 = Math.Clamp(x1, time.Left, time.Right - MinSpanPixels);
        x2 = Math.Clamp(x2, x1 + MinSpanPixels, time.Right);
        return (x1, x2);
    }

    private static bool Collides(List<(double X1, double X2)> row, double x1, double x2)
    {
        foreach (var (a, b) in row)
        {
            if (x1 < b && x2 > a)
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string label) =>
        label.Length <= MaxLabelChars ? label : string.Concat(label.AsSpan(0, MaxLabelChars - 1), "…");

    private static PlotFinding[] SortedByStart(IReadOnlyList<PlotFinding> findings)
    {
        var sorted = findings.ToArray();
        Array.Sort(sorted, static (a, b) => a.StartMs.CompareTo(b.StartMs));
        return sorted;
    }
}
