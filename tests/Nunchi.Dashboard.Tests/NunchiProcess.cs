using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Nunchi.Dashboard.Tests;

/// <summary>
/// <c>nunchi serve</c> (the CLI's build output) as its own process on a free loopback port over a fresh data directory;
/// stopped by its process id and its directory removed on dispose.
/// </summary>
internal sealed class NunchiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NunchiProcess(Process process, Uri address, string dataDirectory)
    {
        _process = process;
        Address = address;
        DataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address { get; }

    public string DataDirectory { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// Starts the server and waits for /readyz; with <paramref name="demo"/>, also for the demo's history to be stored.
    /// <paramref name="environment"/> adds variables (e.g. <c>Nunchi__ReadToken</c>).
    /// </summary>
    public static async Task<NunchiProcess> StartAsync(bool demo, IReadOnlyDictionary<string, string>? environment = null)
    {
        int port = FreePort();
        string data = Path.Combine(Path.GetTempPath(), "nunchi-dashboard-test-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliDll(), "serve", "--urls", $"http://127.0.0.1:{port}", "--data", data },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (demo)
        {
            start.ArgumentList.Add("--demo");
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var server = new NunchiProcess(process, new Uri($"http://127.0.0.1:{port}"), data);
        process.OutputDataReceived += (_, line) => server.OnLine(line.Data);
        process.ErrorDataReceived += (_, line) => server.OnLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitReadyAsync();
            if (demo)
            {
                // The demo logs this line once its three weeks of history are stored and it streams live.
                await server._live.Task.WaitAsync(TimeSpan.FromMinutes(4));
            }
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>GETs JSON from the API; fails with the server's answer when the status is not a success.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        string text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Writes line protocol (millisecond timestamps), waiting out "busy, retry after" answers.</summary>
    public async Task WriteAsync(string lines)
    {
        while (true)
        {
            using var content = new StringContent(lines, Encoding.UTF8, "text/plain");
            using var response = await Client.PostAsync(new Uri("/write?precision=ms", UriKind.Relative), content);
            if ((int)response.StatusCode is 429 or 503)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200));
                continue;
            }

            string text = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue($"POST /write: {(int)response.StatusCode} {text}");
            return;
        }
    }

    /// <summary>Waits until every acknowledged point is analysed and stored.</summary>
    public async Task FlushAsync()
    {
        using var response = await Client.PostAsync(new Uri("/internal/flush", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (line.Contains("now live", StringComparison.Ordinal))
        {
            _live.TrySetResult();
        }
    }

    private async Task WaitReadyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nunchi serve exited with {_process.ExitCode} while starting:\n{Log}");
            }

            try
            {
                using var ready = await probe.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still recovering.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"nunchi serve was not ready within 90 s:\n{Log}");
    }

    /// <summary>The CLI built in the same configuration as these tests.</summary>
    private static string CliDll()
    {
        string path = Path.Combine(Repository.Root, "src", "Nunchi.Cli", "bin", Repository.Configuration, "net10.0", "nunchi.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/Nunchi.Cli first", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
