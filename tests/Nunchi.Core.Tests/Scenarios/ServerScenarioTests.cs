using Nunchi.Core.Scenarios;
using static Nunchi.Core.Tests.Scenarios.ScenarioTable;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class ServerScenarioTests
{
    private static readonly Lazy<ScenarioTable> Table = new(() => Load(Create("server", 35)));

    [Fact]
    public void Series_Always_AreFourHostsWithFiveFields()
    {
        var scenario = Table.Value.Scenario;

        scenario.GroupTag.ShouldBe("host");
        scenario.Groups.Select(g => g.Name).ShouldBe(["web-1", "web-2", "api-1", "db-1"]);
        scenario.Series.Count.ShouldBe(20);
        scenario.Series[0].Key.ToString().ShouldBe("server,host=web-1,role=web cpu");
        scenario.Series.Select(s => s.Unit).Take(5).ShouldBe(["%", "%", "ms", "req/s", "B"]);
        scenario.StepMs.ShouldBe(60_000);
    }

    [Fact]
    public void Labels_DefaultRange_CoverTheServerKindsValidly()
    {
        var scenario = Table.Value.Scenario;

        LabelInvariants.Check(scenario);
        scenario.Labels.Select(l => l.Kind).Distinct().ShouldBe(
            [ScenarioLabelKind.Spike, ScenarioLabelKind.LevelShift, ScenarioLabelKind.Variance, ScenarioLabelKind.Drift, ScenarioLabelKind.Stuck, ScenarioLabelKind.Gap],
            ignoreOrder: true);
        scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Variance).ShouldAllBe(l => l.Field == "latency");
        scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Drift).ShouldAllBe(l => l.Field == "memory");
    }

    [Fact]
    public void Requests_OnAWeekday_PeakInTheEveningAndDipBeforeDawn()
    {
        var table = Table.Value;

        var evening = table.Value("web-1", "requests", Seoul(10, 6, 21));
        var dawn = table.Value("web-1", "requests", Seoul(10, 6, 4));
        var sundayEvening = table.Value("web-1", "requests", Seoul(10, 4, 21));

        evening.ShouldBeGreaterThan(3 * dawn);
        sundayEvening.ShouldBeLessThan(evening);
    }

    [Fact]
    public void BytesSent_Always_GrowsExceptWhenTheProcessRestarts()
    {
        var table = Table.Value;
        var resets = 0;

        foreach (var series in table.Scenario.Series.Where(s => s.Field.Field == "bytes_sent"))
        {
            var previous = double.NaN;
            foreach (var value in table.Values[series.Index])
            {
                if (double.IsNaN(value))
                {
                    continue;
                }

                if (value < previous)
                {
                    resets++;
                    value.ShouldBeLessThan(2e9, "a restart starts the counter again from zero");
                }

                previous = value;
            }
        }

        resets.ShouldBeGreaterThan(2);
    }

    [Fact]
    public void MemoryLeak_LabelledSpan_ClimbsThenFallsBackAfterTheRestart()
    {
        var table = Table.Value;
        foreach (var leak in table.Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Drift))
        {
            var memory = table.Series(leak.Group, "memory");
            var start = table.Window(memory, leak.StartMs, leak.StartMs + 600_000).Average();
            var end = table.Window(memory, leak.EndMs - 600_000, leak.EndMs).Average();
            var after = table.Window(memory, leak.EndMs + 60_000, leak.EndMs + 660_000).Average();
            var counter = table.Series(leak.Group, "bytes_sent");

            (end - start).ShouldBeGreaterThan(8);
            (end - after).ShouldBeGreaterThan(6);
            table.Values[counter.Index][table.Tick(leak.EndMs) + 1].ShouldBeLessThan(table.Values[counter.Index][table.Tick(leak.EndMs)]);
        }
    }
}
