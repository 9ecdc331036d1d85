using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class EventPlannerTests
{
    [Theory]
    [InlineData(3, 21, 3)]
    [InlineData(4, 36, 7)]
    [InlineData(3, 7, 1)]
    [InlineData(3, 2, 1)]
    [InlineData(3, 1, 0)]
    [InlineData(0, 30, 0)]
    public void Count_DaysAfterLearning_ScalesFromTwentyOneDays(int per21Days, double days, int expected)
    {
        EventPlanner.Count(per21Days, days).ShouldBe(expected);
    }

    [Fact]
    public void PlanEvents_AnySeedLengthAndCadence_KeepsLabelsValidAndPresent()
    {
        var cases =
            from name in Gen.Elements("factory", "server", "business")
            from seed in Gen.Choose(1, 1_000_000)
            from days in Gen.Choose(15, 90)
            from step in Gen.Elements(10_000L, 60_000L, 300_000L, 3_600_000L, 86_400_000L)
            select (Name: name, Seed: seed, Days: days, Step: step);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var scenario = ScenarioTable.Create(c.Name, c.Days, c.Step, c.Seed);
            LabelInvariants.Check(scenario);
            // One day after the learning period may rightly hold nothing; three days hold something.
            return c.Days < 17 || scenario.Labels.Count > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void PlanEvents_DailyCadence_StillPlacesEveryFactoryKindOnTheGrid()
    {
        var scenario = ScenarioTable.Create("factory", 60, 3_600_000);

        LabelInvariants.Check(scenario);
        scenario.Labels.Select(l => l.Kind).Distinct().Count().ShouldBe(Enum.GetValues<ScenarioLabelKind>().Length);
    }
}
