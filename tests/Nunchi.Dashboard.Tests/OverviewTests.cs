namespace Nunchi.Dashboard.Tests;

[Collection(DemoServer.Name)]
public sealed class OverviewTests(DemoFixture demo)
{
    [Fact]
    public async Task Overview_Demo_ListsEveryFactorySeriesMostSevereFirst()
    {
        var scenario = DemoScenario.Load(demo.Server.DataDirectory);
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);

        await tab.GoAsync("/?range=7d&q=site:plant-a", "overview");

        var names = await tab.Page.Locator("li:not([hidden]) a.row .name").AllTextContentsAsync();
        var aliases = await tab.Page.Locator("li:not([hidden]) a.row .name-alt").AllTextContentsAsync();
        names.Count.ShouldBe(27, "factory.md: 4 presses × 5 fields, 2 ovens × 2, the compressor × 3");
        foreach (var series in scenario.Series)
        {
            names.ShouldContain(series.Label.Name);
            aliases.ShouldContain(series.Label.KoreanName!);
        }

        // The severity each row shows ("◆ Critical 1.00", "– Normal" for none), in the order shown.
        var shown = await tab.Page.Locator("li:not([hidden]) a.row .cell-sev").EvaluateAllAsync<double[]>(
            "cells => cells.map(c => Number((c.textContent.match(/\\d+\\.\\d+/) ?? ['0'])[0]))");
        shown.ShouldBe(shown.OrderByDescending(s => s).ToArray(), "rows are sorted by the most severe finding");
        shown[0].ShouldBeGreaterThan(0.5);
        (await tab.Page.Locator("li:not([hidden]) canvas.spark").CountAsync()).ShouldBe(27);
        await tab.ScreenshotAsync("overview.png");
        tab.ShouldBeClean();
    }

    [Fact]
    public async Task Overview_FilterByTagAndKeys_NarrowsRowsAndOpensTheSeries()
    {
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);
        await tab.GoAsync("/?range=24h", "overview");

        await tab.Page.Keyboard.PressAsync("/");
        await tab.Page.Keyboard.TypeAsync("machine:press-3");
        await tab.Page.WaitForFunctionAsync("document.querySelectorAll('li:not([hidden]) a.row').length === 5");
        await tab.Page.Locator("#filter").FillAsync("field:power line:2");
        await tab.Page.WaitForFunctionAsync("document.querySelectorAll('li:not([hidden]) a.row').length === 3");
        var visible = await tab.Page.Locator("li:not([hidden]) a.row .name").AllTextContentsAsync();
        visible.Order().ShouldBe(["oven-2 power", "press-3 power", "press-4 power"]);
        tab.Page.Url.ShouldContain("q=field%3Apower");

        await tab.Page.Locator("li:not([hidden]) a.row").First.FocusAsync();
        await tab.Page.Keyboard.PressAsync("ArrowDown");
        string focused = await tab.Page.EvaluateAsync<string>("document.activeElement.dataset.id");
        string second = await tab.Page.Locator("li:not([hidden]) a.row").Nth(1).GetAttributeAsync("data-id") ?? "";
        focused.ShouldBe(second);
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.WaitReadyAsync("series");

        tab.Page.Url.ShouldContain($"#/series/{second}");
        tab.ShouldBeClean();
    }

    [Theory]
    [InlineData(1366, 768, "overview", "/?range=24h", "laptop")]
    [InlineData(390, 844, "overview", "/?range=24h", "phone-overview")]
    [InlineData(390, 844, "series", "/series/1?range=24h", "phone-series")]
    public async Task View_AtScreenWidth_HasNoHorizontalScroll(int width, int height, string view, string route, string screenshot)
    {
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address, width, height, "ko-KR");

        await tab.GoAsync(route, view);

        int scrollWidth = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(width);
        await tab.ScreenshotAsync($"{screenshot}.png");
        tab.ShouldBeClean();
    }
}
