using System.Diagnostics;
using Nunchi.Core.Series;
using Xunit.Abstractions;

namespace Nunchi.Storage.Tests.Sqlite;

/// <summary>How long the engine's largest commit takes; prints figures, asserts only the outcome.</summary>
public sealed class FindingStoreCommitTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Commit_ThousandFindingsAndTenThousandSixteenKibCheckpoints_PrintsItsDuration()
    {
        // Arrange: 10,000 series, the largest analyzer state is ~16 KiB, fsync on as in production.
        using var temp = new TempDataDirectory();
        // The series are set up without fsync (10,000 separate catalog commits); the commit below runs with it.
        using (var setup = Storage.Sqlite.SqliteDatabase.Open(new StoreOptions { DataDirectory = temp.Path, Fsync = false }))
        {
            for (var i = 0; i < 10_000; i++)
            {
                setup.Catalog.GetOrAdd(new SeriesKey("sensor", [new("id", $"{i}")], "value"), out _);
            }
        }

        using var database = temp.Open();

        var random = new Random(7);
        var findings = Enumerable.Range(0, 1000).Select(i => new SeriesFinding(i * 10 + 1, SampleFindings.Spike(1, i * 60_000L))).ToArray();
        AnalyzerCheckpoint[] Checkpoints(long lsn) => [.. Enumerable.Range(1, 10_000).Select(id =>
        {
            var state = new byte[16 * 1024];
            random.NextBytes(state);
            return new AnalyzerCheckpoint(id, lsn, state);
        })];
        var first = Checkpoints(100);
        var second = Checkpoints(200);

        // Act
        var clock = Stopwatch.StartNew();
        var changed = database.Findings.Commit(findings, first);
        var firstMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var replayed = database.Findings.Commit(findings, second);
        var secondMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var loaded = database.Findings.LoadCheckpoints();
        var loadMs = clock.Elapsed.TotalMilliseconds;

        // Assert
        output.WriteLine($"first commit (1,000 new findings, 10,000 × 16 KiB checkpoints inserted): {firstMs:F0} ms");
        output.WriteLine($"second commit (same findings, 10,000 checkpoints replaced): {secondMs:F0} ms");
        output.WriteLine($"load 10,000 checkpoints: {loadMs:F0} ms");
        changed.Count.ShouldBe(1000);
        replayed.ShouldBeEmpty();
        loaded.Count.ShouldBe(10_000);
        loaded[^1].State.ShouldBe(second[^1].State);
    }

    [Fact]
    public void GetOrAdd_NewSeriesWithFsync_PrintsTheCostOfEach()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            database.Catalog.GetOrAdd(new SeriesKey("sensor", [new("id", $"{i}")], "value"), out _).ShouldBe(CatalogStatus.Created);
        }

        output.WriteLine($"new series, one durable commit each: {clock.Elapsed.TotalMilliseconds / 200:F2} ms per series");
    }
}
