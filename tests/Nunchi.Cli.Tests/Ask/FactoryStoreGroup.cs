namespace Nunchi.Cli.Tests.Ask;

/// <summary>Tests that ask the factory store share one (it takes a minute to make), and run one at a time (the store has one owner).</summary>
[CollectionDefinition(Name)]
public sealed class FactoryStoreGroup : ICollectionFixture<FactoryStore>
{
    public const string Name = "factory store";
}
