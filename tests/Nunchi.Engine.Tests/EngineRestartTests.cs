using Nunchi.Core.Series;
using Nunchi.Storage;

namespace Nunchi.Engine.Tests;

public sealed class EngineRestartTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "nunchi-engine-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_MidStream_FindingsAsAnUninterruptedRun()
    {
        var points = Shifted(12_000, shiftAt: 9_000);

        var uninterrupted = await RunAsync(Path.Combine(_root, "a"), [points]);
        var restarted = await RunAsync(Path.Combine(_root, "b"), [points[..2_500], points[2_500..9_100], points[9_100..]]);

        uninterrupted.Count.ShouldBeGreaterThan(0);
        restarted.ShouldBe(uninterrupted);
    }

    [Fact]
    public async Task Restart_DamagedCheckpoint_StartsAndThatSeriesLearnsAfresh()
    {
        string directory = Path.Combine(_root, "c");
        await RunAsync(directory, [Shifted(1_000, shiftAt: 2_000)]);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(directory, "nunchi.db")};Pooling=False"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE checkpoints SET state = x'01deadbeef';";
            damage.ExecuteNonQuery().ShouldBe(1);
        }

        await using var embedded = await EmbeddedEngine.OpenAsync(new StoreOptions { DataDirectory = directory });

        embedded.Engine.Metrics.DamagedCheckpoints.ShouldBe(1);
        embedded.Engine.Points.Extent(1).Count.ShouldBe(1_000);
    }

    [Fact]
    public void Admission_PendingOverTheLimit_RefusesButNeverABatchAlone()
    {
        var metrics = new EngineMetrics();

        metrics.TryAdmit(5_000, limit: 1_000).ShouldBeTrue(); // Nothing waits: a big batch still goes in.
        metrics.TryAdmit(10, limit: 1_000).ShouldBeFalse();
        metrics.Release(5_000);
        metrics.TryAdmit(10, limit: 1_000).ShouldBeTrue();

        metrics.RequestsRefused.ShouldBe(1);
        metrics.PendingPoints.ShouldBe(10);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Feeds the parts, each in a fresh engine over the same directory; returns the findings as text.</summary>
    private static async Task<List<string>> RunAsync(string directory, double[][] parts)
    {
        var key = new SeriesKey("plant", [new("machine", "m1")], "temperature");
        long offset = 0;
        foreach (var part in parts)
        {
            await using var embedded = await EmbeddedEngine.OpenAsync(new StoreOptions { DataDirectory = directory });
            var engine = embedded.Engine;
            engine.Catalog.GetOrAdd(key, out int id);
            var batch = new StoredPoint[part.Length];
            for (int i = 0; i < part.Length; i++)
            {
                batch[i] = new StoredPoint(id, 1_763_600_000_000 + ((offset + i) * 60_000), part[i]);
            }

            // In batches, as clients send them.
            for (int start = 0; start < batch.Length; start += 500)
            {
                (await engine.IngestAsync(batch.AsMemory(start, Math.Min(500, batch.Length - start)))).ShouldBe(IngestStatus.Accepted);
            }

            offset += part.Length;
            await engine.WhenAnalysedAsync();
        }

        await using var last = await EmbeddedEngine.OpenAsync(new StoreOptions { DataDirectory = directory });
        return [.. last.Engine.Findings.Query(new FindingQuery())
            .Select(f => $"{f.Finding.Kind} {f.Finding.StartMs} {f.Finding.EndMs} {f.Finding.PeakMs} {f.Finding.Severity:R} {f.Finding.IsOpen}")
            .Order(StringComparer.Ordinal)];
    }

    private static double[] Shifted(int count, int shiftAt)
    {
        var random = new Random(7);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = Math.Round(50 + (random.NextDouble() - 0.5) + (i >= shiftAt ? 6 : 0), 2);
        }

        return values;
    }
}
