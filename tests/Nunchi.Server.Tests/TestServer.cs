using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Tests;

/// <summary>A real Nunchi server on a free loopback port over a fresh data directory, for one test.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, string dataDirectory, bool ownsDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        OwnsDirectory = ownsDirectory;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public bool OwnsDirectory { get; set; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestServer> StartAsync(Action<NunchiServerOptions>? configure = null, string? dataDirectory = null)
    {
        bool owns = dataDirectory is null;
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "nunchi-server-test-" + Guid.NewGuid().ToString("N"));
        var app = NunchiServer.Build(["--urls", "http://127.0.0.1:0"], options =>
        {
            options.DataDirectory = dataDirectory;
            configure?.Invoke(options);
        });
        await app.StartAsync();
        return new TestServer(app, dataDirectory, owns);
    }

    public async Task<HttpResponseMessage> WriteAsync(string lines, string path = "/write?db=test")
    {
        using var content = new StringContent(lines, Encoding.UTF8, "text/plain");
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Waits until everything written is analysed and stored.</summary>
    public async Task FlushAsync()
    {
        using var response = await Client.PostAsync(new Uri("/internal/flush", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        string text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body) =>
        await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (OwnsDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
