using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class ScenarioDeterminismTests
{
    [Theory]
    [InlineData("factory")]
    [InlineData("server")]
    [InlineData("business")]
    public void Run_SameSeed_WritesIdenticalBytes(string name)
    {
        var first = LineProtocol(ScenarioTable.Create(name, 16, Minute(name), seed: 7));
        var second = LineProtocol(ScenarioTable.Create(name, 16, Minute(name), seed: 7));

        first.Length.ShouldBeGreaterThan(0);
        first.AsSpan().SequenceEqual(second).ShouldBeTrue();
    }

    [Theory]
    [InlineData("factory")]
    [InlineData("server")]
    [InlineData("business")]
    public void Run_DifferentSeed_WritesDifferentBytesAndLabels(string name)
    {
        var one = ScenarioTable.Create(name, 20, Minute(name), seed: 1);
        var two = ScenarioTable.Create(name, 20, Minute(name), seed: 2);

        LineProtocol(two).AsSpan().SequenceEqual(LineProtocol(one)).ShouldBeFalse();
        two.Labels.ShouldNotBe(one.Labels);
    }

    [Fact]
    public void Read_TwiceFromOneScenario_ReplaysTheSameValues()
    {
        var scenario = ScenarioTable.Create("factory", 2, 60_000);

        var first = scenario.Points().ToList();
        var second = scenario.Points().ToList();

        second.ShouldBe(first);
    }

    [Fact]
    public void Points_Always_MatchTheRowsOfTheReader()
    {
        var scenario = ScenarioTable.Create("factory", 1, 60_000);
        var table = ScenarioTable.Load(scenario);

        var points = scenario.Points().ToList();

        points.Count.ShouldBe(1440 * scenario.Series.Count);
        foreach (var point in points.Take(100))
        {
            var series = scenario.Series.Single(s => s.Key == point.Series);
            table.Values[series.Index][table.Tick(point.TimestampMs)].ShouldBe(point.Value);
        }
    }

    // A minute's cadence keeps the runs short; the business scenario keeps its hourly default.
    private static long? Minute(string name) => name == "business" ? null : 60_000;

    private static byte[] LineProtocol(IScenario scenario)
    {
        using var stream = new MemoryStream();
        var writer = new LineProtocolWriter(scenario, stream);
        scenario.Run(writer);
        writer.Flush();
        return stream.ToArray();
    }
}
