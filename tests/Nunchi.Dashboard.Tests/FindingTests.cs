namespace Nunchi.Dashboard.Tests;

[Collection(DemoServer.Name)]
public sealed class FindingTests(DemoFixture demo)
{
    [Fact]
    public async Task Feedback_NotAnAnomaly_StoredAndShown()
    {
        long id = await FindingWithoutFeedbackAsync();
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);
        await tab.GoAsync($"/finding/{id}", "finding");
        var button = tab.Page.Locator("button.verdict-not_anomaly");
        (await button.GetAttributeAsync("aria-pressed")).ShouldBe("false");

        await button.ClickAsync();
        await tab.Page.WaitForSelectorAsync(".feedback-result[data-saved=not_anomaly]");

        (await button.GetAttributeAsync("aria-pressed")).ShouldBe("true");
        (await tab.Page.Locator("button.verdict-confirmed").GetAttributeAsync("aria-pressed")).ShouldBe("false");
        (await tab.Page.Locator(".feedback-result").InnerTextAsync()).ShouldContain("Similar events on this series will now score lower");
        (await tab.Page.Locator(".facts .feedback-value").TextContentAsync()).ShouldBe("Not an anomaly");
        var stored = await demo.Server.GetJsonAsync($"/api/v1/findings/{id}");
        stored.GetProperty("feedback").GetString().ShouldBe("not_anomaly");
        await tab.ScreenshotAsync("finding.png");
        tab.ShouldBeClean();
    }

    [Fact]
    public async Task Finding_Facts_ShowExpectedActualDeviationAndRelated()
    {
        long id = await FindingWithoutFeedbackAsync("spike", "dip", "level_shift");
        var finding = await demo.Server.GetJsonAsync($"/api/v1/findings/{id}?lang=en&tz=Asia/Seoul");
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);

        await tab.GoAsync($"/finding/{id}", "finding");
        await tab.Page.WaitForSelectorAsync(".related-slot h3");

        (await tab.Page.Locator(".narrative-lead").TextContentAsync()).ShouldBe(finding.GetProperty("narrative").GetString());
        var heads = await tab.Page.Locator(".facts th").AllTextContentsAsync();
        foreach (string head in new[] { "Expected", "Actual", "Deviation", "Deviation in noise scale", "Kind", "Start", "End", "Duration", "Severity" })
        {
            heads.ShouldContain(head);
        }

        (await tab.Page.Locator(".same-source li").CountAsync()).ShouldBeGreaterThan(0, "a machine has other series");
        tab.ShouldBeClean();
    }

    [Fact]
    public async Task Ask_Question_ShowsTheAnswerOrThatItIsNotAvailable()
    {
        const string question = "What went wrong on press 3 last night?";
        // The page asks in the browser's time zone (the tab's is Asia/Seoul), so the probe does too.
        using var probe = await demo.Server.Client.GetAsync(new Uri($"/api/v1/ask?q={Uri.EscapeDataString(question)}&lang=en&tz=Asia%2FSeoul", UriKind.Relative));
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);

        await tab.Page.GotoAsync(new Uri(demo.Server.Address, "/#/?range=24h").ToString());
        await tab.WaitReadyAsync("overview");
        await tab.Page.Locator("#ask-input").FillAsync(question);
        await tab.Page.Locator("#ask-input").PressAsync("Enter");
        await tab.WaitReadyAsync("ask");

        if (probe.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            (await tab.Page.Locator(".notice").InnerTextAsync()).ShouldContain("not available on this server yet");
        }
        else
        {
            var answer = System.Text.Json.JsonDocument.Parse(await probe.Content.ReadAsStringAsync()).RootElement;
            // The demo streams on, so when "last night" reaches now the figures may move between the two requests;
            // the first sentence (what was found) is the page's either way.
            var expected = answer.GetProperty("answer").GetProperty("text").GetString()!;
            var firstSentence = expected[..(expected.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? end + 1 : expected.Length)];
            (await tab.Page.Locator(".answer-text").TextContentAsync()).ShouldStartWith(firstSentence);
        }

        (await tab.Page.Locator("blockquote.question").TextContentAsync()).ShouldBe(question);
        await tab.ScreenshotAsync("ask.png");
        tab.ShouldBeClean();
    }

    /// <summary>The newest severe finding of the factory without feedback, of one of <paramref name="kinds"/> when given.</summary>
    private async Task<long> FindingWithoutFeedbackAsync(params string[] kinds)
    {
        var findings = await demo.Server.GetJsonAsync("/api/v1/findings?minSeverity=0.5&limit=1000");
        return findings.EnumerateArray()
            .Where(f => !f.TryGetProperty("feedback", out _) && f.GetProperty("seriesKey").GetString()!.StartsWith("machine,", StringComparison.Ordinal))
            .Where(f => kinds.Length == 0 || kinds.Contains(f.GetProperty("kind").GetString()))
            .Select(f => f.GetProperty("id").GetInt64())
            .Max();
    }
}
