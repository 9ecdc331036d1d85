using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class ScenarioRegistryTests
{
    [Fact]
    public void Names_Always_ListTheThreeScenarios()
    {
        ScenarioRegistry.Names.ShouldBe(["factory", "server", "business"]);
    }

    [Theory]
    [InlineData("factory", 10_000)]
    [InlineData("server", 60_000)]
    [InlineData("business", 3_600_000)]
    public void Create_WithoutStep_UsesTheScenarioDefaultCadence(string name, long stepMs)
    {
        var scenario = ScenarioRegistry.Create(name, new ScenarioOptions { FromMs = 0, ToMs = 86_400_000 });

        scenario.StepMs.ShouldBe(stepMs);
        scenario.Options.StepMs.ShouldBe(stepMs);
        scenario.Name.ShouldBe(name);
    }

    [Theory]
    [InlineData("plant", 0, 1000, null, "unknown scenario 'plant'")]
    [InlineData("factory", 1000, 1000, null, "the range is empty")]
    [InlineData("factory", 0, 1000, 0L, "the step must be positive")]
    [InlineData("factory", 0, 86_400_000_000, 1L, "the range holds more than")]
    public void TryCreate_BadInput_SaysWhy(string name, long from, long to, long? step, string expected)
    {
        var ok = ScenarioRegistry.TryCreate(name, new ScenarioOptions { FromMs = from, ToMs = to, StepMs = step }, out var scenario, out var error);

        ok.ShouldBeFalse();
        scenario.ShouldBeNull();
        error.ShouldNotBeNull().ShouldStartWith(expected);
    }

    [Fact]
    public void Create_UnknownName_Throws()
    {
        Should.Throw<ArgumentException>(() => ScenarioRegistry.Create("nope", new ScenarioOptions { FromMs = 0, ToMs = 1000 }));
    }
}
