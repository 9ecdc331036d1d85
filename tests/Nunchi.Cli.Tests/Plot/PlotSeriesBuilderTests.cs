using FsCheck;
using FsCheck.Fluent;
using Nunchi.Cli.Plot;

namespace Nunchi.Cli.Tests.Plot;

public sealed class PlotSeriesBuilderTests
{
    private const long T0 = 1_700_000_000_000;

    [Fact]
    public void Add_RandomData_KeepsGlobalExtremesCountsAndTheSpikesBucket()
    {
        // Arrange: gaps of 1 ms .. 1 h, values in ±10^4, a spike far above all of them at a random position.
        var rows = FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(1, 3_600_000), FsCheck.Fluent.Gen.Choose(-1_000_000, 1_000_000)));
        var cases = FsCheck.Fluent.Gen.Zip(rows, FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(4, 64), FsCheck.Fluent.Gen.Choose(0, 1_000_000))).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            var (data, (capacity, spikeSeed)) = c;
            var builder = new PlotSeriesBuilder(capacity);
            var spikeIndex = data.Length == 0 ? 0 : spikeSeed % data.Length;
            long t = T0, spikeMs = T0;
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (var i = 0; i < data.Length; i++)
            {
                t += data[i].Item1;
                var value = i == spikeIndex ? 1e9 : data[i].Item2 / 100.0;
                spikeMs = i == spikeIndex ? t : spikeMs;
                (min, max) = (Math.Min(min, value), Math.Max(max, value));
                builder.Add(t, value, double.NaN, double.NaN, double.NaN);
            }

            // Act
            var envelope = builder.Build();

            // Assert
            envelope.Buckets.Length.ShouldBeLessThanOrEqualTo(capacity);
            envelope.PointCount.ShouldBe(data.Length);
            if (data.Length == 0)
            {
                return;
            }

            envelope.ValueMin.ShouldBe(min);
            envelope.ValueMax.ShouldBe(max);
            var spikeBucket = FindBucket(envelope, spikeMs);
            spikeBucket.ValueMax.ShouldBe(1e9);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Add_PastCapacity_MergesPairsKeepingFirstLastMeanAndBand()
    {
        // Arrange: 4 buckets, points 1 ms apart: the 5th point forces one merge (width 2 ms).
        var builder = new PlotSeriesBuilder(4);
        double[] values = [1, 5, 3, 2, 4];

        // Act
        for (var i = 0; i < values.Length; i++)
        {
            builder.Add(T0 + i, values[i], 10 + i, 9 - i, 11 + i);
        }

        var buckets = builder.Build().Buckets.ToArray();

        // Assert
        builder.BucketWidthMs.ShouldBe(2);
        buckets.Length.ShouldBe(3);
        buckets[0].ShouldSatisfyAllConditions(
            b => b.Count.ShouldBe(2),
            b => b.ValueFirst.ShouldBe(1),
            b => b.ValueLast.ShouldBe(5),
            b => b.ValueMin.ShouldBe(1),
            b => b.ValueMax.ShouldBe(5),
            b => b.ValueMean.ShouldBe(3),
            b => b.ExpectedMean.ShouldBe(10.5),
            b => b.LowerMin.ShouldBe(8),
            b => b.UpperMax.ShouldBe(12),
            b => (b.StartMs, b.EndMs).ShouldBe((T0, T0 + 1)));
        buckets[2].ValueFirst.ShouldBe(4);
    }

    [Fact]
    public void Add_MissingValuesAndWarmUp_CountedButLeftOutOfValueAndBand()
    {
        // Arrange
        var builder = new PlotSeriesBuilder(8);

        // Act
        builder.Add(T0, double.NaN, double.NaN, double.NaN, double.NaN);
        builder.Add(T0, 7, double.NaN, double.NegativeInfinity, double.PositiveInfinity);
        var bucket = builder.Build().Buckets[0];

        // Assert
        bucket.Count.ShouldBe(2);
        bucket.ValueCount.ShouldBe(1);
        bucket.ValueFirst.ShouldBe(7);
        bucket.HasExpected.ShouldBeFalse();
        bucket.HasBand.ShouldBeFalse();
    }

    [Fact]
    public void Add_PointBeforeTheFirst_FoldsIntoTheFirstBucket()
    {
        // Arrange
        var builder = new PlotSeriesBuilder(8);
        builder.Add(T0, 1, double.NaN, double.NaN, double.NaN);

        // Act
        builder.Add(T0 - 5_000, -3, double.NaN, double.NaN, double.NaN);
        var envelope = builder.Build();

        // Assert
        envelope.Buckets.Length.ShouldBe(1);
        envelope.FirstMs.ShouldBe(T0 - 5_000);
        envelope.ValueMin.ShouldBe(-3);
    }

    [Fact]
    public void Add_TimestampPastYear9999_Throws()
    {
        var builder = new PlotSeriesBuilder();

        Should.Throw<ArgumentOutOfRangeException>(() => builder.Add(long.MaxValue, 1, 1, 0, 2));
    }

    [Fact]
    public void AddFinding_PeakOutsideSpan_ClampedIntoSpan()
    {
        // Arrange
        var builder = new PlotSeriesBuilder();

        // Act
        builder.AddFinding(T0, T0 + 10, T0 + 99, 0.5, "spike");

        // Assert
        builder.Findings.ShouldHaveSingleItem().PeakMs.ShouldBe(T0 + 10);
    }

    private static PlotBucket FindBucket(PlotEnvelope envelope, long timestampMs)
    {
        foreach (var bucket in envelope.Buckets)
        {
            if (bucket.StartMs <= timestampMs && timestampMs <= bucket.EndMs)
            {
                return bucket;
            }
        }

        throw new InvalidOperationException("No bucket holds " + timestampMs);
    }
}
