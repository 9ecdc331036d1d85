using Microsoft.Playwright;

namespace Nunchi.Dashboard.Tests;

/// <summary>One <c>nunchi serve --demo</c> and one Chromium for every test of the collection: the demo is generated once.</summary>
public sealed class DemoFixture : IAsyncLifetime
{
    private ServerWithBrowser? _site;

    internal NunchiProcess Server => _site!.Server;

    internal IBrowser Browser => _site!.Browser;

    public async Task InitializeAsync()
    {
        _site = await ServerWithBrowser.StartAsync(demo: true);

        // The history is stored; wait until it is analysed too, so every finding of the past is there.
        await _site.Server.FlushAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DemoServer : ICollectionFixture<DemoFixture>
{
    public const string Name = "demo";
}
