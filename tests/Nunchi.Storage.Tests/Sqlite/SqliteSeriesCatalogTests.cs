using Nunchi.Core.Series;

namespace Nunchi.Storage.Tests.Sqlite;

public sealed class SqliteSeriesCatalogTests
{
    private static readonly SeriesKey Press1 = new("machine", [new("line", "1"), new("machine", "press-1")], "temperature");
    private static readonly SeriesKey Press2 = new("machine", [new("line", "1"), new("machine", "press-2")], "temperature");
    private static readonly SeriesKey Korean = new("설비", [new("공장", "1호기"), new("라인", "A")], "온도");

    [Fact]
    public void GetOrAdd_NewKeysThenKnownKey_CreatesDenseIdsThenFindsThem()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        var catalog = database.Catalog;

        catalog.GetOrAdd(Press1, out var first).ShouldBe(CatalogStatus.Created);
        catalog.GetOrAdd(Press2, out var second).ShouldBe(CatalogStatus.Created);
        catalog.GetOrAdd(Korean, out var third).ShouldBe(CatalogStatus.Created);
        var sameTagsOtherOrder = new SeriesKey("machine", [new("machine", "press-1"), new("line", "1")], "temperature");
        catalog.GetOrAdd(sameTagsOtherOrder, out var again).ShouldBe(CatalogStatus.Found);

        (first, second, third, again).ShouldBe((1, 2, 3, 1));
        catalog.Count.ShouldBe(3);
        catalog.ById(2)!.Key.ShouldBe(Press2);
        catalog.Find(Korean)!.Id.ShouldBe(3);
        catalog.All().Select(entry => entry.Id).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void ByIdAndFind_UnknownSeries_ReturnNull()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        database.Catalog.GetOrAdd(Press1, out _);

