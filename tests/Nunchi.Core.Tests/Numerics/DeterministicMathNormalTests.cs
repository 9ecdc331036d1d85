using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Numerics;

namespace Nunchi.Core.Tests.Numerics;

public sealed class DeterministicMathNormalTests
{
    // Q(z) = erfc(z/√2)/2 from 300-bit mpmath, correctly rounded. (Q(10) is 7.619853024160525e-24 and Q(37) is
    // 5.725571222524577e-300; tables quoting ...527e-24 and 5.7255712225239035e-300 are off in the last digits.)
    [Theory]
    [InlineData(0.5, 0.3085375387259869)]
    [InlineData(1.0, 0.15865525393145705)]
    [InlineData(1.5, 0.06680720126885807)]
    [InlineData(2.0, 0.02275013194817921)]
    [InlineData(3.0, 0.0013498980316300946)]
    [InlineData(4.0, 3.1671241833119924e-05)]
    [InlineData(5.0, 2.866515718791939e-07)]
    [InlineData(6.0, 9.86587645037698e-10)]
    [InlineData(8.0, 6.220960574271784e-16)]
    [InlineData(10.0, 7.619853024160525e-24)]
    [InlineData(15.0, 3.670966199312751e-51)]
    [InlineData(20.0, 2.7536241186062337e-89)]
    [InlineData(25.0, 3.056696706382561e-138)]
    [InlineData(30.0, 4.906713927148187e-198)]
    [InlineData(35.0, 1.1249107064724062e-268)]
    [InlineData(37.0, 5.725571222524577e-300)]
    [InlineData(-1.0, 0.8413447460685429)]
    [InlineData(-3.0, 0.9986501019683699)]
    public void NormalSf_TableValues_RelativeErrorBelow1e15(double z, double expected)
    {
        // Act
        double actual = DeterministicMath.NormalSf(z);

        // Assert
        Math.Abs((actual - expected) / expected).ShouldBeLessThan(1e-15, $"Q({z:R}) = {actual:R}");
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, 0.0)]
    [InlineData(double.NegativeInfinity, 1.0)]
    [InlineData(0.0, 0.5)]
    [InlineData(38.6, 0.0)] // below half the smallest subnormal
    [InlineData(40.0, 0.0)]
    [InlineData(1e300, 0.0)]
    [InlineData(-40.0, 1.0)]
    [InlineData(-1e300, 1.0)]
    public void NormalSf_SpecialValues_AreExact(double z, double expected)
    {
        // Act
        double actual = DeterministicMath.NormalSf(z);

        // Assert
        Ulps.SameValue(expected, actual).ShouldBeTrue($"Q({z:R}) = {actual:R}");
    }

    [Fact]
    public void NormalSf_NegativeZero_IsOneHalf()
    {
        Ulps.SameValue(0.5, DeterministicMath.NormalSf(-0.0)).ShouldBeTrue();
    }

    [Fact]
    public void NormalSf_SampledNeighbours_AreNonIncreasing()
    {
        // Arrange
        var random = new Random(401);

        for (int i = 0; i < 100_000; i++)
        {
            double z = SampleInputs.Uniform(random, -10.0, 38.6);
            double next = Math.BitIncrement(z);

            // Act + Assert
            (DeterministicMath.NormalSf(next) <= DeterministicMath.NormalSf(z)).ShouldBeTrue($"at {z:R}");
        }
    }

    [Fact]
    public void NormalSf_AnyDouble_IsProbabilityComplementingCdf()
    {
        Prop.ForAll<double>(z =>
        {
            double q = DeterministicMath.NormalSf(z);
            if (double.IsNaN(z))
                return double.IsNaN(q);

            // Q(z) + Φ(z) = 1 up to the rounding of the larger one.
            return q is >= 0.0 and <= 1.0 && Math.Abs(q + DeterministicMath.NormalCdf(z) - 1.0) <= 3e-16;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(-0.1, double.NaN)]
    [InlineData(1.1, double.NaN)]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(1.0, double.PositiveInfinity)]
    [InlineData(0.5, 0.0)]
    public void NormalQuantile_SpecialValues_AreExact(double p, double expected)
    {
        // Act
        double actual = DeterministicMath.NormalQuantile(p);

        // Assert
        Ulps.SameValue(expected, actual).ShouldBeTrue($"Φ⁻¹({p:R}) = {actual:R}");
    }

    [Theory]
    [InlineData(0.975, 1.9599639845400538)] // references: 300-bit mpmath root of Φ(z) = p
    [InlineData(0.025, -1.9599639845400543)]
    [InlineData(0.8413447460685429, 0.9999999999999999)]
    [InlineData(1e-10, -6.361340902404057)]
    [InlineData(1e-300, -37.0470962993612)]
    [InlineData(5E-324, -38.467405617144344)]
    public void NormalQuantile_KnownValues_RelativeErrorBelow1e15(double p, double expected)
    {
        // Act
        double actual = DeterministicMath.NormalQuantile(p);

        // Assert
        Math.Abs((actual - expected) / expected).ShouldBeLessThan(1e-15, $"Φ⁻¹({p:R}) = {actual:R}");
    }

    [Fact]
    public void NormalInverseSf_OfNormalSf_ReturnsZ()
    {
        // Arrange: the upper tail, where Q(z) keeps full relative precision (down to 1e-300).
        var random = new Random(402);
        double worst = 0.0;

        for (int i = 0; i < 100_000; i++)
        {
            double z = SampleInputs.Uniform(random, 0.0, 37.0);

            // Act
            double roundTrip = DeterministicMath.NormalInverseSf(DeterministicMath.NormalSf(z));

            // Assert-side bookkeeping: error relative to max(1, z).
            worst = Math.Max(worst, Math.Abs(roundTrip - z) / Math.Max(1.0, z));
        }

        // Assert
        worst.ShouldBeLessThan(1e-15);
    }

    [Fact]
    public void NormalQuantile_OfNormalCdf_ReturnsZ()
    {
        // Arrange: the lower tail, the mirror image of the round trip above.
        var random = new Random(403);

        for (int i = 0; i < 100_000; i++)
        {
            double z = SampleInputs.Uniform(random, -37.0, 0.0);

            // Act
            double roundTrip = DeterministicMath.NormalQuantile(DeterministicMath.NormalCdf(z));

            // Assert
            Math.Abs(roundTrip - z).ShouldBeLessThan(1e-15 * Math.Max(1.0, -z), $"z = {z:R}");
        }
    }

    [Fact]
    public void NormalQuantile_IsAntisymmetric()
    {
        // Arrange
        var random = new Random(404);

        for (int i = 0; i < 10_000; i++)
        {
            double p = SampleInputs.Uniform(random, 0.5, 1.0);

            // Act + Assert: 1 − p is exact for p ≥ 0.5.
            DeterministicMath.NormalQuantile(1.0 - p).ShouldBe(-DeterministicMath.NormalQuantile(p));
            DeterministicMath.NormalInverseSf(p).ShouldBe(DeterministicMath.NormalQuantile(1.0 - p));
        }
    }
}
