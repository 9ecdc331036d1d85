using System.Text;
using System.Xml.Linq;
using Nunchi.Cli.Plot;

namespace Nunchi.Cli.Tests.Plot;

public sealed class SvgPlotDemoTests
{
    [Fact]
    public void Write_DemoData_WritesViewableChartToTempFile()
    {
        // Arrange: 100k points, a spike and a level shift marked as findings.
        var temperature = DemoSeries.Temperature(100_000, out var spikeMs, out var shiftMs);
        temperature.AddFinding(spikeMs, spikeMs, spikeMs, 0.97, "spike");
        temperature.AddFinding(shiftMs, shiftMs + 3 * 3_600_000, shiftMs + 600_000, 0.82, "level shift");
        var pressure = DemoSeries.Pressure(100_000);
        var doc = new PlotDocument(
            "press3-2024-11.csv",
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"),
            1400,
            [temperature.ToPanel("press3.temperature", "°C"), pressure.ToPanel("press3.pressure", "kPa")]);
        var path = Path.Combine(Path.GetTempPath(), "nunchi-plot-demo.svg");

        // Act
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            SvgPlot.Write(writer, doc);
        }

        // Assert
        var svg = XDocument.Load(path);
        svg.Descendants().Count(e => e.Name.LocalName == "text" && e.Value == "spike").ShouldBe(1);
        svg.Descendants().Count(e => e.Name.LocalName == "text" && e.Value == "level shift").ShouldBe(1);
        new FileInfo(path).Length.ShouldBeLessThan(400_000);
    }
}
