using System.Globalization;
using System.Text.Json;
using Nunchi.Core.Scenarios;

namespace Nunchi.Dashboard.Tests;

[Collection(DemoServer.Name)]
public sealed class SeriesTests(DemoFixture demo)
{
    /// <summary>Reads the chart's canvas in a column of the plot area at time t: how many pixels wear a severity colour.</summary>
    private const string SeverityPixelsAt = """
        ({ t, from, to }) => {
          const canvas = document.querySelector('.chart-host canvas');
          const over = document.querySelector('.chart-host .u-over').getBoundingClientRect();
          const box = canvas.getBoundingClientRect();
          const ratio = canvas.width / box.width;
          const x = over.left - box.left + ((t - from) / (to - from)) * over.width;
          const image = canvas.getContext('2d').getImageData(Math.round((x - 3) * ratio), Math.round((over.top - box.top) * ratio),
            Math.round(6 * ratio), Math.round(over.height * ratio));
          let hits = 0;
          for (let i = 0; i < image.data.length; i += 4) {
            const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
            if (r > 150 && r - b > 60) hits++;
          }
          return hits;
        }
        """;

    [Fact]
    public async Task SeriesChart_InjectedAnomaly_ShadedWhereTheLabelsSay()
    {
        var (label, seriesId, finding) = await DetectedLabelAsync();
        long findingId = finding.GetProperty("id").GetInt64();
        long from = label.StartMs - 7_200_000;
        long to = label.EndMs + 7_200_000;
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);

        await tab.GoAsync($"/series/{seriesId}?from={from}&to={to}", "series");
        await tab.Page.WaitForSelectorAsync($".findings a[href='#/finding/{findingId}']");
        await tab.Page.WaitForSelectorAsync("main[data-band=ready]");

