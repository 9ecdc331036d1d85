using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Nunchi.Core.Series;
using Nunchi.Storage;
using Nunchi.Storage.Points;

namespace Nunchi.Bench;

/// <summary>
/// Durable append throughput of <see cref="EmbeddedPointStore"/>: 4 concurrent appenders of 5,000-point batches over
/// 10,000 series, fsync on, data under /var/tmp (a real disk, not tmpfs). Results read as time per point.
/// </summary>
/// <remarks>
/// Every invocation appends 50 batches per appender (1,000,000 points), with timestamps moved on each time so that
/// heads fill and seal as in production. The cleanup prints points/s, fsyncs/s and the memory of the heads.
/// Run: <c>dotnet run -c Release --project bench/Nunchi.Bench -- --filter '*PointStore*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class PointStoreBenchmarks
{
    private const int Appenders = 4;
    private const int BatchPoints = 5_000;
    private const int BatchesPerAppender = 50;
    private const int SeriesCount = 10_000;
    private const long Start = 1_704_067_200_000;

    private readonly StoredPoint[][] _batches = new StoredPoint[Appenders][];
    private readonly Stopwatch _clock = new();
    private EmbeddedPointStore _store = null!;
    private string _directory = null!;
    private long _round;
    private long _commitsAtStart;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine("/var/tmp", "nunchi-bench-" + Guid.NewGuid().ToString("N"));
        _store = EmbeddedPointStore.Open(new StoreOptions { DataDirectory = _directory, Fsync = true }, new FixedCatalog());

        // The engine would release the log behind its checkpoints; here nothing needs it.
        _store.ReleaseLogBefore(long.MaxValue);
        for (var a = 0; a < Appenders; a++)
        {
            _batches[a] = new StoredPoint[BatchPoints];
        }

        _commitsAtStart = _store.Statistics().Commits;
    }

    [Benchmark(OperationsPerInvoke = Appenders * BatchPoints * BatchesPerAppender)]
    public async Task AppendDurable()
    {
        _clock.Start();
        var tasks = new Task[Appenders];
        for (var a = 0; a < Appenders; a++)
        {
            tasks[a] = Append(a);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        _clock.Stop();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var stats = _store.Statistics();
        var seconds = _clock.Elapsed.TotalSeconds;
        var (headBytes, series, blocks) = _store.MemoryFootprint();
        Console.WriteLine(
            $"// PointStore: {stats.Points:N0} points in {seconds:F2} s = {stats.Points / seconds:N0} points/s durable; "
            + $"{stats.Commits - _commitsAtStart:N0} fsyncs = {(stats.Commits - _commitsAtStart) / seconds:N0} fsyncs/s; "
            + $"{(double)stats.Points / Math.Max(1, stats.Commits - _commitsAtStart):N0} points per fsync; "
            + $"heads {headBytes / (double)series:N0} bytes/series over {series:N0} series; {blocks:N0} blocks; "
            + $"log {stats.LogBytes / 1e6:N1} MB, blocks {stats.BlockBytes / 1e6:N1} MB");
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task Append(int appender)
    {
        var batch = _batches[appender];
        for (var b = 0; b < BatchesPerAppender; b++)
        {
            // Each batch covers half the series once; the four appenders together cover each series twice a round.
            var ts = Start + (Interlocked.Increment(ref _round) * 1_000);
            for (var i = 0; i < BatchPoints; i++)
            {
                var series = 1 + (((appender * BatchPoints) + i) % SeriesCount);
                batch[i] = new StoredPoint(series, ts, Math.Sin(ts + i));
            }

            await _store.AppendAsync(batch).ConfigureAwait(false);
        }
    }

    /// <summary>A catalog of 10,000 fixed series; the store asks it only for counts and retention.</summary>
    private sealed class FixedCatalog : ISeriesCatalog
    {
        public int Count => SeriesCount;

        public CatalogStatus GetOrAdd(SeriesKey key, out int id) => throw new NotSupportedException();

        public SeriesEntry? ById(int id) => null;

        public void EnsureDurable()
        {
        }

        public SeriesEntry? Find(SeriesKey key) => null;

        public IReadOnlyList<SeriesEntry> All() => [];

        public void SetUnit(int id, string? unit)
        {
        }

        public void AddAliases(int id, IEnumerable<string> aliases)
        {
        }

        public bool RemoveAlias(int id, string name) => false;

        public void SetRetention(int id, long? retentionMs)
        {
        }
    }
}
