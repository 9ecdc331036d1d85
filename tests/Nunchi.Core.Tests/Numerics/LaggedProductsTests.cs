using Nunchi.Core.Numerics;
using Nunchi.Core.Tests.Analysis;

namespace Nunchi.Core.Tests.Numerics;

public sealed class LaggedProductsTests
{
    [Theory]
    [InlineData(4, 3, 1)]
    [InlineData(5, 2, 2)]
    [InlineData(32, 16, 3)]
    [InlineData(48, 24, 4)]
    [InlineData(128, 64, 5)]
    [InlineData(129, 128, 6)]
    [InlineData(546, 273, 7)]
    [InlineData(768, 384, 8)]
    [InlineData(1000, 500, 9)]
    [InlineData(1024, 512, 10)]
    [InlineData(1024, 1023, 11)]
    public void Compute_RandomSeasonalSequence_AgreesWithTheDirectSums(int length, int maxLag, int seed)
    {
        var random = new TestRandom(seed);
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = (3 * Math.Sin(2 * Math.PI * i / 37)) + random.NextGaussian() + (seed % 3 == 0 ? 1e3 : 0);
        }

        var sums = new double[maxLag + 1];
        LaggedProducts.Compute(values, maxLag, sums, new double[LaggedProducts.WorkLength(length, maxLag)]);

        // Errors of an FFT correlation scale with Σx², not with each (possibly near-zero) sum.
        var energy = Direct(values, 0);
        for (var lag = 0; lag <= maxLag; lag++)
        {
            Math.Abs(sums[lag] - Direct(values, lag)).ShouldBeLessThan(1e-12 * energy, $"lag {lag}");
        }
    }

    [Fact]
    public void Compute_SameInput_GivesTheSameBits()
    {
        // Determinism across runs (and, with only basic IEEE operations, across machines).
        var random = new TestRandom(12);
        var values = new double[900];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextGaussian();
        }

        var first = new double[451];
        var second = new double[451];
        var work = new double[LaggedProducts.WorkLength(900, 450)];
        LaggedProducts.Compute(values, 450, first, work);
        work.AsSpan().Fill(double.NaN);
        LaggedProducts.Compute(values, 450, second, work);

        second.ShouldBe(first);
    }

    private static double Direct(double[] values, int lag)
    {
        double sum = 0;
        for (var i = lag; i < values.Length; i++)
        {
            sum += values[i] * values[i - lag];
        }

        return sum;
    }
}
