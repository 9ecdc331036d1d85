namespace Nunchi.Cli.Plot;

/// <summary>Draws a panel's prediction band, expected line and value envelope from its pixel columns.</summary>
internal static class SeriesLines
{
    /// <summary>The band as filled areas between the highest upper and lowest lower bound per column.</summary>
    public static void WriteBand(SvgWriter svg, PlotColumns columns, TimeScale time, ValueScale y)
    {
        var run = new List<int>();
        var previous = -1;
        svg.Raw("<path class=\"band\" d=\"");
        for (var c = 0; c < columns.Count; c++)
        {
            if (!columns[c].HasBand)
            {
                continue;
            }

            if (!columns.Joins(previous, c))
            {
                WriteBandRun(svg, columns, time, y, run);
                run.Clear();
            }

            run.Add(c);
            previous = c;
        }

        WriteBandRun(svg, columns, time, y, run);
        svg.Raw("\"/>\n");
    }

    /// <summary>The expected value as a thin line, mean per column, broken where there is no expectation.</summary>
    public static void WriteExpected(SvgWriter svg, PlotColumns columns, TimeScale time, ValueScale y) =>
        WriteLine(svg, "exp", columns, time, y, static b => b.HasExpected, static b => b.ExpectedMean);

    /// <summary>
    /// The band's edges as faint lines, drawn over the values so that the interval stays visible where dense data
    /// covers its fill.
    /// </summary>
    public static void WriteBandEdges(SvgWriter svg, PlotColumns columns, TimeScale time, ValueScale y)
    {
        WriteLine(svg, "edge", columns, time, y, static b => b.HasBand, static b => b.UpperMax);
        WriteLine(svg, "edge", columns, time, y, static b => b.HasBand, static b => b.LowerMin);
    }

    private static void WriteLine(
        SvgWriter svg, string cssClass, PlotColumns columns, TimeScale time, ValueScale y,
        Func<PlotBucket, bool> has, Func<PlotBucket, double> quantity)
    {
        var previous = -1;
        svg.Raw("<path").Attr("class", cssClass).Raw(" d=\"");
        for (var c = 0; c < columns.Count; c++)
        {
            if (!has(columns[c]))
            {
                continue;
            }

            svg.Raw(columns.Joins(previous, c) ? 'L' : 'M').Point(time.ColumnX(c), y.Y(quantity(columns[c])));
            previous = c;
        }

        svg.Raw("\"/>\n");
    }

    /// <summary>
    /// The values as a min/max envelope: per column a vertical stroke from first through min and max to last,
    /// joined to the neighbouring columns, so that no extreme is lost however many points share a column.
    /// </summary>
    public static void WriteValues(SvgWriter svg, PlotColumns columns, TimeScale time, ValueScale y)
    {
        var previous = -1;
        var runLength = 0;
        svg.Raw("<path class=\"val\" d=\"");
        for (var c = 0; c < columns.Count; c++)
        {
            ref readonly var column = ref columns[c];
            if (!column.HasValue)
            {
                continue;
            }

            var joins = columns.Joins(previous, c);
            if (!joins)
            {
                FinishRun(svg, columns, previous, runLength, y);
                runLength = 0;
            }

            var current = Math.Round(y.Y(column.ValueFirst), 1);
            svg.Raw(joins ? 'L' : 'M').Point(time.ColumnX(c), current);
            VerticalTo(svg, ref current, y.Y(column.ValueMin));
            VerticalTo(svg, ref current, y.Y(column.ValueMax));
            VerticalTo(svg, ref current, y.Y(column.ValueLast));
            runLength++;
            previous = c;
        }

        FinishRun(svg, columns, previous, runLength, y);
        svg.Raw("\"/>\n");
    }

    private static void FinishRun(SvgWriter svg, PlotColumns columns, int last, int runLength, ValueScale y)
    {
        // An isolated flat point draws no stroke on its own; a tiny segment with round caps shows it as a dot.
        if (runLength == 1 && y.Y(columns[last].ValueMin) - y.Y(columns[last].ValueMax) < 0.5)
        {
            svg.Raw("h0.1");
        }
    }

    private static void VerticalTo(SvgWriter svg, ref double current, double target)
    {
        var rounded = Math.Round(target, 1);
        if (rounded != current)
        {
            svg.Raw('V').Num(rounded);
            current = rounded;
        }
    }

    private static void WriteBandRun(SvgWriter svg, PlotColumns columns, TimeScale time, ValueScale y, List<int> run)
    {
        if (run.Count == 0)
        {
            return;
        }

        if (run.Count == 1)
        {
            // A lone column still gets a sliver one pixel wide.
            var x = time.ColumnX(run[0]);
            double upper = y.Y(columns[run[0]].UpperMax), lower = y.Y(columns[run[0]].LowerMin);
            svg.Raw('M').Point(x - 0.5, upper).Raw('L').Point(x + 0.5, upper)
                .Raw('L').Point(x + 0.5, lower).Raw('L').Point(x - 0.5, lower).Raw('Z');
            return;
        }

        svg.Raw('M').Point(time.ColumnX(run[0]), y.Y(columns[run[0]].UpperMax));
        for (var i = 1; i < run.Count; i++)
        {
            svg.Raw('L').Point(time.ColumnX(run[i]), y.Y(columns[run[i]].UpperMax));
        }

        for (var i = run.Count - 1; i >= 0; i--)
        {
            svg.Raw('L').Point(time.ColumnX(run[i]), y.Y(columns[run[i]].LowerMin));
        }

        svg.Raw('Z');
    }
}
