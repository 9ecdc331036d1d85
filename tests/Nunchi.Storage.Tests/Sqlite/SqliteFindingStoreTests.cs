using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using Nunchi.Core.Series;
using Nunchi.Storage.Sqlite;

namespace Nunchi.Storage.Tests.Sqlite;

public sealed class SqliteFindingStoreTests : IDisposable
{
    private readonly TempDataDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Commit_NewFindings_ReturnsThemWithGlobalIdsAndStoresThemWhole()
    {
        using var database = OpenWithSeries(2);
        var a = SampleFindings.Spike(1, 1_000_000);
        var b = SampleFindings.Spike(1, 2_000_000, kind: FindingKind.Dip);

        var changed = database.Findings.Commit([new(1, a), new(2, b)], []);

        changed.Count.ShouldBe(2);
        changed[0].ShouldBe(new StoredFinding(changed[0].Id, 1, a, null));
        changed[1].ShouldBe(new StoredFinding(changed[1].Id, 2, b, null));
        changed[0].Id.ShouldNotBe(changed[1].Id);
        database.Findings.ById(changed[1].Id).ShouldBe(changed[1]);
        database.Findings.Count().ShouldBe(2);
    }

    [Fact]
    public void Commit_SameSnapshotsAgain_ReturnsNothing()
    {
        using var database = OpenWithSeries(1);
        SeriesFinding[] batch = [new(1, SampleFindings.Spike(1, 1_000)), new(1, SampleFindings.Spike(2, 90_000))];
        database.Findings.Commit(batch, []);

        database.Findings.Commit(batch, []).ShouldBeEmpty();
        database.Findings.Count().ShouldBe(2);
    }

