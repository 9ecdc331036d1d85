using System.Globalization;
using System.Text;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class LineProtocolWriterTests
{
    [Fact]
    public void OnRow_FactoryRow_WritesOneLineWithTagsFieldsAndNanoseconds()
    {
        var scenario = ScenarioTable.Create("factory", 1, 60_000);

        var lines = Write(scenario);

        lines.Length.ShouldBe(1440 * 7);
        lines[0].ShouldMatch(@"^machine,line=1,machine=press-1,site=plant-a temperature=-?\d+\.\d,vibration=\d+\.\d\d,pressure=\d+\.\d\d,power=\d+\.\d,output=\d+i \d{19}$");
        lines[6].ShouldStartWith("machine,line=utility,machine=compressor-1,site=plant-a pressure=");
    }

    [Fact]
    public void OnRow_EveryLine_ParsesBackToTheGeneratedValues()
    {
        var scenario = ScenarioTable.Create("server", 1);
        var table = ScenarioTable.Load(scenario);

        var lines = Write(scenario);

        lines.Length.ShouldBe(1440 * 4);
        foreach (var line in lines)
        {
            var (tags, fields, timestampNs) = Parse(line);
            var tick = table.Tick(timestampNs / 1_000_000);
            var group = scenario.Groups.Single(g => g.Name == tags["host"]);
            foreach (var series in group.Series)
            {
                var text = fields[series.Field.Field];
                var value = series.Field.IsInteger
                    ? long.Parse(text.TrimEnd('i'), CultureInfo.InvariantCulture)
                    : double.Parse(text, CultureInfo.InvariantCulture);
                value.ShouldBe(table.Values[series.Index][tick], line);
                text.EndsWith('i').ShouldBe(series.Field.IsInteger);
            }
        }
    }

    [Fact]
    public void OnRow_Counts_MatchTheRowsAndValuesWritten()
    {
        var scenario = ScenarioTable.Create("business", 3);
        using var stream = new MemoryStream();
        var writer = new LineProtocolWriter(scenario, stream);

        scenario.Run(writer);
        writer.Flush();

        writer.Rows.ShouldBe(72 * 2);
        writer.Values.ShouldBe(72 * 2 * 3);
        writer.Bytes.ShouldBe(stream.Length);
    }

    private static string[] Write(IScenario scenario)
    {
        using var stream = new MemoryStream();
        var writer = new LineProtocolWriter(scenario, stream);
        scenario.Run(writer);
        writer.Flush();
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static (Dictionary<string, string> Tags, Dictionary<string, string> Fields, long TimestampNs) Parse(string line)
    {
        var parts = line.Split(' ');
        parts.Length.ShouldBe(3);
        var tags = parts[0].Split(',').Skip(1).Select(t => t.Split('=')).ToDictionary(t => t[0], t => t[1]);
        var fields = parts[1].Split(',').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        return (tags, fields, long.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