        // Where the label and the finding agree (a level shift is reported where it starts, not for its whole length).
        long overlapStart = Math.Max(label.StartMs, finding.GetProperty("start").GetDateTimeOffset().ToUnixTimeMilliseconds());
        long overlapEnd = Math.Min(label.EndMs, finding.GetProperty("end").GetDateTimeOffset().ToUnixTimeMilliseconds());
        long middle = (overlapStart + overlapEnd) / 2;
        long quiet = await QuietTimeAsync(seriesId, from, label.StartMs);
        int shaded = await tab.Page.EvaluateAsync<int>(SeverityPixelsAt, new { t = middle, from, to });
        int unshaded = await tab.Page.EvaluateAsync<int>(SeverityPixelsAt, new { t = quiet, from, to });
        shaded.ShouldBeGreaterThan(20, $"the {label.Kind} labelled at {label.StartMs} on series {seriesId} is shaded");
        unshaded.ShouldBe(0, "no shading where there is no finding");
        await tab.ScreenshotAsync("series.png");
        tab.ShouldBeClean();
    }

    [Fact]
    public async Task SeriesChart_Zoom_RereadsTheRangeAtOneBucketPerPixel()
    {
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);
        var reads = new List<Uri>();
        tab.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/points?", StringComparison.Ordinal))
            {
                lock (reads)
                {
                    reads.Add(new Uri(request.Url));
                }
            }
        };
        await tab.GoAsync("/series/3?range=7d", "series");
        double plotWidth = await tab.Page.EvaluateAsync<double>("document.querySelector('.chart-host .u-over').getBoundingClientRect().width");

        await tab.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await tab.Page.WaitForFunctionAsync("location.hash.includes('from=')");
        await tab.Page.WaitForFunctionAsync("document.querySelector('.resolution').textContent.length > 0");

        Uri[] seen;
        lock (reads)
        {
            seen = [.. reads];
        }

        seen.Length.ShouldBeGreaterThanOrEqualTo(2);
        var first = Query(seen[0]);
        var zoomed = Query(seen[^1]);
        long span = long.Parse(first["to"], CultureInfo.InvariantCulture) - long.Parse(first["from"], CultureInfo.InvariantCulture);
        long zoomedSpan = long.Parse(zoomed["to"], CultureInfo.InvariantCulture) - long.Parse(zoomed["from"], CultureInfo.InvariantCulture);
        Math.Abs(zoomedSpan - (span / 2)).ShouldBeLessThanOrEqualTo(2);
        foreach (var read in seen)
        {
            int.Parse(Query(read)["maxPoints"], CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo((int)Math.Ceiling(plotWidth));
        }

        tab.Page.Url.ShouldContain("base=7d");
        tab.ShouldBeClean();
    }

    [Fact]
    public async Task SeriesChart_NewPoint_ArrivesLiveWithoutReload()
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var history = new System.Text.StringBuilder();
        for (int i = 60; i >= 1; i--)
        {
            history.Append(CultureInfo.InvariantCulture, $"dashboard_live,probe=sse value={20 + (i % 3)} {now - (i * 10_000)}\n");
        }

        await demo.Server.WriteAsync(history.ToString());
        await demo.Server.FlushAsync();
        var series = await demo.Server.GetJsonAsync("/api/v1/series?measurement=dashboard_live");
        int id = series[0].GetProperty("id").GetInt32();
        await using var tab = await DashboardPage.OpenAsync(demo.Browser, demo.Server.Address);
        await tab.GoAsync($"/series/{id}?range=1h", "series");
        await tab.Page.WaitForSelectorAsync(".live-state[data-state=on]");
        await tab.Page.EvaluateAsync("window.__sameDocument = true");

        await demo.Server.WriteAsync($"dashboard_live,probe=sse value=42 {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}\n");

        await tab.Page.WaitForFunctionAsync("Number(document.querySelector('main').dataset.live ?? 0) >= 1", null, new() { Timeout = 15_000 });
        (await tab.Page.EvaluateAsync<bool>("window.__sameDocument === true")).ShouldBeTrue("the page was not reloaded");
        tab.ShouldBeClean();
    }

    /// <summary>
    /// The first labelled anomaly of the demo's stored past that the server found (at severity 0.5 or more): the label,
    /// a series it covers and a finding of that series overlapping it.
    /// </summary>
    private async Task<(ScenarioLabel Label, int SeriesId, JsonElement Finding)> DetectedLabelAsync()
    {
        var scenario = DemoScenario.Load(demo.Server.DataDirectory);
        var catalog = await demo.Server.GetJsonAsync("/api/v1/series?measurement=machine");
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (var label in scenario.Labels.Where(l => l.EndMs < now - 3_600_000 && !l.IsNormalEvent))
        {
            foreach (var series in scenario.Series.Where(s => label.Covers(s)))
            {
                int id = catalog.EnumerateArray().First(s => s.GetProperty("key").GetString() == series.Key.ToString()).GetProperty("id").GetInt32();
                var found = await demo.Server.GetJsonAsync($"/api/v1/findings?series={id}&from={label.StartMs - 60_000}&to={label.EndMs + 60_000}&minSeverity=0.5");
                if (found.GetArrayLength() > 0)
                {
                    return (label, id, found[0]);
                }
            }
        }

        throw new InvalidOperationException(
            $"no labelled anomaly of the demo has a finding of severity 0.5 or more; labels before now: "
            + string.Join(", ", scenario.Labels.Where(l => l.EndMs < now).Select(l => $"{l.Kind} {l.Group} {l.Field} {l.StartMs}")));
    }

    /// <summary>A time in [from, before − 30 min) at least 15 minutes from any finding of the series.</summary>
    private async Task<long> QuietTimeAsync(int seriesId, long from, long before)
    {
        var findings = await demo.Server.GetJsonAsync($"/api/v1/findings?series={seriesId}&from={from}&to={before}");
        for (long t = before - 1_800_000; t > from; t -= 300_000)
        {
            bool near = findings.EnumerateArray().Any(f =>
                f.GetProperty("start").GetDateTimeOffset().ToUnixTimeMilliseconds() - 900_000 < t
                && f.GetProperty("end").GetDateTimeOffset().ToUnixTimeMilliseconds() + 900_000 > t);
            if (!near)
            {
                return t;
            }
        }

        throw new InvalidOperationException($"series {seriesId} has no quiet stretch before {before}");
    }

    private static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
}
