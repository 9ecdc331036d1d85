using Nunchi.Core.Numerics;

namespace Nunchi.Core.Tests.Numerics;

public sealed class DeterministicMathPowTests
{
    private const int SampleSize = 200_000;

    public static TheoryData<double, double, double> SpecialCases => new()
    {
        // x^±0 = 1 and 1^y = 1, even for NaN
        { double.NaN, 0.0, 1.0 },
        { double.NaN, -0.0, 1.0 },
        { 1.0, double.NaN, 1.0 },
        { 1.0, double.PositiveInfinity, 1.0 },
        // otherwise NaN propagates
        { double.NaN, 1.0, double.NaN },
        { 2.0, double.NaN, double.NaN },
        // y = ±∞
        { -1.0, double.PositiveInfinity, 1.0 },
        { -1.0, double.NegativeInfinity, 1.0 },
        { 2.0, double.PositiveInfinity, double.PositiveInfinity },
        { -2.0, double.NegativeInfinity, 0.0 },
        { 0.5, double.PositiveInfinity, 0.0 },
        { -0.5, double.NegativeInfinity, double.PositiveInfinity },
        // x = ±0
        { 0.0, 3.0, 0.0 },
        { -0.0, 3.0, -0.0 },
        { -0.0, 2.5, 0.0 },
        { -0.0, 4.0, 0.0 },
        { 0.0, -3.0, double.PositiveInfinity },
        { -0.0, -3.0, double.NegativeInfinity },
        { -0.0, -2.5, double.PositiveInfinity },
        { -0.0, double.NegativeInfinity, double.PositiveInfinity },
        // x = ±∞
        { double.PositiveInfinity, 0.5, double.PositiveInfinity },
        { double.PositiveInfinity, -0.5, 0.0 },
        { double.NegativeInfinity, 3.0, double.NegativeInfinity },
        { double.NegativeInfinity, 2.0, double.PositiveInfinity },
        { double.NegativeInfinity, -3.0, -0.0 },
        { double.NegativeInfinity, -2.5, 0.0 },
        // negative x: integer y gives a signed result, non-integer y NaN
        { -2.0, 3.0, -8.0 },
        { -2.0, -2.0, 0.25 },
        { -2.0, 0.5, double.NaN },
        { -1.0, 1e300, 1.0 },
        // y = 1, 2, 0.5 shortcuts
        { 7.25, 1.0, 7.25 },
        { 3.0, 2.0, 9.0 },
        { 2.0, 0.5, 1.4142135623730951 },
        // overflow and underflow, with the sign of an odd power
        { 2.0, 1024.0, double.PositiveInfinity },
        { -2.0, 1025.0, double.NegativeInfinity },
        { 0.5, 1074.0, 5E-324 },
        { 2.0, -1074.0, 5E-324 },
        { 0.5, 1075.0, 0.0 }, // exactly half the smallest subnormal: ties to even
        { -0.5, 1075.0, -0.0 },
        { 1.5, 1e20, double.PositiveInfinity },
        { 0.75, 1e20, 0.0 },
        { 1.0000000001, 1e300, double.PositiveInfinity },
        { 0.9999999999, -1e300, double.PositiveInfinity },
    };

    [Theory]
    [MemberData(nameof(SpecialCases))]
    public void Pow_SpecialValues_MatchC99AnnexF(double x, double y, double expected)
    {
        // Act
        double actual = DeterministicMath.Pow(x, y);

        // Assert
        Ulps.SameValue(expected, actual).ShouldBeTrue($"Pow({x:R}, {y:R}) = {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void Pow_RandomSample_WithinTwoUlpOfMathPow()
    {
        // Arrange: positive x over the whole range with y scaled to keep x^y near the representable range (over- and
        // underflow edges included), x near 1 with large y, and negative x with integer y.
        var random = new Random(301);
        long worst = 0;
        (double X, double Y) worstCase = default;

        // Act
        for (int i = 0; i < SampleSize; i++)
        {
            double x, y;
            switch (i % 3)
            {
                case 0:
                    x = SampleInputs.LogUniform(random, double.Epsilon, double.MaxValue);
                    double log2X = Math.Abs(Math.ILogB(x)) + 1.0;
                    y = SampleInputs.Uniform(random, -1100.0, 1100.0) / log2X;
                    break;
                case 1:
                    x = SampleInputs.Uniform(random, 0.5, 2.0);
                    y = SampleInputs.Uniform(random, -1e4, 1e4);
                    break;
                default:
                    x = -SampleInputs.Uniform(random, 0.01, 100.0);
                    y = random.Next(-150, 150);
                    break;
            }

            long ulps = Ulps.Distance(DeterministicMath.Pow(x, y), Math.Pow(x, y));
            if (ulps > worst)
            {
                worst = ulps;
                worstCase = (x, y);
            }
        }

        // Assert
        worst.ShouldBeLessThanOrEqualTo(2, $"worst at {worstCase}");
    }

    [Fact]
    public void Pow_IntegerPowersOfIntegers_AreExact()
    {
        for (long a = 2; a <= 40; a++)
        {
            // Arrange: every a^b that fits in 53 bits, computed exactly in integers.
            long exact = 1;
            for (int b = 1; exact <= (1L << 53) / a; b++)
            {
                exact *= a;

                // Act + Assert
                DeterministicMath.Pow(a, b).ShouldBe(exact, $"{a}^{b}");
                DeterministicMath.Pow(-a, b).ShouldBe(b % 2 == 0 ? exact : -exact, $"(-{a})^{b}");
            }
        }
    }

    [Fact]
    public void Pow_HalfPower_EqualsSquareRoot()
    {
        // Arrange
        var random = new Random(302);

        for (int i = 0; i < 10_000; i++)
        {
            double x = SampleInputs.LogUniform(random, double.Epsilon, double.MaxValue);

            // Act + Assert
            Ulps.SameValue(Math.Sqrt(x), DeterministicMath.Pow(x, 0.5)).ShouldBeTrue($"x = {x:R}");
        }
    }
}
