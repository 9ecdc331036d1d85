using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Analysis;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerStateTests
{
    private enum SplitKind
    {
        Anywhere,
        DuringWarmup,
        DuringOpenFinding,
        RightAfterPeriodFound,
    }

    [Fact]
    public void Restore_AtAnySplit_ContinuesBitForBitAsIfNeverStopped()
    {
        // Arrange: varied streams up to 20 000 points, split once or twice at points chosen to catch the analyzer
        // mid-thought: still warming up, with a finding open, or just after it adopted a seasonal period.
        var cases =
            from shape in Gen.Choose(0, RandomStreams.ShapeCount - 1)
            from seed in Gen.Choose(1, 1_000_000)
            from length in Gen.Frequency((1, Gen.Choose(2, 400)), (3, Gen.Choose(400, 20_000)))
            from disorder in Gen.Elements(false, true)
            from first in Gen.Elements(Enum.GetValues<SplitKind>())
            from second in Gen.Elements(Enum.GetValues<SplitKind>())
            from twice in Gen.Elements(false, true)
            from pick in Gen.Choose(0, int.MaxValue - 1)
            select (Shape: shape, Seed: seed, Length: length, Disorder: disorder, First: first, Second: second, Twice: twice, Pick: pick);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var series = RandomStreams.Create(c.Shape, c.Seed, c.Length, c.Disorder);
            var reference = new AnalyzerRun();
            var uninterrupted = reference.Feed(new SeriesAnalyzer(), series, 0, series.Count);
            var pick = new TestRandom(c.Pick);
            var splits = new SortedSet<int> { ChooseSplit(c.First, reference, pick) };
            if (c.Twice)
            {
                splits.Add(ChooseSplit(c.Second, reference, pick));
            }

            // Act
            var resumed = new AnalyzerRun();
            var analyzer = new SeriesAnalyzer();
            var from = 0;
            foreach (var split in splits)
            {
                resumed.Feed(analyzer, series, from, split);
                var state = analyzer.SaveState();
                analyzer = SeriesAnalyzer.Restore(state);
                analyzer.SaveState().ShouldBe(state, $"state re-saved after restoring at point {split}");
                from = split;
            }

            resumed.Feed(analyzer, series, from, series.Count);

            // Assert
            AssertSameOutput(reference, resumed, $"shape {c.Shape} seed {c.Seed} length {c.Length} disorder {c.Disorder} splits {string.Join(",", splits)}");
            ExactText.Of(analyzer.Summary).ShouldBe(ExactText.Of(uninterrupted.Summary));
            analyzer.SaveState().ShouldBe(uninterrupted.SaveState());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Restore_FactoryScenarioEveryDay_MatchesTheUninterruptedRun()
    {
        // Arrange: realistic multi-series data with labelled events; every analyzer is checkpointed once a day.
        var scenario = Nunchi.Core.Scenarios.ScenarioRegistry.Create("factory", new Nunchi.Core.Scenarios.ScenarioOptions
        {
            FromMs = SampleSeries.CalendarStartMs,
            ToMs = SampleSeries.CalendarStartMs + (20 * SampleSeries.Day),
            StepMs = 60_000,
            Seed = 7,
        });
        var count = scenario.Series.Count;
        var index = scenario.Series.ToDictionary(s => s.Key, s => s.Index);
        var straight = new SeriesAnalyzer[count];
        var checkpointed = new SeriesAnalyzer[count];
        for (var s = 0; s < count; s++)
        {
            straight[s] = new SeriesAnalyzer();
            checkpointed[s] = new SeriesAnalyzer();
        }

        // Act and assert
        var points = 0L;
        foreach (var point in scenario.Points())
        {
            var s = index[point.Series];
            var expected = straight[s].Update(point.TimestampMs, point.Value);
            var actual = checkpointed[s].Update(point.TimestampMs, point.Value);
            if (!ExactText.Same(actual, expected))
            {
                ExactText.Of(actual).ShouldBe(ExactText.Of(expected), $"{point.Series} at {point.TimestampMs}");
            }

            while (straight[s].TryTakeEvent(out var expectedEvent))
            {
                checkpointed[s].TryTakeEvent(out var actualEvent).ShouldBeTrue();
                ExactText.Of(actualEvent!).ShouldBe(ExactText.Of(expectedEvent));
            }

            checkpointed[s].TryTakeEvent(out _).ShouldBeFalse();
            if (point.TimestampMs % SampleSeries.Day == 0)
            {
                checkpointed[s] = SeriesAnalyzer.Restore(checkpointed[s].SaveState());
            }

            points++;
        }

        points.ShouldBeInRange(count * 19L * 24 * 60, count * 20L * 24 * 60); // labelled gaps drop a few rows
    }

    [Fact]
    public void SaveState_WithEventsWaiting_ThrowsUntilTheyAreTaken()
    {
        // Arrange: a silence of 50 steps raises a missing-data finding that is not taken.
        var analyzer = new SeriesAnalyzer();
        var series = SampleSeries.Regular(400, SampleSeries.CalendarStartMs, SampleSeries.Minute).AddNoise(new TestRandom(1), 1).Remove(300, 50);
        PointResult last = default;
        for (var i = 0; i < series.Count; i++)
        {
            last = analyzer.Update(series.Times[i], series.Values[i]);
            if (last.HasFindingEvents)
            {
                break;
            }
        }

        last.HasFindingEvents.ShouldBeTrue();

        // Act and assert
        Should.Throw<InvalidOperationException>(() => analyzer.SaveState());
        while (analyzer.TryTakeEvent(out _))
        {
        }

        analyzer.SaveState().Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void SaveState_NullWriter_Throws()
    {
        Should.Throw<ArgumentNullException>(() => new SeriesAnalyzer().SaveState((IBufferWriter<byte>)null!));
    }

    [Fact]
    public void Restore_EveryTruncation_ThrowsInvalidDataException()
    {
        // Arrange: a state with everything populated (a seasonal profile, regime memory, an open finding).
        var state = SeasonalState();

        // Act and assert
        for (var length = 0; length < state.Length; length++)
        {
            var prefix = state.AsSpan(0, length).ToArray();
            Should.Throw<InvalidDataException>(() => SeriesAnalyzer.Restore(prefix), $"truncated to {length} of {state.Length} bytes");
        }
    }

    [Fact]
    public void Restore_TrailingBytes_ThrowsInvalidDataException()
    {
        var state = new SeriesAnalyzer().SaveState();

        Should.Throw<InvalidDataException>(() => SeriesAnalyzer.Restore([.. state, 0]));
    }

    [Fact]
    public void Restore_RandomBytes_ThrowsInvalidDataException()
    {
        var header = new SeriesAnalyzer().SaveState().AsSpan(0, 5).ToArray();
        var cases =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from length in Gen.Choose(0, 20_000)
            from withHeader in Gen.Elements(false, true)
            select (Seed: seed, Length: length, WithHeader: withHeader);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var bytes = new byte[c.Length];
            new Random(c.Seed).NextBytes(bytes);
            if (c.WithHeader && bytes.Length >= header.Length)
            {
                header.CopyTo(bytes, 0);
            }

            Should.Throw<InvalidDataException>(() => SeriesAnalyzer.Restore(bytes));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(64, 1024)]
    [InlineData(512, 2048)]
    public void Restore_WithOptionsTheStateDoesNotFit_ThrowsInvalidDataException(int maxProfileBins, int historyBuckets)
    {
        var state = SeasonalState();
        var options = new AnalyzerOptions { MaxProfileBins = maxProfileBins, HistoryBuckets = historyBuckets };

        Should.Throw<InvalidDataException>(() => SeriesAnalyzer.Restore(state, options));
    }

    [Fact]
    public void Restore_WithTheOptionsItWasSavedWith_Continues()
    {
        var options = new AnalyzerOptions { MaxProfileBins = 64, HistoryBuckets = 256, DetectShapes = false };
        var series = SampleSeries.Regular(6000, SampleSeries.CalendarStartMs, 5 * SampleSeries.Minute).AddSine(SampleSeries.Day, 5).AddNoise(new TestRandom(3), 1);
        var reference = new AnalyzerRun();
        reference.Feed(new SeriesAnalyzer(options), series, 0, series.Count);

        var resumed = new AnalyzerRun();
        var analyzer = resumed.Feed(new SeriesAnalyzer(options), series, 0, 3000);
        resumed.Feed(SeriesAnalyzer.Restore(analyzer.SaveState(), options), series, 3000, series.Count);

        AssertSameOutput(reference, resumed, "small options");
    }

    [Fact]
    public void Restore_AnySingleCorruptedByte_ThrowsInvalidDataException()
    {
        // A damaged count or index that restored would later crash Update, return NaN or loop for ever (the history's
        // bucket index): every single damaged byte must be refused up front.
        var state = SeasonalState();
        foreach (var value in new byte[] { 0x7F, 0xFF })
        {
            for (var position = 0; position < state.Length; position++)
            {
                if (state[position] == value)
                {
                    continue;
                }

                var corrupted = (byte[])state.Clone();
                corrupted[position] = value;
                Should.Throw<InvalidDataException>(() => SeriesAnalyzer.Restore(corrupted), $"byte {position} set to {value:X2}");
            }
        }
    }

    [Fact]
    public void Restore_CorruptedByte_NeverThrowsAnythingButInvalidDataException()
    {
        var state = SeasonalState();
        foreach (var value in new byte[] { 0x00, 0x01, 0x7F, 0x80, 0xFF })
        {
            for (var position = 0; position < state.Length; position++)
            {
                var corrupted = (byte[])state.Clone();
                corrupted[position] = value;
                try
                {
                    SeriesAnalyzer.Restore(corrupted);
                }
                catch (InvalidDataException)
                {
                }
                catch (Exception e)
                {
                    throw new ShouldAssertException($"byte {position} set to {value:X2}: {e.GetType().Name}: {e.Message}", e);
                }
            }
        }
    }

    /// <summary>The state of an analyzer that found a daily cycle, adopted a shift (regime memory) and has a finding open.</summary>
    internal static byte[] SeasonalState()
    {
        var series = SampleSeries.Regular(4000, SampleSeries.CalendarStartMs, 10 * SampleSeries.Minute)
            .AddLevel(50).AddSine(SampleSeries.Day, 8).AddNoise(new TestRandom(5), 1).AddLevel(10, 3000).AddSpike(3999, 30);
        var analyzer = new SeriesAnalyzer();
        new AnalyzerRun().Feed(analyzer, series, 0, series.Count);
        analyzer.Summary.SeasonalPeriodMs.ShouldBe(SampleSeries.Day);
        analyzer.OpenFinding.ShouldNotBeNull();
        return analyzer.SaveState();
    }

    private static int ChooseSplit(SplitKind kind, AnalyzerRun reference, TestRandom pick)
    {
        var n = reference.Results.Count;
        switch (kind)
        {
            case SplitKind.DuringWarmup:
                return pick.NextInt(0, Math.Min(n, 160) + 1);
            case SplitKind.DuringOpenFinding:
                var open = Enumerable.Range(0, n).Where(i => reference.OpenAfter[i]).ToList();
                if (open.Count > 0)
                {
                    return open[pick.NextInt(open.Count)] + 1;
                }

                break;
            case SplitKind.RightAfterPeriodFound:
                var found = reference.PeriodAfter.FindIndex(p => p != 0);
                if (found >= 0)
                {
                    return Math.Min(n, found + 1 + pick.NextInt(2));
                }

                break;
        }

        return pick.NextInt(0, n + 1);
    }

    private static void AssertSameOutput(AnalyzerRun expected, AnalyzerRun actual, string context)
    {
        actual.Results.Count.ShouldBe(expected.Results.Count);
        for (var i = 0; i < expected.Results.Count; i++)
        {
            ExactText.Of(actual.Results[i]).ShouldBe(ExactText.Of(expected.Results[i]), $"{context}: result {i}");
        }

        actual.Events.Count.ShouldBe(expected.Events.Count, context);
        for (var i = 0; i < expected.Events.Count; i++)
        {
            actual.Events[i].Index.ShouldBe(expected.Events[i].Index, context);
            ExactText.Of(actual.Events[i].Finding).ShouldBe(ExactText.Of(expected.Events[i].Finding), $"{context}: event {i}");
        }
    }
}