        database.Catalog.ById(0).ShouldBeNull();
        database.Catalog.ById(2).ShouldBeNull();
        database.Catalog.Find(Press2).ShouldBeNull();
    }

    [Fact]
    public void Reopen_AfterChanges_GivesTheSameIdsKeysUnitsAliasesAndRetention()
    {
        using var temp = new TempDataDirectory();
        IReadOnlyList<SeriesEntry> before;
        using (var database = temp.Open())
        {
            var catalog = database.Catalog;
            catalog.GetOrAdd(Press1, out var press1);
            catalog.GetOrAdd(Korean, out var korean);
            catalog.GetOrAdd(new SeriesKey("cpu", "usage"), out _);
            catalog.SetUnit(press1, "°C");
            catalog.SetUnit(korean, "℃");
            catalog.SetUnit(korean, null);
            catalog.AddAliases(korean, ["1호기 온도", "press one"]);
            catalog.SetRetention(press1, 86_400_000L * 30);
            before = catalog.All();
        }

        using (var database = temp.Open())
        {
            var after = database.Catalog.All();

            after.Count.ShouldBe(3);
            for (var i = 0; i < before.Count; i++)
            {
                after[i].Id.ShouldBe(before[i].Id);
                after[i].Key.ShouldBe(before[i].Key);
                after[i].Key.Tags.ShouldBe(before[i].Key.Tags);
                after[i].Unit.ShouldBe(before[i].Unit);
                after[i].Aliases.ShouldBe(before[i].Aliases);
                after[i].RetentionMs.ShouldBe(before[i].RetentionMs);
            }

            after[0].Unit.ShouldBe("°C");
            after[0].RetentionMs.ShouldBe(86_400_000L * 30);
            after[1].Unit.ShouldBeNull();
            after[1].Aliases.ShouldBe(["1호기 온도", "press one"]);
            database.Catalog.GetOrAdd(new SeriesKey("disk", "free"), out var next).ShouldBe(CatalogStatus.Created);
            next.ShouldBe(4);
        }
    }

    [Fact]
    public void GetOrAdd_UnicodeTagValues_RoundTripThroughTheDatabase()
    {
        using var temp = new TempDataDirectory();
        var key = new SeriesKey("진동", [new("공장", "1호기"), new("emoji", "🏭"), new("spaces", "a b,c=d")], "값");
        using (var database = temp.Open())
        {
            database.Catalog.GetOrAdd(key, out _);
        }

        using (var database = temp.Open())
        {
            var entry = database.Catalog.Find(new SeriesKey("진동", [new("spaces", "a b,c=d"), new("emoji", "🏭"), new("공장", "1호기")], "값"));

            entry.ShouldNotBeNull();
            entry.Key.Tag("공장").ShouldBe("1호기");
            entry.Key.Measurement.ShouldBe("진동");
            entry.Key.Field.ShouldBe("값");
            entry.Key.ToString().ShouldBe(key.ToString());
        }
    }

    [Fact]
    public void GetOrAdd_AtTheCardinalityLimit_RefusesNewSeriesButFindsKnownOnes()
    {
        using var temp = new TempDataDirectory();
        using (var database = temp.Open(maxSeries: 2))
        {
            var catalog = database.Catalog;
            catalog.GetOrAdd(Press1, out _).ShouldBe(CatalogStatus.Created);
            catalog.GetOrAdd(Press2, out _).ShouldBe(CatalogStatus.Created);

            catalog.GetOrAdd(Korean, out var refused).ShouldBe(CatalogStatus.CardinalityLimit);
            refused.ShouldBe(0);
            catalog.GetOrAdd(Press1, out var known).ShouldBe(CatalogStatus.Found);
            known.ShouldBe(1);
            catalog.Count.ShouldBe(2);
            catalog.Find(Korean).ShouldBeNull();
        }

        // A higher limit after a restart lets the next series in with the next id.
        using (var database = temp.Open(maxSeries: 3))
        {
            database.Catalog.GetOrAdd(Korean, out var id).ShouldBe(CatalogStatus.Created);
            id.ShouldBe(3);
        }
    }

    [Fact]
    public void AddAliases_RepeatedAndAlreadyKnown_KeepsEachOnceInOrderOfFirstAddition()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        var catalog = database.Catalog;
        catalog.GetOrAdd(Press1, out var id);

        catalog.AddAliases(id, ["1호기 온도", "press 1", "1호기 온도"]);
        catalog.AddAliases(id, ["press 1", "프레스1"]);
        catalog.AddAliases(id, []);

        catalog.ById(id)!.Aliases.ShouldBe(["1호기 온도", "press 1", "프레스1"]);
    }

    [Fact]
    public void RemoveAlias_KnownThenAddAgainAndReopen_KeepsTheOthersInOrder()
    {
        using var temp = new TempDataDirectory();
        using (var database = temp.Open())
        {
            var catalog = database.Catalog;
            catalog.GetOrAdd(Press1, out var id);
            catalog.AddAliases(id, ["press-1 temperature", "프레스 1호기 온도", "1호기", "메인 프레스"]);

            catalog.RemoveAlias(id, "1호기").ShouldBeTrue();
            catalog.RemoveAlias(id, "1호기").ShouldBeFalse();
            catalog.RemoveAlias(id, "PRESS-1 TEMPERATURE").ShouldBeFalse();
            // Adding after a removal takes the next position, which must not collide with a stored one.
            catalog.AddAliases(id, ["1번 프레스"]);

            catalog.ById(id)!.Aliases.ShouldBe(["press-1 temperature", "프레스 1호기 온도", "메인 프레스", "1번 프레스"]);
        }

        using (var database = temp.Open())
        {
            database.Catalog.Find(Press1)!.Aliases.ShouldBe(["press-1 temperature", "프레스 1호기 온도", "메인 프레스", "1번 프레스"]);
        }
    }

    [Fact]
    public void RemoveAlias_UnknownSeries_Throws()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();

        Should.Throw<ArgumentOutOfRangeException>(() => database.Catalog.RemoveAlias(1, "x"));
    }

    [Fact]
    public void Setters_UnknownIdOrBadValue_ThrowAndChangeNothing()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        var catalog = database.Catalog;
        catalog.GetOrAdd(Press1, out var id);

        Should.Throw<ArgumentOutOfRangeException>(() => catalog.SetUnit(2, "°C"));
        Should.Throw<ArgumentOutOfRangeException>(() => catalog.SetRetention(id, 0));
        Should.Throw<ArgumentException>(() => catalog.AddAliases(id, ["ok", " "]));

        var entry = catalog.ById(id)!;
        entry.Unit.ShouldBeNull();
        entry.RetentionMs.ShouldBeNull();
        entry.Aliases.ShouldBeEmpty();
    }

    [Fact]
    public void GetOrAdd_SameKeyFromEightThreads_CreatesOneSeries()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        var catalog = database.Catalog;
        var keys = Enumerable.Range(0, 200).Select(i => new SeriesKey("m", [new("host", $"h{i}")], "f")).ToArray();
        var ids = new int[8][];
        var statuses = new CatalogStatus[8][];
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            ids[t] = new int[keys.Length];
            statuses[t] = new CatalogStatus[keys.Length];
            start.SignalAndWait();
            for (var i = 0; i < keys.Length; i++)
            {
                statuses[t][i] = catalog.GetOrAdd(keys[i], out ids[t][i]);
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        catalog.Count.ShouldBe(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            var id = catalog.Find(keys[i])!.Id;
            ids.Select(perThread => perThread[i]).ShouldAllBe(seen => seen == id);
            statuses.Count(perThread => perThread[i] == CatalogStatus.Created).ShouldBe(1);
        }

        catalog.All().Select(entry => entry.Id).ShouldBe(Enumerable.Range(1, keys.Length));
    }

    [Fact]
    public async Task ById_WhileSeriesAreCreated_EveryCountedSeriesIsVisible()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        var catalog = database.Catalog;
        var missed = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                catalog.GetOrAdd(new SeriesKey("m", [new("n", $"{i}")], "f"), out _);
            }
        });

        while (!writer.IsCompleted)
        {
            var count = catalog.Count;
            if (count > 0 && (catalog.ById(count) is null || catalog.All().Count < count))
            {
                missed++;
            }
        }

        await writer;
        missed.ShouldBe(0);
        catalog.ById(300)!.Key.Tag("n").ShouldBe("299");
    }

    [Fact]
    public void GetOrAdd_KnownKey_AllocatesNothing()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        var catalog = database.Catalog;
        catalog.GetOrAdd(Press1, out _);

        // Rehearse long enough for tiered compilation to finish: a recompiling JIT allocates on this thread.
        for (var i = 0; i < 50_000; i++)
        {
            catalog.GetOrAdd(Press1, out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            catalog.GetOrAdd(Press1, out _);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
