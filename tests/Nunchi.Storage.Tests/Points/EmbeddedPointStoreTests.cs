using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

public sealed class EmbeddedPointStoreTests : IDisposable
{
    private readonly StoreDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    internal static List<StoredPoint> ReadAll(EmbeddedPointStore store, int seriesId)
    {
        var output = new List<StoredPoint>();
        store.Read(seriesId, long.MinValue, long.MaxValue, output);
        return output;
    }

    private static StoredPoint[] Series(int seriesId, int count, long start = 1_000, long step = 10, double offset = 0)
        => [.. Enumerable.Range(0, count).Select(i => new StoredPoint(seriesId, start + (i * step), offset + i))];

    [Fact]
    public async Task AppendAsync_ThenRead_ReturnsThePointsInTimeOrder()
    {
        await using var store = _dir.Open();
        var points = Series(1, 100);

        var lsn = await store.AppendAsync(points);

        lsn.ShouldBe(1);
        store.DurableLsn.ShouldBe(1);
        ReadAll(store, 1).ShouldBe(points);
        var part = new List<StoredPoint>();
        store.Read(1, 1_100, 1_200, part);
        part.ShouldBe(points[10..20]);
        store.Extent(1).ShouldBe(new SeriesExtent(100, 1_000, 1_990));
        store.Extent(2).ShouldBe(new SeriesExtent(0, 0, 0));
        ReadAll(store, 2).ShouldBeEmpty();
    }

    [Fact]
    public async Task AppendAsync_CatalogFails_FailsThatBatchAndRefusesTheNextWithoutEndingTheProcess()
    {
        var first = Series(1, 10);
        await using (var store = _dir.Open())
        {
            await store.AppendAsync(first);
            _dir.Catalog.EnsureDurableFailure = new InvalidOperationException("SQLite Error 13: 'database or disk is full'.");

            var failure = await Should.ThrowAsync<InvalidOperationException>(store.AppendAsync(Series(1, 10, start: 5_000)).AsTask());
            var refusal = await Should.ThrowAsync<IOException>(store.AppendAsync(Series(1, 10, start: 9_000)).AsTask());

            failure.Message.ShouldContain("disk is full");
            refusal.Message.ShouldContain("failed earlier");
            store.Fault.ShouldBeSameAs(failure);
        }

        _dir.Catalog.EnsureDurableFailure = null;
        await using var reopened = _dir.Open();
        reopened.Fault.ShouldBeNull();
        ReadAll(reopened, 1).ShouldBe(first);
    }

    [Fact]
    public async Task AppendAsync_ManyConcurrentAppenders_EveryPointPresentAndCommittedInLsnOrder()
    {
        await using var store = _dir.Open();
        var committed = new List<(long Lsn, int Count, long FirstTs)>();
        store.Committed += (lsn, points) => committed.Add((lsn, points.Length, points[0].TimestampMs));
        var results = new System.Collections.Concurrent.ConcurrentDictionary<long, long>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(appender => Task.Run(async () =>
        {
            for (var batch = 0; batch < 50; batch++)
            {
                var start = ((appender * 50) + batch) * 1_000L;
                var points = Enumerable.Range(0, 37).Select(i => new StoredPoint(1 + (i % 5), start + i, appender)).ToArray();
                var lsn = await store.AppendAsync(points);
                results[lsn] = start;
            }
        })));

        results.Count.ShouldBe(400);
        committed.Select(c => c.Lsn).ShouldBe(committed.Select(c => c.Lsn).Order().Distinct());
        committed.Count.ShouldBe(400);
        foreach (var (lsn, count, firstTs) in committed)
        {
            results[lsn].ShouldBe(firstTs);
            count.ShouldBe(37);
        }

