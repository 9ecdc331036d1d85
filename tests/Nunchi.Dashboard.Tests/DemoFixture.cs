using Microsoft.Playwright;

namespace Nunchi.Dashboard.Tests;

/// <summary>One <c>nunchi serve --demo</c> and one Chromium for every test of the collection: the demo is generated once.</summary>
public sealed class DemoFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    internal NunchiProcess Server { get; private set; } = null!;

    internal IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await NunchiProcess.StartAsync(demo: true);

        // The history is stored; wait until it is analysed too, so every finding of the past is there.
        await Server.FlushAsync();
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DemoServer : ICollectionFixture<DemoFixture>
{
    public const string Name = "demo";
}
