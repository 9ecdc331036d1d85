namespace Nunchi.Core.Tests.Scenarios;

/// <summary>The default 35-day factory range at one-minute cadence, generated once for the factory tests.</summary>
public sealed class FactoryScenarioFixture
{
    public FactoryScenarioFixture()
    {
        Table = ScenarioTable.Load(ScenarioTable.Create("factory", 35, 60_000));
    }

    public ScenarioTable Table { get; }
}
