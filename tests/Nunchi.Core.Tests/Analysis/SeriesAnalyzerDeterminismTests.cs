using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Analysis;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerDeterminismTests
{
    [Fact]
    public void Update_SamePoints_SameResultsAndFindingsBitForBit()
    {
        var cases =
            from shape in Gen.Choose(0, RandomStreams.ShapeCount - 1)
            from seed in Gen.Choose(1, 1_000_000)
            from length in Gen.Choose(1, 15_000)
            from disorder in Gen.Elements(false, true)
            select (Shape: shape, Seed: seed, Length: length, Disorder: disorder);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var series = RandomStreams.Create(c.Shape, c.Seed, c.Length, c.Disorder);

            var first = AnalyzerRun.Of(series);
            var second = AnalyzerRun.Of(series);

            AssertSame(first, second, 0, series.Count, $"shape {c.Shape} seed {c.Seed} length {c.Length}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Update_FirstPoints_DoNotDependOnLaterPoints()
    {
        // Strictly online: two streams that agree on their first N points and then differ (another shape, an outage,
        // a spike storm) give identical results and events for those N points.
        var cases =
            from shape in Gen.Choose(0, RandomStreams.ShapeCount - 1)
            from seed in Gen.Choose(1, 1_000_000)
            from length in Gen.Choose(2, 12_000)
            from cutPercent in Gen.Choose(1, 99)
            from otherShape in Gen.Choose(0, RandomStreams.ShapeCount - 1)
            select (Shape: shape, Seed: seed, Length: length, Cut: length * cutPercent / 100, OtherShape: otherShape);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var original = RandomStreams.Create(c.Shape, c.Seed, c.Length, disorder: true);
            var other = RandomStreams.Create(c.OtherShape, c.Seed + 1, c.Length, disorder: true);
            var times = original.Times.ToArray();
            var values = original.Values.ToArray();
            for (var i = c.Cut; i < times.Length; i++)
            {
                // A different future, in time order after the shared past.
                times[i] = times[Math.Max(0, c.Cut - 1)] + ((i - c.Cut + 1) * 7_000L);
                values[i] = other.Values[i % other.Count] * -3;
            }

            var changed = SampleSeries.From(times, values);

            var full = AnalyzerRun.Of(original);
            var diverging = AnalyzerRun.Of(changed);

            AssertSame(full, diverging, 0, c.Cut, $"shape {c.Shape} seed {c.Seed} cut {c.Cut}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Update_FactoryScenarioTwice_SameOutputForEverySeries()
    {
        // Realistic interleaved multi-series input: 27 series at one-minute cadence over 16 days.
        var scenario = ScenarioRegistry.Create("factory", new ScenarioOptions
        {
            FromMs = SampleSeries.CalendarStartMs,
            ToMs = SampleSeries.CalendarStartMs + (16 * SampleSeries.Day),
            StepMs = 60_000,
            Seed = 3,
        });

        var first = Run(scenario);
        var second = Run(scenario);

        second.Count.ShouldBe(first.Count);
        for (var i = 0; i < first.Count; i++)
        {
            second[i].ShouldBe(first[i]);
        }
    }

    private static List<string> Run(IScenario scenario)
    {
        var index = scenario.Series.ToDictionary(s => s.Key, s => s.Index);
        var analyzers = scenario.Series.Select(_ => new SeriesAnalyzer()).ToArray();
        var output = new List<string>();
        var hash = new HashCode();
        foreach (var point in scenario.Points())
        {
            var analyzer = analyzers[index[point.Series]];
            var result = analyzer.Update(point.TimestampMs, point.Value);
            hash.Add(BitConverter.DoubleToInt64Bits(result.Score));
            hash.Add(BitConverter.DoubleToInt64Bits(result.Expected));
            hash.Add(BitConverter.DoubleToInt64Bits(result.Lower));
            hash.Add(BitConverter.DoubleToInt64Bits(result.Upper));
            hash.Add(result.Status);
            while (analyzer.TryTakeEvent(out var finding))
            {
                output.Add($"{point.Series}: {ExactText.Of(finding)}");
            }
        }

        output.Add($"results hash {hash.ToHashCode()}");
        output.AddRange(analyzers.Select(a => Convert.ToBase64String(a.SaveState())));
        return output;
    }

    private static void AssertSame(AnalyzerRun expected, AnalyzerRun actual, int from, int to, string context)
    {
        for (var i = from; i < to; i++)
        {
            if (!ExactText.Same(expected.Results[i], actual.Results[i]))
            {
                ExactText.Of(actual.Results[i]).ShouldBe(ExactText.Of(expected.Results[i]), $"{context}: result {i}");
            }
        }

        var expectedEvents = expected.Events.Where(e => e.Index < to).Select(e => $"{e.Index}: {ExactText.Of(e.Finding)}").ToList();
        var actualEvents = actual.Events.Where(e => e.Index < to).Select(e => $"{e.Index}: {ExactText.Of(e.Finding)}").ToList();
        actualEvents.ShouldBe(expectedEvents, context);
    }
}
