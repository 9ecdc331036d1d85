using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Nunchi.Server.Tests;

/// <summary>
/// Kills the server process with SIGKILL at random moments during sustained ingest, 20 times, and checks that every
/// acknowledged point survives and that the findings are exactly those of an uninterrupted run.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Machines = 4;
    private const int PointsPerMachine = 20_000;
    private const int PointsPerBatch = 10; // per machine: 2,000 batches, sent one at a time
    private const int Kills = 20;

    [Fact]
    public async Task KillNine_TwentyTimesDuringIngest_NoAcknowledgedPointLostAndFindingsAsUninterrupted()
    {
        var batches = Batches();
        string crashed = TempDirectory();
        string reference = TempDirectory();
        var environment = new Dictionary<string, string> { ["Nunchi__CheckpointSeconds"] = "0.3" };
        try
        {
            var random = new Random(20261122);
            int next = 0;
            int kills = 0;
            long acknowledged = 0;
            while (next < batches.Count)
            {
                using var server = await ServerProcess.StartAsync(crashed, environment);
                using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
                var killAt = kills < Kills ? TimeSpan.FromMilliseconds(random.Next(50, 400)) : TimeSpan.MaxValue;
                using var killer = new CancellationTokenSource();
                var killing = kills < Kills
                    ? Task.Delay(killAt, killer.Token).ContinueWith(_ => server.KillHard(), TaskScheduler.Default)
                    : Task.CompletedTask;
                while (next < batches.Count)
                {
                    try
                    {
                        using var content = new StringContent(batches[next], Encoding.UTF8);
                        using var response = await client.PostAsync(new Uri("/write?db=t&precision=s", UriKind.Relative), content);
                        if (!response.IsSuccessStatusCode)
                        {
                            throw new HttpRequestException($"HTTP {(int)response.StatusCode}");
                        }

                        acknowledged += Machines * PointsPerBatch;
                        next++;

                        // Sustained but paced, so the 20 kills land during ingest rather than after it.
                        await Task.Delay(3);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        // Killed mid-request: this batch may or may not be stored; it is sent again after the restart.
                        break;
                    }
                }

                await killer.CancelAsync();
                await killing.ContinueWith(_ => { }, TaskScheduler.Default);
                if (kills < Kills)
                {
                    kills++;
                }
            }

            output.WriteLine($"{kills} kills, {acknowledged} points acknowledged");
            kills.ShouldBe(Kills);
            var afterCrashes = await SettledStateAsync(crashed, environment, write: null);
            var uninterrupted = await SettledStateAsync(reference, environment, write: batches);

            for (int m = 0; m < Machines; m++)
            {
                afterCrashes.Points[m].Count.ShouldBe(PointsPerMachine, $"machine m{m}: every acknowledged point is stored, once");
                afterCrashes.Points[m].ShouldBe(uninterrupted.Points[m]);
            }

            afterCrashes.Findings.Count.ShouldBeGreaterThan(0);
            afterCrashes.Findings.ShouldBe(uninterrupted.Findings);
        }
        finally
        {
            Directory.Delete(crashed, recursive: true);
            Directory.Delete(reference, recursive: true);
        }
    }

    /// <summary>Starts a server on the directory (optionally writing batches), waits until settled, reads points and findings.</summary>
    private static async Task<(List<string>[] Points, List<string> Findings)> SettledStateAsync(string directory, Dictionary<string, string> environment, List<string>? write)
    {
        using var server = await ServerProcess.StartAsync(directory, environment);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        foreach (string batch in write ?? [])
        {
            using var content = new StringContent(batch, Encoding.UTF8);
            (await client.PostAsync(new Uri("/write?db=t&precision=s", UriKind.Relative), content)).EnsureSuccessStatusCode();
        }

        (await client.PostAsync(new Uri("/internal/flush", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var points = new List<string>[Machines];
        var series = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/series", UriKind.Relative))).RootElement;
        foreach (var entry in series.EnumerateArray())
        {
            int machine = int.Parse(entry.GetProperty("tags").GetProperty("machine").GetString()![1..], CultureInfo.InvariantCulture);
            long from = LineProtocolData.StartSeconds * 1000;
            var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(
                $"/api/v1/series/{entry.GetProperty("id").GetInt32()}/points?from={from}&to={from + (PointsPerMachine * 10_000L)}&maxPoints={PointsPerMachine}",
                UriKind.Relative))).RootElement;
            points[machine] = [.. json.GetProperty("points").EnumerateArray().Select(p => $"{p.GetProperty("t").GetInt64()}={p.GetProperty("last").GetDouble()}")];
        }

        var findings = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/findings?limit=10000", UriKind.Relative))).RootElement;
        var list = findings.EnumerateArray()
            .Select(f => $"{f.GetProperty("seriesKey").GetString()} {f.GetProperty("kind").GetString()} {f.GetProperty("start")} {f.GetProperty("end")} {f.GetProperty("peak")} {f.GetProperty("severity").GetDouble():R} open={f.GetProperty("isOpen").GetBoolean()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        return (points, list);
    }

    /// <summary>Batches of line protocol in time order across machines, with a few spikes and a level shift to find.</summary>
    private static List<string> Batches()
    {
        var batches = new List<string>();
        for (int first = 0; first < PointsPerMachine; first += PointsPerBatch)
        {
            var text = new StringBuilder();
            for (int m = 0; m < Machines; m++)
            {
                int? spike = m switch { 0 => 1500, 1 => 7500, 2 => 15500, _ => null };
                int? shift = m switch { 1 => 4000, 3 => 12000, _ => null };
                text.Append(LineProtocolData.Lines($"m{m}", first, PointsPerBatch, spike, shift));
            }

            batches.Add(text.ToString());
        }

        return batches;
    }

    private static string TempDirectory()
    {
        string path = Path.Combine("/var/tmp", "nunchi-crash-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
