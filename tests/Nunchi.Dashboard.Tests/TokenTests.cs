using System.Net.Http.Headers;
using System.Text;

namespace Nunchi.Dashboard.Tests;

/// <summary>A server that requires a read token: the page takes it once (address or dialog) and keeps it for the tab.</summary>
public sealed class TokenTests : IAsyncLifetime
{
    private const string ReadToken = "read-3f9c";
    private const string WriteToken = "write-7a21";

    private ServerWithBrowser _site = null!;

    public async Task InitializeAsync()
    {
        _site = await ServerWithBrowser.StartAsync(demo: false, new Dictionary<string, string>
        {
            ["Nunchi__ReadToken"] = ReadToken,
            ["Nunchi__WriteToken"] = WriteToken,
        });
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var lines = new StringBuilder();
        for (int i = 0; i < 60; i++)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"boiler,site=b temperature={60 + (i % 4)} {now - ((60 - i) * 10_000)}\n");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/write?precision=ms") { Content = new StringContent(lines.ToString()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WriteToken);
        (await _site.Server.Client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ReadToken_InTheAddress_UsedForTheApiAndTheLiveFeedThenHidden()
    {
        await using var tab = await DashboardPage.OpenAsync(_site.Browser, _site.Server.Address);

        await tab.GoAsync($"/?range=1h&token={ReadToken}", "overview");
        await tab.Page.WaitForSelectorAsync(".live-state[data-state=on]");

        (await tab.Page.Locator("a.row .name").AllTextContentsAsync()).ShouldBe(["b temperature"]);
        tab.Page.Url.ShouldNotContain(ReadToken);
        (await tab.Page.EvaluateAsync<string>("sessionStorage.getItem('nunchi.token')")).ShouldBe(ReadToken);
        tab.ShouldBeClean();
    }

    [Fact]
    public async Task ReadToken_Missing_AskedForOnceThenThePageLoads()
    {
        await using var tab = await DashboardPage.OpenAsync(_site.Browser, _site.Server.Address);

        await tab.Page.GotoAsync(new Uri(_site.Server.Address, "/#/?range=1h").ToString());
        await tab.Page.Locator("dialog.token-dialog #token-input").FillAsync(ReadToken);
        await tab.Page.Locator("dialog.token-dialog button[type=submit]").ClickAsync();
        await tab.WaitReadyAsync("overview");

        (await tab.Page.Locator("a.row").CountAsync()).ShouldBe(1);
        tab.ShouldBeClean();
    }
}
