using System.Globalization;
using System.Text;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class WideCsvWriterTests
{
    [Fact]
    public void Constructor_Factory_WritesHeaderWithMachineDotFieldColumns()
    {
        var scenario = ScenarioTable.Create("factory", 1, 3_600_000);

        var lines = Write(scenario);

        lines[0].ShouldStartWith("timestamp,press-1.temperature,press-1.vibration,press-1.pressure,press-1.power,press-1.output,press-2.temperature");
        lines[0].ShouldEndWith("compressor-1.pressure,compressor-1.power,compressor-1.temperature");
        lines[1].ShouldStartWith("2026-09-30T15:00:00Z,");
        lines.Length.ShouldBe(1 + 24);
    }

    [Fact]
    public void OnTimestampEnd_EveryLine_ParsesBackToTheGeneratedValuesWithEmptyCellsInGaps()
    {
        var scenario = ScenarioTable.Create("factory", 20, 60_000);
        var table = ScenarioTable.Load(scenario);
        var gap = scenario.Labels.First(l => l.Kind == ScenarioLabelKind.Gap);

        var lines = Write(scenario);

        lines.Length.ShouldBe(1 + table.Timestamps.Length);
        var emptyCells = 0;
        var mismatches = new List<string>();
        for (var tick = 0; tick < table.Timestamps.Length; tick++)
        {
            var cells = lines[tick + 1].Split(',');
            if (DateTimeOffset.Parse(cells[0], CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() != table.Timestamps[tick])
            {
                mismatches.Add(lines[tick + 1]);
            }

            foreach (var series in scenario.Series)
            {
                var cell = cells[series.Index + 1];
                var expected = table.Values[series.Index][tick];
                emptyCells += cell.Length == 0 ? 1 : 0;
                var matches = double.IsNaN(expected)
                    ? cell.Length == 0
                    : double.Parse(cell, CultureInfo.InvariantCulture) == expected;
                if (!matches)
                {
                    mismatches.Add($"{cells[0]} {series.Column}: {cell} != {expected}");
                }
            }
        }

        mismatches.ShouldBeEmpty();
        gap.Field.ShouldBe(ScenarioLabel.AllFields);
        emptyCells.ShouldBe(scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Gap)
            .Sum(l => (int)(((l.EndMs - l.StartMs) / 60_000) + 1) * scenario.Groups.Single(g => g.Name == l.Group).Series.Count));
    }

    private static string[] Write(IScenario scenario)
    {
        using var stream = new MemoryStream();
        var writer = new WideCsvWriter(scenario, stream);
        scenario.Run(writer);
        writer.Flush();
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
