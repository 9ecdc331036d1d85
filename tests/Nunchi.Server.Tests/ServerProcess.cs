using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Nunchi.Server.Tests;

/// <summary>The server executable run as its own process on a free loopback port, to be killed with SIGKILL.</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        int port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ServerDll(), "--urls", $"http://127.0.0.1:{port}", "--data", dataDirectory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {process.ExitCode} while starting");
            }

            try
            {
                using var ready = await probe.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return new ServerProcess(process, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Recovering.
            }

            await Task.Delay(50);
        }

        process.Kill();
        throw new TimeoutException("the server did not become ready within 60 s");
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or power cut of the process.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    /// <summary>The server built beside these tests (same configuration).</summary>
    private static string ServerDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nunchi.slnx")))
        {
            directory = directory.Parent;
        }

        string configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        string path = Path.Combine(directory!.FullName, "src", "Nunchi.Server", "bin", configuration, "net10.0", "Nunchi.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the solution first", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
