using Nunchi.Core.Numerics;
using Nunchi.Core.Tests.Analysis;

namespace Nunchi.Core.Tests.Numerics;

public sealed class OrderStatisticsTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1000)]
    [InlineData(3, 4)]
    public void Median_RandomValues_EqualsTheSortedMiddle(int seed, int distinct)
    {
        // Lengths across the insertion-sort cut-off and partitioning; few distinct values give many ties.
        var random = new TestRandom(seed);
        for (var length = 1; length <= 300; length++)
        {
            var values = new double[length];
            for (var i = 0; i < length; i++)
            {
                values[i] = distinct > 0 ? random.NextInt(distinct) : random.NextGaussian();
            }

            var sorted = (double[])values.Clone();
            Array.Sort(sorted);
            var middle = length / 2;
            var expected = length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);

            OrderStatistics.Median(values).ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Select_EveryRank_EqualsTheSortedValueAndPartitions(int seed)
    {
        var random = new TestRandom(seed);
        var original = new double[97];
        for (var i = 0; i < original.Length; i++)
        {
            original[i] = Math.Round(random.NextGaussian(), 1);
        }

        var sorted = (double[])original.Clone();
        Array.Sort(sorted);
        for (var k = 0; k < original.Length; k++)
        {
            var values = (double[])original.Clone();

            var selected = OrderStatistics.Select(values, k);

            selected.ShouldBe(sorted[k]);
            values[k].ShouldBe(selected);
            values.AsSpan(0, k).ToArray().ShouldAllBe(v => v <= selected);
            values.AsSpan(k + 1).ToArray().ShouldAllBe(v => v >= selected);
        }
    }

    [Fact]
    public void Median_SortedAndReversedAndConstantInputs_EqualsTheSortedMiddle()
    {
        // Inputs that defeat naive pivots; the depth limit keeps them O(n log n).
        var ascending = Enumerable.Range(0, 4001).Select(i => (double)i).ToArray();
        var descending = ascending.Reverse().ToArray();
        var constant = Enumerable.Repeat(7.0, 4000).ToArray();
        var organPipe = Enumerable.Range(0, 4000).Select(i => (double)Math.Min(i, 4000 - i)).ToArray();

        OrderStatistics.Median(ascending).ShouldBe(2000);
        OrderStatistics.Median(descending).ShouldBe(2000);
        OrderStatistics.Median(constant).ShouldBe(7);
        OrderStatistics.Median(organPipe).ShouldBe(1000);
    }
}