    [Fact]
    public void Commit_AfterRestart_ReplayOfTheSameSnapshotsReturnsNothing()
    {
        SeriesFinding[] batch = [new(1, SampleFindings.Spike(1, 1_000, isOpen: true))];
        using (var database = OpenWithSeries(1))
        {
            database.Findings.Commit(batch, []).Count.ShouldBe(1);
        }

        using (var database = _temp.Open())
        {
            database.Findings.Commit(batch, []).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Commit_GrownSnapshot_UpdatesTheSameFindingAndReturnsIt()
    {
        using var database = OpenWithSeries(1);
        var open = SampleFindings.Spike(1, 1_000, isOpen: true);
        var id = database.Findings.Commit([new(1, open)], [])[0].Id;
        var closed = open with { EndMs = 120_000, IsOpen = false, Facts = open.Facts with { Points = 12 } };

        var changed = database.Findings.Commit([new(1, open), new(1, closed)], []);

        changed.ShouldBe([new StoredFinding(id, 1, closed, null)]);
        database.Findings.Count().ShouldBe(1);
        database.Findings.ById(id)!.Finding.ShouldBe(closed);
    }

    [Fact]
    public void Commit_OnlyAFactDiffers_CountsAsChanged()
    {
        using var database = OpenWithSeries(1);
        var first = SampleFindings.Spike(1, 1_000);
        database.Findings.Commit([new(1, first)], []);
        var damped = first with { Facts = first.Facts with { DampedByFeedback = true } };

        database.Findings.Commit([new(1, damped)], []).Single().Finding.ShouldBe(damped);
    }

    [Fact]
    public void Reopen_KeepsFindingsFeedbackAndIds()
    {
        StoredFinding stored;
        using (var database = OpenWithSeries(1))
        {
            var id = database.Findings.Commit([new(1, SampleFindings.Spike(1, 1_000))], [])[0].Id;
            stored = database.Findings.AddFeedback(id, FeedbackVerdict.NotAnomaly, "정상이에요: 금형 교체", 5_000)!;
        }

        using (var database = _temp.Open())
        {
            database.Findings.ById(stored.Id).ShouldBe(stored);
            stored.Feedback.ShouldBe(FeedbackVerdict.NotAnomaly);
        }
    }

    [Fact]
    public void AddFeedback_SeveralVerdicts_TheLatestByTimeWins()
    {
        using var database = OpenWithSeries(1);
        var id = database.Findings.Commit([new(1, SampleFindings.Spike(1, 1_000))], [])[0].Id;

        database.Findings.AddFeedback(id, FeedbackVerdict.Confirmed, null, 10_000)!.Feedback.ShouldBe(FeedbackVerdict.Confirmed);
        database.Findings.AddFeedback(id, FeedbackVerdict.NotAnomaly, "actually fine", 20_000)!.Feedback.ShouldBe(FeedbackVerdict.NotAnomaly);
        // Recorded later but stamped earlier (a delayed client): the verdict given last in time still stands.
        database.Findings.AddFeedback(id, FeedbackVerdict.Confirmed, null, 15_000)!.Feedback.ShouldBe(FeedbackVerdict.NotAnomaly);

        database.Findings.ById(id)!.Feedback.ShouldBe(FeedbackVerdict.NotAnomaly);
    }

    [Fact]
    public void AddFeedback_UnknownFinding_ReturnsNull()
    {
        using var database = OpenWithSeries(1);

        database.Findings.AddFeedback(42, FeedbackVerdict.Confirmed, null, 0).ShouldBeNull();
    }

    [Fact]
    public void Commit_FindingWithFeedbackChanges_KeepsTheVerdict()
    {
        using var database = OpenWithSeries(1);
        var open = SampleFindings.Spike(1, 1_000, isOpen: true);
        var id = database.Findings.Commit([new(1, open)], [])[0].Id;
        database.Findings.AddFeedback(id, FeedbackVerdict.Confirmed, null, 2_000);

        var changed = database.Findings.Commit([new(1, open with { IsOpen = false })], []);

        changed.Single().Feedback.ShouldBe(FeedbackVerdict.Confirmed);
    }

    [Fact]
    public void Query_EachFilter_ReturnsOnlyMatchingFindingsMostRecentStartFirst()
    {
        using var database = OpenWithSeries(2);
        // Series 1: spikes at 0, 100 s and 200 s (each 30 s long); series 2: a level shift at 150 s and a dip at 300 s.
        database.Findings.Commit(
            [
                new(1, SampleFindings.Spike(1, 0, severity: 0.5)),
                new(1, SampleFindings.Spike(2, 100_000, severity: 0.95)),
                new(1, SampleFindings.Spike(3, 200_000, severity: 0.7)),
                new(2, SampleFindings.Spike(1, 150_000, severity: 0.99, kind: FindingKind.LevelShift)),
                new(2, SampleFindings.Spike(2, 300_000, severity: 0.6, kind: FindingKind.Dip)),
            ],
            []);

        Starts(database, new FindingQuery()).ShouldBe([300_000, 200_000, 150_000, 100_000, 0]);
        // Ends at or after 120 s: the spike at 100 s ends at 130 s and counts; the one at 0 s does not.
        Starts(database, new FindingQuery(FromMs: 120_000)).ShouldBe([300_000, 200_000, 150_000, 100_000]);
        Starts(database, new FindingQuery(FromMs: 130_001)).ShouldBe([300_000, 200_000, 150_000]);
        // Starts before 200 s: the one starting exactly at 200 s is out.
        Starts(database, new FindingQuery(ToMs: 200_000)).ShouldBe([150_000, 100_000, 0]);
        Starts(database, new FindingQuery(FromMs: 120_000, ToMs: 200_000)).ShouldBe([150_000, 100_000]);
        Starts(database, new FindingQuery(SeriesId: 2)).ShouldBe([300_000, 150_000]);
        Starts(database, new FindingQuery(Kind: FindingKind.Spike)).ShouldBe([200_000, 100_000, 0]);
        Starts(database, new FindingQuery(MinSeverity: 0.7)).ShouldBe([200_000, 150_000, 100_000]);
        Starts(database, new FindingQuery(SeriesId: 1, MinSeverity: 0.9, Kind: FindingKind.Spike)).ShouldBe([100_000]);
        Starts(database, new FindingQuery(Limit: 2)).ShouldBe([300_000, 200_000]);
        Starts(database, new FindingQuery(SeriesId: 3)).ShouldBeEmpty();
    }

    [Fact]
    public void Query_ReturnsWholeFindingsWithFeedback()
    {
        using var database = OpenWithSeries(1);
        var finding = SampleFindings.Spike(1, 1_000);
        var id = database.Findings.Commit([new(1, finding)], [])[0].Id;
        database.Findings.AddFeedback(id, FeedbackVerdict.NotAnomaly, null, 9);

        database.Findings.Query(new FindingQuery()).ShouldBe([new StoredFinding(id, 1, finding, FeedbackVerdict.NotAnomaly)]);
    }

    [Fact]
    public void Commit_Checkpoints_ReplaceEachSeriesPreviousOneAndSurviveReopen()
    {
        using (var database = OpenWithSeries(3))
        {
            database.Findings.Commit([], [new(1, 10, [1, 1]), new(2, 10, [2, 2])]);
            database.Findings.Commit([], [new(2, 20, [2, 2, 2]), new(3, 20, [3])]);
        }

        using (var database = _temp.Open())
        {
            var loaded = database.Findings.LoadCheckpoints();

            loaded.Select(c => (c.SeriesId, c.Lsn)).ShouldBe([(1, 10L), (2, 20L), (3, 20L)]);
            loaded.Select(c => c.State).ShouldBe([[1, 1], [2, 2, 2], [3]]);
        }
    }

    [Fact]
    public void LoadCheckpoint_OneSeries_GivesItsLatestOrNull()
    {
        using var database = OpenWithSeries(3);
        database.Findings.Commit([], [new(1, 10, [1, 1]), new(2, 10, [2, 2])]);
        database.Findings.Commit([], [new(2, 20, [2, 2, 2])]);

        var second = database.Findings.LoadCheckpoint(2);

        second.ShouldNotBeNull();
        (second.SeriesId, second.Lsn).ShouldBe((2, 20L));
        second.State.ShouldBe([2, 2, 2]);
        database.Findings.LoadCheckpoint(3).ShouldBeNull();
        database.Findings.LoadCheckpoint(99).ShouldBeNull();
    }

    [Fact]
    public void Commit_FailsHalfway_StoresNeitherFindingsNorCheckpoints()
    {
        using var database = OpenWithSeries(1);
        database.Findings.Commit([], [new(1, 5, [5])]);

        // Series 9 does not exist: the checkpoint violates the catalog's foreign key after the finding was written.
        Should.Throw<Microsoft.Data.Sqlite.SqliteException>(
            () => database.Findings.Commit([new(1, SampleFindings.Spike(1, 0))], [new(1, 6, [6]), new(9, 6, [9])]));

        database.Findings.Count().ShouldBe(0);
        database.Findings.LoadCheckpoints().Single().Lsn.ShouldBe(5);
    }

    [Fact]
    public void Members_FromManyThreadsAtOnce_AllSucceed()
    {
        using var database = OpenWithSeries(8);
        var store = database.Findings;

        Parallel.For(0, 8, series =>
        {
            for (var i = 1; i <= 50; i++)
            {
                var stored = store.Commit([new(series + 1, SampleFindings.Spike(i, i * 60_000L))], [new(series + 1, i, [(byte)i])]);
                store.AddFeedback(stored[0].Id, FeedbackVerdict.Confirmed, null, i);
                store.Query(new FindingQuery(SeriesId: series + 1, Limit: 5));
            }
        });

        store.Count().ShouldBe(400);
        store.LoadCheckpoints().ShouldAllBe(checkpoint => checkpoint.Lsn == 50);
    }

    private static long[] Starts(SqliteDatabase database, FindingQuery query) =>
        [.. database.Findings.Query(query).Select(stored => stored.Finding.StartMs)];

    private SqliteDatabase OpenWithSeries(int count)
    {
        var database = _temp.Open();
        for (var i = 1; i <= count; i++)
        {
            database.Catalog.GetOrAdd(new SeriesKey("m", [new("n", $"{i}")], "f"), out _);
        }

        return database;
    }
}
