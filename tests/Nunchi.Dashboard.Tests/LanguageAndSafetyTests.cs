using System.Text.Json;

namespace Nunchi.Dashboard.Tests;

[Collection(DemoServer.Name)]
public sealed class LanguageAndSafetyTests(DemoFixture demo)
{
    /// <summary>The English strings of the dashboard (strings.js) that are whole words on the page now.</summary>
    private const string VisibleEnglish = """
        async () => {
          const { strings } = await import('/js/strings.js');
          const text = document.body.innerText;
          return Object.entries(strings.en)
            .filter(([key, en]) => !en.includes('{') && en.length >= 3 && strings.ko[key] !== en)
            .map(([, en]) => en)
            .filter(en => new RegExp(`(^|[^\\p{L}])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
        }
        """;

    [Fact]
    public async Task Strings_KoreanAndEnglish_HaveTheSameKeys()
    {
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);
        await tab.GoAsync("/?range=1h", "overview");

        var missing = await tab.Page.EvaluateAsync<string[]>("""
            async () => {
              const { strings } = await import('/js/strings.js');
              const en = Object.keys(strings.en), ko = Object.keys(strings.ko);
              return [...en.filter(k => !ko.includes(k)), ...ko.filter(k => !en.includes(k))];
            }
            """);

        missing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/?range=24h", "overview")]
    [InlineData("/series/2?range=24h", "series")]
    [InlineData("/finding/{finding}", "finding")]
    public async Task LanguageSwitch_EnglishToKorean_ChangesEveryVisibleString(string route, string view)
    {
        var latest = await demo.Server.GetJsonAsync("/api/v1/findings?limit=1");
        route = route.Replace("{finding}", latest[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);
        await tab.GoAsync(route, view);
        await tab.Page.EvaluateAsync("localStorage.removeItem('nunchi.lang')");
        string[] english = await tab.Page.EvaluateAsync<string[]>(VisibleEnglish);
        english.Length.ShouldBeGreaterThan(8, "the page starts in English (locale en-GB)");

        await tab.Page.Locator("button.lang-switch").ClickAsync();
        await tab.Page.WaitForFunctionAsync("document.documentElement.lang === 'ko'");
        await tab.WaitReadyAsync(view);
        if (view == "finding")
        {
            await tab.Page.WaitForSelectorAsync(".related-slot h3");
        }

        string[] left = await tab.Page.EvaluateAsync<string[]>(VisibleEnglish);
        left.ShouldBeEmpty($"still in English after the switch: {string.Join(" | ", left)}");
        await tab.Page.ReloadAsync();
        await tab.WaitReadyAsync(view);
        (await tab.Page.EvaluateAsync<string>("document.documentElement.lang")).ShouldBe("ko", "the choice persists");
        await tab.ScreenshotAsync($"{view}-ko.png");
        tab.ShouldBeClean();
    }

    [Fact]
    public async Task SeriesName_WithHtml_ShowsAsTextAndRunsNothing()
    {
        const string alert = "<img src=x onerror=alert(1)>";
        const string flag = "<img src=x onerror=window.__xss=1>";
        const string tag = "<b>bold</b>";
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await demo.Server.WriteAsync(
            $"{alert.Replace(" ", "\\ ", StringComparison.Ordinal)} value=1 {now - 60_000}\n"
            + $"{flag.Replace(" ", "\\ ", StringComparison.Ordinal)} value=2 {now - 60_000}\n"
            + $"onerror_probe,tag={tag} value=3 {now - 60_000}\n");
        await demo.Server.FlushAsync();
        var created = await demo.Server.GetJsonAsync($"/api/v1/series?name={Uri.EscapeDataString("onerror=alert")}");
        int id = created[0].GetProperty("id").GetInt32();
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);

        await tab.GoAsync("/?range=1h&q=onerror", "overview");
        var names = await tab.Page.Locator("li:not([hidden]) a.row .name").AllTextContentsAsync();
        int imagesInOverview = await tab.Page.Locator("img").CountAsync();
        await tab.GoAsync($"/series/{id}?range=1h", "series");
        await tab.Page.WaitForFunctionAsync("document.querySelector('h1').textContent.includes('onerror')");
        string title = await tab.Page.Locator("h1").InnerTextAsync();
        int imagesInSeries = await tab.Page.Locator("img").CountAsync();
        await tab.GoAsync($"/ask?q={Uri.EscapeDataString(alert)}", "ask");
        string question = await tab.Page.Locator("blockquote.question").InnerTextAsync();
        int imagesInAsk = await tab.Page.Locator("img").CountAsync();

        names.ShouldContain($"{alert} value");
        names.ShouldContain($"{flag} value");
        names.ShouldContain($"{tag} value");
        title.ShouldStartWith($"{alert} value");
        question.ShouldBe(alert);
        (imagesInOverview + imagesInSeries + imagesInAsk).ShouldBe(0, "no element was made from a name");
        (await tab.Page.EvaluateAsync<JsonElement>("window.__xss ?? null")).ValueKind.ShouldBe(JsonValueKind.Null);
        tab.ShouldBeClean();
        using var page = await demo.Server.Client.GetAsync(new Uri("/", UriKind.Relative));
        string.Join(' ', page.Headers.GetValues("Content-Security-Policy")).ShouldContain("script-src 'self'", Case.Sensitive, "and a policy that forbids inline scripts besides");
    }
}
