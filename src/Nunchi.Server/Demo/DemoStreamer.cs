using Microsoft.Extensions.Options;
using Nunchi.Core.Scenarios;
using Nunchi.Engine.Ingest;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Demo;

/// <summary>
/// <c>nunchi serve --demo</c>: streams the factory scenario into the store. First the past (the analyzers learn and
/// the injected events after the learning period become findings at once), then live, in step with the clock
/// (faster with <see cref="NunchiServerOptions.DemoSpeed"/>).
/// </summary>
/// <remarks>
/// The timeline is anchored at the first start and kept in the data directory, so a restarted demo continues where
/// it stopped instead of writing the past again.
/// </remarks>
internal sealed partial class DemoStreamer(EngineHost host, IOptions<NunchiServerOptions> options, TimeProvider time, ILogger<DemoStreamer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Demo)
        {
            return;
        }

        while (!host.Ready)
        {
            await Task.Delay(50, stoppingToken).ConfigureAwait(false);
        }

        var anchor = DemoAnchor.LoadOrCreate(host.DataDirectory, time.GetUtcNow().ToUnixTimeMilliseconds(), settings.DemoHistoryDays);
        var scenarioOptions = new ScenarioOptions { FromMs = anchor.FromMs, ToMs = anchor.FromMs + (400L * 86_400_000), Seed = anchor.Seed };
        if (!ScenarioRegistry.TryCreate("factory", scenarioOptions, out var scenario, out string? error))
        {
            LogFailed(error);
            return;
        }

        var feeder = new ScenarioFeeder(host.Engine, scenario);

        // A restarted demo goes on where the last run stopped: what it stored is regenerated (deterministic) but not
        // stored again.
        feeder.SkipUntil(anchor.FedUntilMs);
        long started = time.GetUtcNow().ToUnixTimeMilliseconds();
        long liveFromMs = Math.Max(started, anchor.FedUntilMs);
        var from = DateTimeOffset.FromUnixTimeMilliseconds(anchor.FromMs);
        LogStarting(scenario.Series.Count, from, settings.DemoSpeed);
        long fed = await feeder.FeedUntilAsync(liveFromMs, stoppingToken).ConfigureAwait(false);
        anchor.Save(host.DataDirectory, liveFromMs);
        LogCaughtUp(fed);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250), time);
        long simulated = liveFromMs;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                long now = time.GetUtcNow().ToUnixTimeMilliseconds();
                simulated = liveFromMs + (long)((now - started) * settings.DemoSpeed);
                await feeder.FeedUntilAsync(simulated, stoppingToken).ConfigureAwait(false);
                anchor.Save(host.DataDirectory, simulated);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: streaming the factory ({Series} series) from {From:u}, then live at {Speed}x")]
    private partial void LogStarting(int series, DateTimeOffset from, double speed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Points} points of history stored; now live")]
    private partial void LogCaughtUp(long points);

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo: {Error}")]
    private partial void LogFailed(string? error);
}
