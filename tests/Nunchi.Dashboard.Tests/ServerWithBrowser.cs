using Microsoft.Playwright;

namespace Nunchi.Dashboard.Tests;

/// <summary>A <c>nunchi serve</c> process and a headless Chromium to look at it with; both stopped on dispose.</summary>
internal sealed class ServerWithBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private ServerWithBrowser(NunchiProcess server, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        _playwright = playwright;
        Browser = browser;
    }

    public NunchiProcess Server { get; }

    public IBrowser Browser { get; }

    /// <summary>Starts the server (see <see cref="NunchiProcess.StartAsync"/>), then the browser.</summary>
    public static async Task<ServerWithBrowser> StartAsync(bool demo, IReadOnlyDictionary<string, string>? environment = null)
    {
        var server = await NunchiProcess.StartAsync(demo, environment);
        try
        {
            var (playwright, browser) = await Chromium.LaunchAsync();
            return new ServerWithBrowser(server, playwright, browser);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