        Enumerable.Range(1, 5).Sum(id => ReadAll(store, id).Count).ShouldBe(400 * 37);
        store.Statistics().Points.ShouldBe(400 * 37);
        store.Statistics().Commits.ShouldBeLessThanOrEqualTo(400);
    }

    [Fact]
    public async Task Open_AfterDispose_ReadsEverythingAndLsnsContinue()
    {
        var a = Series(1, 100);
        var b = Series(2, 7, start: 50);
        await using (var store = _dir.Open())
        {
            await store.AppendAsync(a);
            await store.AppendAsync(b);
            await store.FlushAsync();
            await store.AppendAsync(Series(1, 5, start: 5_000));
        }

        await using var reopened = _dir.Open();

        ReadAll(reopened, 1).ShouldBe([.. a, .. Series(1, 5, start: 5_000)]);
        ReadAll(reopened, 2).ShouldBe(b);
        reopened.DurableLsn.ShouldBe(3);
        (await reopened.AppendAsync(Series(3, 1))).ShouldBe(4);
    }

    [Fact]
    public async Task Open_AfterReleaseAndFlushTrimmedTheLog_LsnsStillContinue()
    {
        await using (var store = _dir.Open())
        {
            for (var i = 0; i < 50; i++)
            {
                await store.AppendAsync(Series(1, 20, start: i * 1_000));
            }

            store.ReleaseLogBefore(long.MaxValue);
            await store.FlushAsync();
        }

        await using var reopened = _dir.Open();

        reopened.DurableLsn.ShouldBe(50);
        (await reopened.AppendAsync(Series(1, 1, start: 99_999))).ShouldBe(51);
        ReadAll(reopened, 1).Count.ShouldBe(50 * 20 + 1);
    }

    [Fact]
    public async Task Open_CopyOfALiveStore_HasEveryAcknowledgedPoint()
    {
        await using var store = _dir.Open(fsync: true);
        var expected = new List<StoredPoint>();
        for (var i = 0; i < 40; i++)
        {
            var points = Series(1 + (i % 3), 25, start: i * 10_000, offset: i);
            await store.AppendAsync(points);
            expected.AddRange(points);
        }

        // A crash now: the process never disposes; only what reached the files survives.
        var copy = _dir.Snapshot();
        await using var recovered = _dir.Open(path: copy);

        for (var id = 1; id <= 3; id++)
        {
            ReadAll(recovered, id).ShouldBe(expected.Where(p => p.SeriesId == id).OrderBy(p => p.TimestampMs));
        }

        recovered.DurableLsn.ShouldBe(40);
    }

    [Fact]
    public async Task Open_TornLogTail_IgnoresTheTornRecordAndKeepsTheRest()
    {
        await using (var store = _dir.Open(new PointStoreTuning { SealPoints = 1_000 }))
        {
            await store.AppendAsync(Series(1, 10));
            await store.AppendAsync(Series(1, 10, start: 100_000));
        }

        var segment = Directory.GetFiles(Path.Combine(_dir.Path, "wal"), "*.wal").Order().First(f => new FileInfo(f).Length > 0);
        using (var f = File.OpenHandle(segment, FileMode.Open, FileAccess.ReadWrite))
        {
            RandomAccess.SetLength(f, RandomAccess.GetLength(f) - 3);
        }

        await using var reopened = _dir.Open(new PointStoreTuning { SealPoints = 1_000 });

        ReadAll(reopened, 1).ShouldBe(Series(1, 10));
        reopened.DurableLsn.ShouldBe(1);
        (await reopened.AppendAsync(Series(1, 1, start: 7))).ShouldBe(2);
    }

    [Fact]
    public async Task Open_TornBlockFileTail_RecoversThePointsFromTheLog()
    {
        var points = Series(1, 64);
        await using (var store = _dir.Open())
        {
            await store.AppendAsync(points);
            await store.FlushAsync();
        }

        var blockFile = Directory.GetFiles(Path.Combine(_dir.Path, "blocks"), "*.blk").Order().Last();
        using (var f = File.OpenHandle(blockFile, FileMode.Open, FileAccess.ReadWrite))
        {
            RandomAccess.SetLength(f, RandomAccess.GetLength(f) - 5);
        }

        await using var reopened = _dir.Open();

        ReadAll(reopened, 1).ShouldBe(points);
        reopened.Extent(1).Count.ShouldBe(64);
    }

    [Fact]
    public async Task Open_GarbageAtTheEndOfFiles_IsCutAway()
    {
        await using (var store = _dir.Open())
        {
            await store.AppendAsync(Series(1, 40));
            await store.FlushAsync();
        }

        foreach (var file in Directory.GetFiles(_dir.Path, "*.*", SearchOption.AllDirectories))
        {
            await using var f = new FileStream(file, FileMode.Append);
            f.Write(Enumerable.Range(0, 100).Select(i => (byte)(i * 37)).ToArray());
        }

        await using var reopened = _dir.Open();

        ReadAll(reopened, 1).ShouldBe(Series(1, 40));
    }

    [Fact]
    public async Task ReplayLog_VisitsRetainedBatchesInOrder_AndReleaseTrimsOnlyWhatIsSealed()
    {
        await using var store = _dir.Open(new PointStoreTuning { SealPoints = 16, SegmentBytes = 1024 });
        for (var i = 0; i < 30; i++)
        {
            await store.AppendAsync(Series(1 + (i % 2), 10, start: i * 1_000));
        }

        var seen = new List<(long Lsn, long FirstTs)>();
        store.ReplayLog(20, (lsn, points) => seen.Add((lsn, points[0].TimestampMs)));
        seen.ShouldBe(Enumerable.Range(21, 10).Select(l => ((long)l, (l - 1) * 1_000L)));

        // Nothing is released yet: a flush seals every head but keeps the log.
        await store.FlushAsync();
        var all = new List<long>();
        store.ReplayLog(0, (lsn, _) => all.Add(lsn));
        all.ShouldBe(Enumerable.Range(1, 30).Select(l => (long)l));

        store.ReleaseLogBefore(25);
        await store.FlushAsync();
        var kept = new List<long>();
        store.ReplayLog(0, (lsn, _) => kept.Add(lsn));
        kept.ShouldContain(25);
        kept.Count.ShouldBeLessThan(30);
        kept.ShouldBe(Enumerable.Range((int)kept[0], kept.Count).Select(l => (long)l));
        store.Statistics().LogBytes.ShouldBeLessThan(30 * 200);
    }

    [Fact]
    public async Task ReleaseLogBefore_UnsealedHead_KeepsTheLogItNeeds()
    {
        await using var store = _dir.Open(new PointStoreTuning { SealPoints = 1_000, SegmentBytes = 256 });
        await store.AppendAsync(Series(1, 3));
        for (var i = 1; i < 20; i++)
        {
            await store.AppendAsync(Series(2, 10, start: i * 1_000));
        }

        // A flush would seal series 1; maintenance without a flush keeps its young head, so the log must stay.
        store.ReleaseLogBefore(long.MaxValue);
        var replayed = new List<long>();
        store.ReplayLog(0, (lsn, _) => replayed.Add(lsn));

        replayed[0].ShouldBe(1);
    }

    [Fact]
    public async Task Read_OutOfOrderAndDuplicateTimestamps_TimeOrderedLastWriteWins()
    {
        await using var store = _dir.Open();
        await store.AppendAsync(new StoredPoint[] { new(1, 30, 3), new(1, 10, 1), new(1, 20, 2), new(1, 10, 11) });
        await store.AppendAsync(new StoredPoint[] { new(1, 20, 22), new(1, 5, 0.5) });

        ReadAll(store, 1).ShouldBe([new(1, 5, 0.5), new(1, 10, 11), new(1, 20, 22), new(1, 30, 3)]);
    }

    [Fact]
    public async Task Read_LatePointsIntoSealedRanges_MergeWithLastWriteWinning()
    {
        await using var store = _dir.Open();
        var first = Series(1, 64, start: 0, step: 10);
        await store.AppendAsync(first);
        await store.FlushAsync();

        // Overwrite every 4th point and add between points, across several sealed blocks, some still in the head.
        var late = Enumerable.Range(0, 40).Select(i => new StoredPoint(1, i * 15, 1_000 + i)).ToArray();
        await store.AppendAsync(late);

        var expected = new SortedDictionary<long, double>();
        foreach (var p in first.Concat(late))
        {
            expected[p.TimestampMs] = p.Value;
        }

        var actual = ReadAll(store, 1);
        actual.Select(p => (p.TimestampMs, p.Value)).ShouldBe(expected.Select(kv => (kv.Key, kv.Value)));

        await store.FlushAsync();
        ReadAll(store, 1).ShouldBe(actual);
    }

    [Fact]
    public async Task Read_RandomWritesAgainstAModel_Agree()
    {
        var random = new Random(42);
        await using var store = _dir.Open();
        var model = new SortedDictionary<long, double>();
        for (var batch = 0; batch < 60; batch++)
        {
            var points = Enumerable.Range(0, random.Next(1, 40)).Select(_ => new StoredPoint(1, random.Next(0, 500), random.Next(1000))).ToArray();
            await store.AppendAsync(points);
            foreach (var p in points)
            {
                model[p.TimestampMs] = p.Value;
            }

            if (batch % 13 == 0)
            {
                await store.FlushAsync();
            }
        }

        var from = 100L;
        var to = 400L;
        var part = new List<StoredPoint>();
        store.Read(1, from, to, part);

        part.Select(p => (p.TimestampMs, p.Value)).ShouldBe(model.Where(kv => kv.Key >= from && kv.Key < to).Select(kv => (kv.Key, kv.Value)));
    }

    [Theory]
    [InlineData(1_000, 10)]
    [InlineData(1_000, 7)]
    [InlineData(1_000, 1)]
    [InlineData(37, 100)]
    public async Task Downsample_NeverMoreBucketsThanAsked_AndStatisticsRight(int count, int maxBuckets)
    {
        await using var store = _dir.Open();
        var points = Enumerable.Range(0, count).Select(i => new StoredPoint(1, i * 10, Math.Sin(i) * 100)).ToArray();
        await store.AppendAsync(points);

        var buckets = store.Downsample(1, 0, count * 10, maxBuckets);

        buckets.Count.ShouldBeLessThanOrEqualTo(maxBuckets);
        buckets.Sum(b => b.Count).ShouldBe(count);
        foreach (var b in buckets)
        {
            var inside = points.Where(p => p.TimestampMs >= b.StartMs && p.TimestampMs < b.EndMs).ToArray();
            b.Count.ShouldBe(inside.Length);
            b.Min.ShouldBe(inside.Min(p => p.Value));
            b.Max.ShouldBe(inside.Max(p => p.Value));
            b.Mean.ShouldBe(inside.Average(p => p.Value), 1e-9);
            b.First.ShouldBe(inside[0].Value);
            b.Last.ShouldBe(inside[^1].Value);
        }
    }

    [Fact]
    public async Task Downsample_FewerPointsThanBuckets_OneBucketPerPoint()
    {
        await using var store = _dir.Open();
        await store.AppendAsync(Series(1, 5));

        var buckets = store.Downsample(1, 0, 1_000_000, 100);

        buckets.Select(b => (b.StartMs, b.Count, b.Mean)).ShouldBe(Series(1, 5).Select(p => (p.TimestampMs, 1, p.Value)));
    }

    [Fact]
    public async Task Flush_OldBlocksPastRetention_AreDroppedAndEmptyFilesDeleted()
    {
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_000_000_000));
        const long day = 86_400_000;
        await using var store = _dir.Open(new PointStoreTuning { SealPoints = 16, BlockFileBytes = 128 }, time, retentionMs: 2 * day);
        var old = Series(1, 200, start: 1_000_000_000 - day, step: 1_000);
        var recent = Series(1, 20, start: 1_000_000_000 + (3 * day) - 1_000, step: 10);
        await store.AppendAsync(old);
        await store.FlushAsync();
        await store.AppendAsync(recent);
        var blockFilesBefore = Directory.GetFiles(Path.Combine(_dir.Path, "blocks")).Length;

        ReadAll(store, 1).Count.ShouldBe(220);
        time.Advance(TimeSpan.FromDays(3));
        await store.FlushAsync();

        ReadAll(store, 1).ShouldBe(recent);
        store.Extent(1).ShouldBe(new SeriesExtent(20, recent[0].TimestampMs, recent[^1].TimestampMs));
        Directory.GetFiles(Path.Combine(_dir.Path, "blocks")).Length.ShouldBeLessThan(blockFilesBefore);
    }

    [Fact]
    public async Task Flush_CatalogRetentionOfOneSeries_OverridesTheDefault()
    {
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(10_000_000));
        _dir.Catalog.AddSeries(2);
        _dir.Catalog.SetRetention(2, 1_000);
        await using var store = _dir.Open(time: time);
        await store.AppendAsync(Series(1, 20, start: 0));
        await store.AppendAsync(Series(2, 20, start: 0));

        await store.FlushAsync();

        ReadAll(store, 1).Count.ShouldBe(20);
        ReadAll(store, 2).ShouldBeEmpty();
    }

    [Fact]
    public async Task Read_ConcurrentWithAppendsAndSeals_AlwaysSeesWholeSortedPrefixes()
    {
        await using var store = _dir.Open();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested)
            {
                var points = ReadAll(store, 1);
                for (var i = 0; i < points.Count; i++)
                {
                    // Points arrive in time order: a reader sees a prefix, in order, nothing twice, nothing lost.
                    points[i].TimestampMs.ShouldBe(i);
                }

                reads++;
            }

            return reads;
        });

        for (var i = 0; i < 300; i++)
        {
            await store.AppendAsync(Series(1, 10, start: i * 10, step: 1));
        }

        await stop.CancelAsync();
        (await reader).ShouldBeGreaterThan(0);
        ReadAll(store, 1).Count.ShouldBe(3_000);
    }

    [Fact]
    public async Task Statistics_AfterAppends_CountsBytesAndCommits()
    {
        await using var store = _dir.Open();
        await store.AppendAsync(Series(1, 100));
        await store.FlushAsync();

        var stats = store.Statistics();

        stats.Points.ShouldBe(100);
        stats.Commits.ShouldBe(1);
        stats.LogBytes.ShouldBeGreaterThan(0);
        stats.BlockBytes.ShouldBeGreaterThan(0);
        stats.BytesOnDisk.ShouldBeGreaterThanOrEqualTo(stats.LogBytes + stats.BlockBytes);
    }

    [Fact]
    public async Task Open_DirectoryInUse_Throws()
    {
        await using var store = _dir.Open();

        Should.Throw<IOException>(() => _dir.Open());
    }

    [Fact]
    public async Task AppendAsync_AfterDispose_Throws()
    {
        var store = _dir.Open();
        await store.DisposeAsync();

        await Should.ThrowAsync<ObjectDisposedException>(async () => await store.AppendAsync(Series(1, 1)));
    }
}
