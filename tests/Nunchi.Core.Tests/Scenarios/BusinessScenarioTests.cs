using Nunchi.Core.Scenarios;
using static Nunchi.Core.Tests.Scenarios.ScenarioTable;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class BusinessScenarioTests
{
    [Fact]
    public void Series_Always_AreOrdersRevenueAndSignupsPerChannel()
    {
        var scenario = Create("business", 1);

        scenario.GroupTag.ShouldBe("channel");
        scenario.Series.Select(s => s.Key.ToString()).ShouldBe(
        [
            "kpi,channel=web orders", "kpi,channel=web revenue", "kpi,channel=web signups",
            "kpi,channel=app orders", "kpi,channel=app revenue", "kpi,channel=app signups",
        ]);
        scenario.StepMs.ShouldBe(3_600_000);
        scenario.Catalog.FindField("revenue")!.Names.KoreanAliases.ShouldContain("매출");
    }

    [Fact]
    public void Orders_InLearningPeriod_AreWholeCountsWithAWeeklyRhythm()
    {
        var table = Load(Create("business", 14));
        var appOrders = table.Series("app", "orders");

        var sunday = table.Window(appOrders, Seoul(10, 4, 0).ToUnixTimeMilliseconds(), Seoul(10, 4, 23).ToUnixTimeMilliseconds()).Sum();
        var wednesday = table.Window(appOrders, Seoul(10, 7, 0).ToUnixTimeMilliseconds(), Seoul(10, 7, 23).ToUnixTimeMilliseconds()).Sum();

        table.Values[appOrders.Index].ShouldAllBe(v => v >= 0 && v == Math.Floor(v));
        sunday.ShouldBeGreaterThan(wednesday * 1.1);
    }

    [Fact]
    public void Dip_LabelledOutage_DropsEveryKpiOfTheChannel()
    {
        var table = Load(Create("business", 35));
        LabelInvariants.Check(table.Scenario);

        var outages = table.Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Dip).ToList();
        outages.ShouldNotBeEmpty();
        foreach (var outage in outages)
        {
            outage.Field.ShouldBe(ScenarioLabel.AllFields);
            var orders = table.Series(outage.Group, "orders");
            var during = table.Window(orders, outage.StartMs, outage.EndMs).Sum();
            var weekBefore = table.Window(orders, outage.StartMs - (7 * 86_400_000L), outage.EndMs - (7 * 86_400_000L)).Sum();

            during.ShouldBeLessThan(0.5 * weekBefore);
        }
    }

    [Fact]
    public void Run_DailyCadence_SumsTheDayAndKeepsLabelsValid()
    {
        var table = Load(Create("business", 35, 86_400_000));

        table.Timestamps.Length.ShouldBe(35);
        table.Values[table.Series("web", "orders").Index][0].ShouldBeGreaterThan(1500);
        LabelInvariants.Check(table.Scenario);
    }
}
