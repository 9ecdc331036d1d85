using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Nunchi.Dashboard.Tests;

/// <summary>
/// Measures, in headless Chromium against a real server, how long the overview of 1,000 series and the chart of a
/// 1,000,000-point series take to draw. The figures are printed and written to artifacts/performance.txt; they are
/// reported, not asserted (a timed assertion on a shared machine only measures the neighbours).
/// </summary>
public sealed class PerformanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int SeriesCount = 1000;
    private const int PointsPerSeries = 1440;      // a day at one a minute
    private const int BigSeriesPoints = 1_000_000; // 11.6 days at one a second
    private const int Runs = 3;

    private readonly StringBuilder _report = new();
    private ServerWithBrowser _site = null!;

    private NunchiProcess Server => _site.Server;

    public async Task InitializeAsync() => _site = await ServerWithBrowser.StartAsync(demo: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Overview1000SeriesAndChart1MPoints_Measured()
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000 * 1000;
        var ingest = Stopwatch.StartNew();
        await WriteFleetAsync(now);
        await WriteBigSeriesAsync(now);
        await Server.FlushAsync();
        Report($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()} (1, 5, 15 min) at the start");
        Report($"setup: {SeriesCount} series x {PointsPerSeries} points + 1 series x {BigSeriesPoints:N0} points written and analysed in {ingest.Elapsed.TotalSeconds:0.0} s");
        int big = (await Server.GetJsonAsync("/api/v1/series?measurement=bigseries"))[0].GetProperty("id").GetInt32();
        long bigFrom = now - ((BigSeriesPoints - 1) * 1000L);
        string bigRoute = $"/series/{big}?from={bigFrom}&to={now + 1}";

        await MeasureApiAsync("GET /api/v1/overview (1,001 series, 24 h, 160 buckets)", "/api/v1/overview?from=-24h&buckets=160&lang=en");
        await MeasureApiAsync("GET /points of the 1M-point series (1,300 buckets)", $"/api/v1/series/{big}/points?from={bigFrom}&to={now + 1}&maxPoints=1300");
        await MeasureApiAsync("GET /band of the 1M-point series (1,300 buckets, 1M points replayed)", $"/api/v1/series/{big}/band?from={bigFrom}&to={now + 1}&maxPoints=1300");

        await using var tab = await DashboardPage.OpenAsync(_site.Browser, Server.Address);
        var load = new List<double>();
        for (int run = 0; run < Runs; run++)
        {
            await tab.Page.GotoAsync("about:blank");
            await tab.GoAsync($"/?range=24h&run={run}", "overview");
            load.Add(await MarkAsync(tab, "nunchi:overview:drawn"));
        }

        // The fleet and the big series.
        (await tab.Page.Locator("a.row").CountAsync()).ShouldBe(SeriesCount + 1);
        (await tab.Page.Locator("canvas.spark").CountAsync()).ShouldBe(SeriesCount + 1);
        await tab.ScreenshotAsync("performance-overview-1000.png");
        var change = new List<double>();
        for (int run = 0; run < Runs; run++)
        {
            await tab.Page.EvaluateAsync($"location.hash = '#/?range=24h&again={run}'");
            await tab.WaitReadyAsync("overview");
            change.Add(await SinceRouteAsync(tab, "nunchi:overview:drawn"));
        }

        Report($"overview of {SeriesCount + 1:N0} series, page load (navigation start → all rows in the page, the sparklines on screen drawn): {Figures(load)}");
        Report($"overview of {SeriesCount + 1:N0} series, route change (hash change → rows in, visible sparklines drawn): {Figures(change)}");

        var chartLoad = new List<double>();
        var chartChange = new List<double>();
        var bandChange = new List<double>();
        for (int run = 0; run < Runs; run++)
        {
            await tab.Page.GotoAsync("about:blank");
            await tab.GoAsync($"{bigRoute}&run={run}", "series");
            chartLoad.Add(await MarkAsync(tab, "nunchi:series:drawn"));
        }

        string resolution = await tab.Page.Locator(".resolution").InnerTextAsync();
        resolution.ShouldContain("1,000,000 points");
        for (int run = 0; run < Runs; run++)
        {
            await tab.Page.EvaluateAsync($"location.hash = '#{bigRoute}&again={run}'");
            await tab.WaitReadyAsync("series");
            chartChange.Add(await SinceRouteAsync(tab, "nunchi:series:drawn"));
            await tab.Page.WaitForSelectorAsync("main[data-band=ready]", new() { Timeout = 60_000 });
            bandChange.Add(await SinceRouteAsync(tab, "nunchi:series:band"));
        }

        await tab.ScreenshotAsync("performance-series-1m.png");
        Report($"chart of the {BigSeriesPoints:N0}-point series, page load (navigation start → values drawn): {Figures(chartLoad)}");
        Report($"chart of the {BigSeriesPoints:N0}-point series, route change (hash change → values drawn): {Figures(chartChange)}");
        Report($"chart of the {BigSeriesPoints:N0}-point series, route change → expected band drawn: {Figures(bandChange)}");
        Report($"({resolution})");
        Report($"load average {LoadAverage()} at the end");
        await File.WriteAllTextAsync(Artifacts.PathOf("performance.txt"), _report.ToString());
        tab.ShouldBeClean();
    }

    private async Task WriteFleetAsync(long now)
    {
        // Time-major, as live sensors arrive: every series at one minute, then the next minute.
        var random = new Random(7);
        var lines = new StringBuilder();
        long first = now - ((PointsPerSeries - 1) * 60_000L);
        for (int minute = 0; minute < PointsPerSeries; minute++)
        {
            long t = first + (minute * 60_000L);
            for (int s = 0; s < SeriesCount; s++)
            {
                double value = 50 + (20 * Math.Sin((minute + (s * 7)) / 120.0)) + (random.NextDouble() * 2);
                lines.Append(CultureInfo.InvariantCulture, $"fleet,host=h{s:0000},rack=r{s / 40:00} load={value:0.00} {t}\n");
            }

            if (lines.Length > 4_000_000)
            {
                await Server.WriteAsync(lines.ToString());
                lines.Clear();
            }
        }

        await Server.WriteAsync(lines.ToString());
    }

    private async Task WriteBigSeriesAsync(long now)
    {
        var random = new Random(11);
        var lines = new StringBuilder();
        long first = now - ((BigSeriesPoints - 1) * 1000L);
        for (int i = 0; i < BigSeriesPoints; i++)
        {
            double value = 100 + (10 * Math.Sin(i / 43_200.0 * Math.PI)) + (random.NextDouble() * 3);
            lines.Append(CultureInfo.InvariantCulture, $"bigseries,site=plant-a value={value:0.00} {first + (i * 1000L)}\n");
            if (lines.Length > 4_000_000)
            {
                await Server.WriteAsync(lines.ToString());
                lines.Clear();
            }
        }

        await Server.WriteAsync(lines.ToString());
    }

    private async Task MeasureApiAsync(string what, string path)
    {
        var times = new List<double>();
        long bytes = 0;
        for (int run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
            byte[] body = await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
            response.IsSuccessStatusCode.ShouldBeTrue($"{path}: {Encoding.UTF8.GetString(body)}");
            bytes = body.Length;
        }

        Report($"{what}: {Figures(times)}, {bytes / 1024.0:0} KiB");
    }

    /// <summary>When a mark was set, in ms since the page's navigation started.</summary>
    private static async Task<double> MarkAsync(DashboardPage tab, string name) =>
        await tab.Page.EvaluateAsync<double>($"performance.getEntriesByName('{name}')[0].startTime");

    /// <summary>Time from the router's mark to a view's mark, in ms.</summary>
    private static async Task<double> SinceRouteAsync(DashboardPage tab, string name) =>
        await tab.Page.EvaluateAsync<double>($"performance.getEntriesByName('{name}')[0].startTime - performance.getEntriesByName('nunchi:route')[0].startTime");

    private static string Figures(List<double> ms)
    {
        var sorted = ms.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"median {sorted[sorted.Count / 2]:0} ms (runs: {string.Join(", ", ms.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))} ms)");
    }

    /// <summary>The machine's load while measuring: other builds on a shared machine slow every figure.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private void Report(string line)
    {
        output.WriteLine(line);
        _report.AppendLine(line);
    }
}
