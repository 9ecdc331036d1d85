using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

public sealed class CompactionTests : IDisposable
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
    private readonly StoreDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Small sizes, so that a few hundred points make many blocks, several parts per output and many files.
    private static PointStoreTuning Small(bool compaction = true, Action<CompactionStep>? observer = null) => new()
    {
        SealPoints = 16,
        SegmentBytes = 4096,
        BlockFileBytes = 4096,
        Compaction = compaction,
        CompactTargetPoints = 64,
        CompactSmallPoints = 32,
        CompactMinRunBlocks = 4,
        CompactMaxRunPoints = 1024,
        CompactionObserver = observer,
    };

    private static List<StoredPoint> Expected(SortedDictionary<long, double> model, int seriesId)
        => [.. model.Select(kv => new StoredPoint(seriesId, kv.Key, kv.Value))];

    [Fact]
    public async Task Maintenance_SlowSeriesSealedByAge_MergesTheirSmallBlocksInTheBackground()
    {
        // 20 series, one point every 10 s for 6 hours: a seal every 5 minutes leaves 72 blocks of 30 points each.
        var time = new ManualTimeProvider(Start);
        const int series = 20;
        const int ticks = 6 * 360;
        await using var store = _dir.Open(PointStoreTuning.Default, time);
        var startMs = Start.ToUnixTimeMilliseconds();
        for (var t = 0; t < ticks; t++)
        {
            await store.AppendAsync(Enumerable.Range(1, series).Select(id => new StoredPoint(id, startMs + (t * 10_000L), (id * 1_000) + t)).ToArray());
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var (blocks, indexBytes) = store.IndexFootprint();

        // At most one merged block of >= 2,048 points and 7 small ones still waiting per series (unmerged: 72).
        blocks.ShouldBeLessThanOrEqualTo(series * 9);
        indexBytes.ShouldBeLessThan(series * 72 * 56);
        for (var id = 1; id <= series; id++)
        {
            var points = EmbeddedPointStoreTests.ReadAll(store, id);
            points.Select(p => p.TimestampMs).ShouldBe(Enumerable.Range(0, ticks).Select(t => startMs + (t * 10_000L)));
            points.Select(p => p.Value).ShouldBe(Enumerable.Range(0, ticks).Select(t => (double)((id * 1_000) + t)));
            store.Extent(id).ShouldBe(new SeriesExtent(ticks, startMs, startMs + ((ticks - 1) * 10_000L)));
        }

        await store.FlushAsync();

        store.IndexFootprint().Blocks.ShouldBeLessThanOrEqualTo(series * 2);
        EmbeddedPointStoreTests.ReadAll(store, 7).Count.ShouldBe(ticks);
    }

    [Fact]
    public async Task Flush_ManySmallBlocks_LeavesFewBlocksSmallFilesAndEveryPointOnce()
    {
        var model = await BuildSmallBlocks(compaction: false);
        var before = Directory.GetFiles(Path.Combine(_dir.Path, "blocks")).Sum(f => new FileInfo(f).Length);

        await using var store = _dir.Open(Small());
        var blocksBefore = store.IndexFootprint().Blocks;
        await store.FlushAsync();

        var blocksAfter = store.IndexFootprint().Blocks;
        blocksAfter.ShouldBeLessThan(blocksBefore / 3);
        for (var id = 1; id <= 3; id++)
        {
            EmbeddedPointStoreTests.ReadAll(store, id).ShouldBe(Expected(model[id], id));
            store.Extent(id).Count.ShouldBe(model[id].Count);
        }

        // Dead inputs are gone from the disk: fewer headers, no duplicate copies of overwritten points.
        store.Statistics().BlockBytes.ShouldBeLessThan(before);
        await store.DisposeAsync();
        await using var reopened = _dir.Open(Small());
        reopened.IndexFootprint().Blocks.ShouldBe(blocksAfter);
        for (var id = 1; id <= 3; id++)
        {
            EmbeddedPointStoreTests.ReadAll(reopened, id).ShouldBe(Expected(model[id], id));
            reopened.Extent(id).Count.ShouldBe(model[id].Count);
        }
    }

    [Fact]
    public async Task Flush_LatePointsOverlappingSealedBlocks_AreMergedAndExtentCountsEachTimestampOnce()
    {
        await using var store = _dir.Open(Small());
        var model = new SortedDictionary<long, double>();
        var first = Enumerable.Range(0, 200).Select(i => new StoredPoint(1, i * 10L, i)).ToArray();
        await store.AppendAsync(first);
        await store.FlushAsync();
        var late = Enumerable.Range(0, 50).Select(i => new StoredPoint(1, (i * 40L) + 5, -i)).Concat(
            Enumerable.Range(0, 20).Select(i => new StoredPoint(1, i * 100L, 1_000 + i))).ToArray();
        await store.AppendAsync(late);
        foreach (var p in first.Concat(late))
        {
            model[p.TimestampMs] = p.Value;
        }

        await store.FlushAsync();

        EmbeddedPointStoreTests.ReadAll(store, 1).ShouldBe(Expected(model, 1));
        store.Extent(1).ShouldBe(new SeriesExtent(model.Count, 0, 1_990));
    }

    [Fact]
    public async Task Compaction_CrashAtEveryStep_ReopenLosesAndDuplicatesNothing()
    {
        var model = await BuildSmallBlocks(compaction: false);
        var snapshots = new List<(CompactionStep Step, string Path)>();
        var store = _dir.Open(Small(observer: step => snapshots.Add((step, _dir.Snapshot()))), fsync: true);
        await store.FlushAsync();
        await store.DisposeAsync();

        snapshots.Select(s => s.Step).Distinct().Count().ShouldBe(Enum.GetValues<CompactionStep>().Length);
        foreach (var (step, path) in snapshots)
        {
            // Verified on a copy: verifying compacts, and the torn cases below start from the pristine snapshot.
            var copy = path + "-verify";
            CopyDirectory(path, copy);
            await VerifyCopy(copy, model, $"crash after {step}");
        }

        // A torn write of merged blocks or of copies: the copy taken just after it, cut at many points of its last file.
        foreach (var written in snapshots.Where(s => s.Step is CompactionStep.OutputWritten or CompactionStep.CopiesWritten).Take(4).Select(s => s.Path))
        {
            await VerifyTornTails(written, model);
        }
    }

    [Fact]
    public async Task Flush_LateBlockSealedWhileReplayingTheLog_MergesTheSeriesOnceAndKeepsEveryPoint()
    {
        // 1. Four blocks in time order, then 12 late points left in the head (and the log) when the store closes.
        var model = new SortedDictionary<long, double>();
        await using (var store = _dir.Open(Small(compaction: false)))
        {
            var inOrder = Enumerable.Range(0, 64).Select(i => new StoredPoint(1, i * 10L, i)).ToArray();
            await store.AppendAsync(inOrder);
            await store.FlushAsync();
            var late = Enumerable.Range(0, 12).Select(i => new StoredPoint(1, (i * 50L) + 5, -i)).ToArray();
            await store.AppendAsync(late);
            foreach (var p in inOrder.Concat(late))
            {
                model[p.TimestampMs] = p.Value;
            }
        }

        // 2. A smaller seal size makes the replay seal a late block, which queues the series for compaction before
        // the open looks at every series (a block lost to a torn tail, re-sealed from the log, does the same).
        var tuning = new PointStoreTuning
        {
            SealPoints = 8,
            SegmentBytes = 4096,
            BlockFileBytes = 4096,
            CompactTargetPoints = 64,
            CompactSmallPoints = 32,
            CompactMinRunBlocks = 4,
            CompactMaxRunPoints = 1024,
        };
        await using (var reopened = _dir.Open(tuning))
        {
            await reopened.FlushAsync();

            EmbeddedPointStoreTests.ReadAll(reopened, 1).ShouldBe(Expected(model, 1));
            reopened.Extent(1).Count.ShouldBe(model.Count);
            reopened.CompactionFailures.ShouldBe(0);
            reopened.CompactionRunsSkipped.ShouldBe(0);
            reopened.IndexFootprint().Blocks.ShouldBeLessThanOrEqualTo(2);
        }

        await using var again = _dir.Open(tuning);
        EmbeddedPointStoreTests.ReadAll(again, 1).ShouldBe(Expected(model, 1));
        again.Extent(1).Count.ShouldBe(model.Count);
    }

    [Theory]
    [InlineData(nameof(CompactionStep.OutputWritten))]
    [InlineData(nameof(CompactionStep.IndexSwapped))]
    [InlineData(nameof(CompactionStep.OutputSynced))]
    [InlineData(nameof(CompactionStep.InputsReleased))]
    [InlineData(nameof(CompactionStep.CopiesWritten))]
    [InlineData(nameof(CompactionStep.FileRewritten))]
    public async Task Flush_CompactionThrowsAtAStep_SkipsThatPassAndTheStoreKeepsWorking(string stepName)
    {
        var model = await BuildSmallBlocks(compaction: false);
        var step = Enum.Parse<CompactionStep>(stepName);
        var thrown = 0;
        var store = _dir.Open(Small(observer: s =>
        {
            if (s == step && thrown++ == 0)
            {
                throw new InvalidOperationException("A bug in compaction.");
            }
        }));

        // 1. The flush that hits the bug completes; the pass is counted as failed, nothing is lost or doubled.
        await store.FlushAsync();
        thrown.ShouldBeGreaterThan(0);
        store.CompactionFailures.ShouldBe(1);
        store.LastCompactionError.ShouldBeOfType<InvalidOperationException>();
        for (var id = 1; id <= 3; id++)
        {
            EmbeddedPointStoreTests.ReadAll(store, id).ShouldBe(Expected(model[id], id), "after the failed pass");
            store.Extent(id).Count.ShouldBe(model[id].Count);
        }

        // 2. Appends, later flushes and compactions go on.
        var more = Enumerable.Range(0, 48).Select(i => new StoredPoint(1 + (i % 3), 20_000 + (i * 10L), i)).ToArray();
        await store.AppendAsync(more);
        foreach (var p in more)
        {
            model[p.SeriesId][p.TimestampMs] = p.Value;
        }

        await store.FlushAsync();
        store.CompactionFailures.ShouldBe(1);
        for (var id = 1; id <= 3; id++)
        {
            EmbeddedPointStoreTests.ReadAll(store, id).ShouldBe(Expected(model[id], id), "after the next flush");
            store.Extent(id).Count.ShouldBe(model[id].Count);
        }

        await store.DisposeAsync();
        await using var reopened = _dir.Open(Small());
        for (var id = 1; id <= 3; id++)
        {
            EmbeddedPointStoreTests.ReadAll(reopened, id).ShouldBe(Expected(model[id], id), "reopened");
            reopened.Extent(id).Count.ShouldBe(model[id].Count);
        }
    }

    private async Task VerifyTornTails(string written, Dictionary<int, SortedDictionary<long, double>> model)
    {
        var last = Directory.GetFiles(Path.Combine(written, "blocks"), "*.blk").Order().Last();
        var length = new FileInfo(last).Length;
        for (var cut = 1L; cut < Math.Min(length, 3_000); cut += 97)
        {
            var torn = written + "-torn" + cut;
            CopyDirectory(written, torn);
            using (var f = File.OpenHandle(Path.Combine(torn, "blocks", Path.GetFileName(last)), FileMode.Open, FileAccess.ReadWrite))
            {
                RandomAccess.SetLength(f, length - cut);
            }

            await VerifyCopy(torn, model, $"torn output, {cut} bytes cut");
        }
    }

    [Fact]
    public async Task Compaction_ReadsAtEveryStepAndConcurrently_SeeEveryPointExactlyOnce()
    {
        var model = await BuildSmallBlocks(compaction: false);
        EmbeddedPointStore? store = null;
        var checks = 0;
        void CheckAll(string why)
        {
            for (var id = 1; id <= 3; id++)
            {
                EmbeddedPointStoreTests.ReadAll(store!, id).ShouldBe(Expected(model[id], id), why);
            }
        }

        store = _dir.Open(Small(observer: step =>
        {
            // On the commit thread, mid-compaction: the index must show the inputs or the output, never both or neither.
            CheckAll(step.ToString());
            checks++;
        }));
        await using (store)
        {
            using var stop = new CancellationTokenSource();
            var reader = Task.Run(() =>
            {
                var reads = 0;
                while (!stop.IsCancellationRequested || reads == 0)
                {
                    CheckAll("concurrent read");
                    reads++;
                }

                return reads;
            });

            await store.FlushAsync();
            await stop.CancelAsync();
            (await reader).ShouldBeGreaterThan(0);
            checks.ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Flush_RetentionAndCompaction_ReturnDiskSpace()
    {
        var time = new ManualTimeProvider(Start);
        const long hour = 3_600_000;
        var startMs = Start.ToUnixTimeMilliseconds();
        var tuning = Small();
        await using var store = _dir.Open(tuning, time, retentionMs: 24 * hour);

        // Two days of three series interleaved, so every file holds old and recent blocks of each.
        for (var h = 0; h < 48; h++)
        {
            await store.AppendAsync(Enumerable.Range(0, 30).Select(i => new StoredPoint(1 + (i % 3), startMs + (h * hour) + (i * 60_000L), h)).ToArray());
            await store.FlushAsync();
        }

        var full = store.Statistics().BlockBytes;
        time.Advance(TimeSpan.FromHours(48 + 12));

        await store.FlushAsync();

        // What is left: the last 12 hours of the 48 written, in files rewritten without the expired blocks.
        var kept = EmbeddedPointStoreTests.ReadAll(store, 1);
        kept.Count.ShouldBe(12 * 10);
        kept[0].TimestampMs.ShouldBeGreaterThanOrEqualTo(startMs + (36 * hour));
        store.Statistics().BlockBytes.ShouldBeLessThan(full / 2);
        Directory.GetFiles(Path.Combine(_dir.Path, "blocks")).Sum(f => new FileInfo(f).Length).ShouldBe(store.Statistics().BlockBytes);
    }

    // Three series of 16-point blocks, with late points overwriting older ones; returns what reads must show.
    private async Task<Dictionary<int, SortedDictionary<long, double>>> BuildSmallBlocks(bool compaction)
    {
        var model = Enumerable.Range(1, 3).ToDictionary(id => id, _ => new SortedDictionary<long, double>());
        var random = new Random(7);
        await using var store = _dir.Open(Small(compaction));
        for (var batch = 0; batch < 60; batch++)
        {
            var points = new List<StoredPoint>();
            for (var i = 0; i < 16; i++)
            {
                var id = 1 + ((batch + i) % 3);
                var ts = batch % 10 == 9 ? random.Next(0, batch * 160) : (batch * 160) + (i * 10);
                points.Add(new StoredPoint(id, ts, random.Next(100_000)));
            }

            await store.AppendAsync(points.ToArray());
            foreach (var p in points)
            {
                model[p.SeriesId][p.TimestampMs] = p.Value;
            }

            if (batch % 4 == 3)
            {
                await store.FlushAsync();
            }
        }

        await store.FlushAsync();
        return model;
    }

    private async Task VerifyCopy(string path, Dictionary<int, SortedDictionary<long, double>> model, string why)
    {
        await using (var recovered = _dir.Open(Small(), path: path))
        {
            for (var id = 1; id <= 3; id++)
            {
                EmbeddedPointStoreTests.ReadAll(recovered, id).ShouldBe(Expected(model[id], id), why + ", recovered");
            }

            // Compacting the recovered store (again, or for the first time) changes nothing either.
            await recovered.FlushAsync();
            for (var id = 1; id <= 3; id++)
            {
                EmbeddedPointStoreTests.ReadAll(recovered, id).ShouldBe(Expected(model[id], id), why + ", compacted");
                recovered.Extent(id).Count.ShouldBe(model[id].Count, why);
            }
        }

        await using var again = _dir.Open(Small(), path: path);
        for (var id = 1; id <= 3; id++)
        {
            EmbeddedPointStoreTests.ReadAll(again, id).ShouldBe(Expected(model[id], id), why + ", reopened");
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
