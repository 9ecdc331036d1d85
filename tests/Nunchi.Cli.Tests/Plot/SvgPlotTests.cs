using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Nunchi.Cli.Plot;
using Xunit.Abstractions;

namespace Nunchi.Cli.Tests.Plot;

public sealed class SvgPlotTests(ITestOutputHelper output)
{
    private const long T0 = DemoSeries.StartMs;
    private const string Hostile = "<img src=x onerror=alert(1)>";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Fact]
    public void Write_Document_IsWellFormedSvg11WithTitle()
    {
        // Arrange
        var doc = Document(Ramp(1_000));

        // Act
        var svg = XDocument.Parse(Render(doc));

        // Assert
        svg.Root!.Name.ShouldBe(Svg + "svg");
        svg.Root.Attribute("version")!.Value.ShouldBe("1.1");
        svg.Root.Attribute("width")!.Value.ShouldBe("1400");
        svg.Root.Element(Svg + "title")!.Value.ShouldBe("plant.csv");
        Texts(svg).ShouldContain("plant.csv");
    }

    [Fact]
    public void Write_HostileTitleSeriesUnitAndLabel_StayInertText()
    {
        // Arrange
        var builder = Ramp(100);
        builder.AddFinding(T0 + 10_000, T0 + 20_000, T0 + 15_000, 0.95, Hostile);
        var doc = new PlotDocument(Hostile, Seoul, 1400, [builder.ToPanel(Hostile, Hostile)]);

        // Act
        var markup = Render(doc);
        var svg = XDocument.Parse(markup);

        // Assert
        markup.ShouldNotContain("<img");
        svg.Descendants().ShouldNotContain(e => e.Name.LocalName == "img" || e.Name.LocalName == "script");
        svg.Descendants().ShouldAllBe(e => e.Attributes().All(a => !a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));
        Texts(svg).ShouldContain(Hostile);
        Texts(svg).ShouldContain(Hostile + "(" + Hostile + ")");
        svg.Root!.Element(Svg + "title")!.Value.ShouldBe(Hostile);
    }

    [Fact]
    public void Write_Findings_DrawnAsSeveritySpansWithLabelsTooltipsAndPeakMarkers()
    {
        // Arrange
        var builder = Ramp(10_000);
        builder.AddFinding(T0 + 3_000 * 10_000L, T0 + 3_000 * 10_000L, T0 + 3_000 * 10_000L, 0.97, "spike");
        builder.AddFinding(T0 + 6_000 * 10_000L, T0 + 7_000 * 10_000L, T0 + 6_500 * 10_000L, 0.7, "level shift");
        var svg = XDocument.Parse(Render(Document(builder)));

        // Act
        var spans = Panels(svg).Descendants(Svg + "rect").Where(r => Class(r).Split(" ")[0] is "fs" or "fm").ToList();

        // Assert
        spans.Count.ShouldBe(2);
        spans.ShouldContain(r => Class(r) == "fs narrow" && r.Value.StartsWith("spike", StringComparison.Ordinal));
        spans.ShouldContain(r => Class(r) == "fm" && r.Value.StartsWith("level shift", StringComparison.Ordinal));
        Texts(svg).ShouldContain("spike");
        Texts(svg).ShouldContain("level shift");
        Panels(svg).Descendants(Svg + "circle").Count(c => Class(c) == "pk-s").ShouldBe(1);
        Panels(svg).Descendants(Svg + "circle").Count(c => Class(c) == "pk-m").ShouldBe(1);
    }

    [Fact]
    public void Write_FindingOfOneMillisecond_AtLeastTwoPixelsWide()
    {
        // Arrange: one day across ~1300 px, so one millisecond is a ten-thousandth of a pixel.
        var builder = Ramp(8_640);
        builder.AddFinding(T0 + 40_000_000, T0 + 40_000_001, T0 + 40_000_000, 0.99, "spike");

        // Act
        var svg = XDocument.Parse(Render(Document(builder)));

        // Assert
        var span = Panels(svg).Descendants(Svg + "rect").Single(r => Class(r).StartsWith("fs", StringComparison.Ordinal));
        double.Parse(span.Attribute("width")!.Value, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Write_UnderCommaDecimalCulture_WritesInvariantNumbers()
    {
        // Arrange
        var doc = Document(DemoSeries.Temperature(20_000, out _, out _));
        var previous = CultureInfo.CurrentCulture;
        string markup;

        // Act
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            markup = Render(doc);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        // Assert
        markup.ShouldBe(Render(doc));
        var paths = XDocument.Parse(markup).Descendants(Svg + "path").Select(p => p.Attribute("d")!.Value);
        paths.ShouldAllBe(d => !d.Contains(','));
    }

    [Fact]
    public void Write_TenMillionPoints_BoundedMemoryWellUnderOneMegabyteAndShowsTheOnePointSpike()
    {
        // Arrange: ten million one-second points (116 days), one spike among them.
        const int Points = 10_000_000;
        const int SpikeIndex = 7_777_777;
        var builder = new PlotSeriesBuilder();
        for (var i = 0; i < Points; i++)
        {
            var expected = 50 + 10 * Math.Sin(2 * Math.PI * i / 86_400.0);
            var value = expected + (i == SpikeIndex ? 60 : ((i * 7919) % 101 - 50) / 25.0);
            builder.Add(T0 + i * 1_000L, value, expected, expected - 3, expected + 3);
        }

        builder.AddFinding(T0 + SpikeIndex * 1_000L, T0 + SpikeIndex * 1_000L, T0 + SpikeIndex * 1_000L, 0.99, "spike");
        var doc = Document(builder);

        // Act
        var markup = Render(doc);

        // Assert
        builder.Build().Buckets.Length.ShouldBeLessThanOrEqualTo(PlotSeriesBuilder.DefaultMaxBuckets);
        var bytes = Encoding.UTF8.GetByteCount(markup);
        output.WriteLine($"10M points: {bytes:N0} bytes of SVG");
        bytes.ShouldBeLessThan(400_000);
        var points = ValuePathPoints(XDocument.Parse(markup));
        var top = points.MinBy(p => p.Y);
        var spikeX = 68 + (double)SpikeIndex / (Points - 1) * 1308;
        top.X.ShouldBe(spikeX, 2);
        points.Where(p => Math.Abs(p.X - top.X) > 2).Min(p => p.Y).ShouldBeGreaterThan(top.Y + 40);
    }

    [Fact]
    public void Write_WarmUpBandFarOutsideValues_YAxisFollowsTheValues()
    {
        // Arrange: values 0..10; a ±1000 band for the first tenth, then ±1.
        var builder = new PlotSeriesBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            var value = i % 100 / 10.0;
            var halfWidth = i < 100 ? 1_000 : 1;
            builder.Add(T0 + i * 60_000L, value, 5, 5 - halfWidth, 5 + halfWidth);
        }

        // Act
        var svg = XDocument.Parse(Render(Document(builder)));

        // Assert
        var valueLabels = svg.Descendants(Svg + "text")
            .Where(t => Class(t) == "ax" && t.Attribute("text-anchor")?.Value == "end")
            .Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture))
            .ToList();
        valueLabels.ShouldNotBeEmpty();
        valueLabels.ShouldAllBe(v => v >= -1 && v <= 11);
        var band = svg.Descendants(Svg + "path").Single(p => Class(p) == "band");
        band.Parent!.Attribute("clip-path")!.Value.ShouldBe("url(#clip0)");
    }

    [Fact]
    public void Write_MissingValues_BreakTheLineAndAreShaded()
    {
        // Arrange
        var builder = new PlotSeriesBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            builder.Add(T0 + i * 60_000L, i is >= 400 and < 500 ? double.NaN : i % 7, 3, 0, 6);
        }

        // Act
        var svg = XDocument.Parse(Render(Document(builder)));

        // Assert
        var path = svg.Descendants(Svg + "path").Single(p => Class(p) == "val").Attribute("d")!.Value;
        path.Count(c => c == 'M').ShouldBe(2);
        Panels(svg).Descendants(Svg + "rect").Count(r => Class(r) == "miss").ShouldBe(1);
        Texts(svg).ShouldContain("no values");
    }

    [Fact]
    public void Write_SparsePoints_BandOnlyThroughColumnsWithPoints()
    {
        // Arrange: 40 points nine minutes apart over ~1300 px: most columns are empty.
        var builder = new PlotSeriesBuilder();
        for (var i = 0; i < 40; i++)
        {
            builder.Add(T0 + i * 540_000L, 3 + i % 4 * 0.25, 3.5, 2.8, 4.2);
        }

        // Act
        var svg = XDocument.Parse(Render(Document(builder)));

        // Assert: one closed area with an upper and a lower vertex per point.
        var band = svg.Descendants(Svg + "path").Single(p => Class(p) == "band").Attribute("d")!.Value;
        band.Count(c => c is 'M' or 'L').ShouldBe(80);
        band.Count(c => c == 'Z').ShouldBe(1);
    }

    [Fact]
    public void Write_VeryLongSeriesName_ShortenedWithEllipsisKeepingTheCounts()
    {
        // Arrange
        var name = string.Concat(Enumerable.Repeat("line1.zone4.heater.", 40));
        var doc = new PlotDocument("plant.csv", Seoul, 1400, [Ramp(100).ToPanel(name, "°C")]);

        // Act
        var svg = XDocument.Parse(Render(doc));

        // Assert
        var title = svg.Descendants(Svg + "text").Single(t => Class(t) == "pt");
        title.Value.ShouldStartWith("line1.zone4.heater.");
        title.Value.ShouldEndWith("…(°C)");
        title.Value.Length.ShouldBeLessThan(200);
        Texts(svg).ShouldContain("100 points · 0 findings");
    }

    [Fact]
    public void Write_EmptyPanelAndNoPanels_StillWellFormed()
    {
        // Arrange
        var empty = new PlotDocument("empty.csv", Seoul, 1400, [new PlotPanel("idle", null, PlotEnvelope.Empty, [])]);
        var none = new PlotDocument("none.csv", Seoul, 1400, []);

        // Act
        var emptySvg = XDocument.Parse(Render(empty));
        var noneSvg = XDocument.Parse(Render(none));

        // Assert
        Texts(emptySvg).ShouldContain("no values");
        noneSvg.Root!.Name.ShouldBe(Svg + "svg");
    }

    private static PlotSeriesBuilder Ramp(int points)
    {
        var builder = new PlotSeriesBuilder();
        for (var i = 0; i < points; i++)
        {
            builder.Add(T0 + i * 10_000L, i % 50, 25, 0, 50);
        }

        return builder;
    }

    private static PlotDocument Document(PlotSeriesBuilder builder) =>
        new("plant.csv", Seoul, 1400, [builder.ToPanel("line1.temperature", "°C")]);

    private static string Render(PlotDocument doc)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        SvgPlot.Write(writer, doc);
        return writer.ToString();
    }

    private static IEnumerable<XElement> Panels(XDocument svg) => svg.Root!.Elements(Svg + "g").Where(g => Class(g) == "panel");

    private static string Class(XElement element) => (string?)element.Attribute("class") ?? "";

    private static List<string> Texts(XDocument svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value)];

    /// <summary>All vertices of the value path (M, L, V and h commands, absolute coordinates).</summary>
    private static List<(double X, double Y)> ValuePathPoints(XDocument svg)
    {
        var d = svg.Descendants(Svg + "path").Single(p => Class(p) == "val").Attribute("d")!.Value;
        var points = new List<(double X, double Y)>();
        double x = 0, y = 0;
        var i = 0;
        while (i < d.Length)
        {
            var command = d[i++];
            var start = i;
            while (i < d.Length && !char.IsLetter(d[i]))
            {
                i++;
            }

            var args = d[start..i].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToArray();
            switch (command)
            {
                case 'M' or 'L': (x, y) = (args[0], args[1]); break;
                case 'V': y = args[0]; break;
                case 'h': x += args[0]; break;
                default: throw new InvalidOperationException("Unexpected path command " + command);
            }

            points.Add((x, y));
        }

        return points;
    }
}
