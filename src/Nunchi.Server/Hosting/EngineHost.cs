using Microsoft.Extensions.Options;
using Nunchi.Engine;
using Nunchi.Engine.Questions;
using Nunchi.Storage;

namespace Nunchi.Server.Hosting;

/// <summary>
/// Opens the embedded store and starts the engine before the server listens (recovery and replay happen here), and
/// checkpoints and closes them on shutdown.
/// </summary>
internal sealed partial class EngineHost(IOptions<NunchiServerOptions> options, ConfiguredAliases aliases, ILogger<EngineHost> logger) : IHostedService, IAsyncDisposable
{
    private EmbeddedEngine? _embedded;
    private QuestionAnswerer? _answerer;

    /// <summary>The running engine; throws before start-up finished.</summary>
    public NunchiEngine Engine => _embedded?.Engine ?? throw new InvalidOperationException("The engine is not started yet.");

    /// <summary>Answers questions about the data; throws before start-up finished.</summary>
    public QuestionAnswerer Answerer => _answerer ?? throw new InvalidOperationException("The engine is not started yet.");

    /// <summary>True once recovery and replay are done.</summary>
    public bool Ready => _embedded is not null;

    /// <summary>The data directory in use.</summary>
    public string DataDirectory { get; } = options.Value.ResolvedDataDirectory();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var storeOptions = new StoreOptions
        {
            DataDirectory = DataDirectory,
            MaxSeries = settings.MaxSeries,
            DefaultRetentionMs = settings.RetentionDays > 0 ? (long)(settings.RetentionDays * 86_400_000) : null,
        };
        var engineOptions = new EngineOptions
        {
            MaxPendingPoints = settings.MaxPendingPoints,
            CheckpointInterval = TimeSpan.FromSeconds(settings.CheckpointSeconds),
        };
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        var embedded = await EmbeddedEngine.OpenAsync(storeOptions, engineOptions).ConfigureAwait(false);
        aliases.ApplyToNewSeries(embedded.Engine.Catalog);
        _answerer = new QuestionAnswerer(embedded.Engine);
        _embedded = embedded;
        double seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogStarted(DataDirectory, _embedded.Engine.Catalog.Count, seconds);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        var embedded = Interlocked.Exchange(ref _embedded, null);
        if (embedded is not null)
        {
            await embedded.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data in {Directory}: {Series} series, recovered in {Seconds:0.0} s")]
    private partial void LogStarted(string directory, int series, double seconds);
}
