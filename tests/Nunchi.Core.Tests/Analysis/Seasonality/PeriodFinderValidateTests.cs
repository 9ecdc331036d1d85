using Nunchi.Core.Analysis.Seasonality;

namespace Nunchi.Core.Tests.Analysis.Seasonality;

/// <summary>
/// <see cref="PeriodFinder.Validate"/> reads leave-one-out medians off one sorted copy per phase bin; these tests pin
/// it bit for bit to the direct definition (sort the other cycles for every cell), kept here as the reference.
/// </summary>
public sealed class PeriodFinderValidateTests
{
    [Theory]
    [InlineData(1, 1024, 60_000L, 0L, 4)]
    [InlineData(2, 1024, 60_000L, 0L, 7)]
    [InlineData(3, 768, 4_000L, SampleSeries.CalendarStartMs, 5)]
    [InlineData(4, 512, 2_000L, SampleSeries.CalendarStartMs + 1_000, 37)]
    [InlineData(5, 300, 1_000L, 0L, 100)]
    [InlineData(6, 200, 600_000L, SampleSeries.CalendarStartMs, 48)]
    [InlineData(7, 1024, 60_000L, 0L, 341)]
    [InlineData(8, 64, 1_000L, 0L, 4)]
    public void Validate_NoisySeasonWithGapsAndTies_EqualsTheDirectDefinitionBitForBit(int seed, int length, long bucketMs, long originMs, int periodBuckets)
    {
        var random = new TestRandom(seed);
        var buckets = new double[length];
        for (var i = 0; i < length; i++)
        {
            // Rounded to a coarse step so that bins hold many equal values; some gaps.
            var value = (3 * Math.Sin(2 * Math.PI * i / periodBuckets)) + random.NextGaussian();
            buckets[i] = random.NextInt(20) == 0 ? double.NaN : Math.Round(value * 4) / 4;
        }

        PeriodFinder.Validate(buckets, bucketMs, originMs, periodBuckets * bucketMs).Found.ShouldBeTrue();
        foreach (var periodMs in new[] { periodBuckets * bucketMs, (periodBuckets * bucketMs) + (bucketMs / 3), 4 * bucketMs, 9 * bucketMs, 3 * bucketMs / 2, 2 * bucketMs / 3 })
        {
            var actual = PeriodFinder.Validate(buckets, bucketMs, originMs, periodMs);
            var expected = ReferenceValidate(buckets, bucketMs, originMs, periodMs);

            actual.PeriodMs.ShouldBe(expected.PeriodMs);
            BitConverter.DoubleToInt64Bits(actual.Strength).ShouldBe(BitConverter.DoubleToInt64Bits(expected.Strength));
            BitConverter.DoubleToInt64Bits(actual.Fit).ShouldBe(BitConverter.DoubleToInt64Bits(expected.Fit));
        }
    }

    private static PeriodCandidate ReferenceValidate(ReadOnlySpan<double> buckets, long bucketMs, long originMs, long periodMs)
    {
        var bins = (int)Math.Clamp(periodMs / bucketMs, 4, 1024);
        var (firstCycle, _) = Locate(originMs + (bucketMs / 2), periodMs, bins);
        var (lastCycle, _) = Locate(originMs + ((buckets.Length - 1) * bucketMs) + (bucketMs / 2), periodMs, bins);
        var cycles = (int)(lastCycle - firstCycle + 1);
        if (cycles < 2 || (long)cycles * bins > 64 * 1024)
        {
            return PeriodCandidate.None;
        }

        var cells = new double[cycles * bins];
        Array.Fill(cells, double.NaN);
        for (var i = 0; i < buckets.Length; i++)
        {
            var (cycle, bin) = Locate(originMs + (i * bucketMs) + (bucketMs / 2), periodMs, bins);
            cells[((int)(cycle - firstCycle) * bins) + bin] = buckets[i];
        }

        var errors = new double[buckets.Length];
        var deviations = new double[buckets.Length];
        var others = new double[cycles];
        var count = 0;
        for (var c = 0; c < cycles; c++)
        {
            for (var b = 0; b < bins; b++)
            {
                var value = cells[(c * bins) + b];
                if (double.IsNaN(value))
                {
                    continue;
                }

                var n = 0;
                for (var o = 0; o < cycles; o++)
                {
                    var other = cells[(o * bins) + b];
                    if (o != c && !double.IsNaN(other))
                    {
                        others[n++] = other;
                    }
                }

                if (n == 0)
                {
                    continue;
                }

                errors[count] = Math.Abs(value - SortedMedian(others.AsSpan(0, n)));
                deviations[count] = value;
                count++;
            }
        }

        if (count < 8)
        {
            return PeriodCandidate.None;
        }

        var centre = SortedMedian(deviations.AsSpan(0, count));
        double errorSum = 0, spreadSum = 0;
        for (var i = 0; i < count; i++)
        {
            deviations[i] = Math.Abs(deviations[i] - centre);
            errorSum += errors[i];
            spreadSum += deviations[i];
        }

        var spread = SortedMedian(deviations.AsSpan(0, count));
        if (!(spread > 0) || !(spreadSum > 0))
        {
            return PeriodCandidate.None;
        }

        var robust = SortedMedian(errors.AsSpan(0, count)) / spread;
        var mean = errorSum / spreadSum;
        return new PeriodCandidate(periodMs, Math.Max(0, 1 - (robust * robust)), Math.Max(0, 1 - (mean * mean)));
    }

    private static double SortedMedian(Span<double> values)
    {
        values.Sort();
        var middle = values.Length / 2;
        return (values.Length & 1) == 1 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
    }

    private static (long Cycle, int Bin) Locate(long timestampMs, long periodMs, int bins)
    {
        var cycle = timestampMs >= 0 ? timestampMs / periodMs : ((timestampMs + 1) / periodMs) - 1;
        var phase = timestampMs - (cycle * periodMs);
        return (cycle, (int)(phase * bins / periodMs));
    }
}
