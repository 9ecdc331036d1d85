using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Numerics;

namespace Nunchi.Core.Tests.Numerics;

public sealed class DeterministicMathExpTests
{
    private const int SampleSize = 200_000;

    [Fact]
    public void Exp_RandomSampleOverWholeRange_WithinOneUlpOfMathExp()
    {
        // Arrange: uniform over the finite, non-zero range (subnormal results included) plus small magnitudes.
        var random = new Random(101);
        long worst = 0;
        double worstX = 0.0;

        // Act
        for (int i = 0; i < SampleSize; i++)
        {
            double x = i % 2 == 0
                ? SampleInputs.Uniform(random, -745.2, 709.8)
                : SampleInputs.SignedLogUniform(random, 1e-300, 1.0);
            long ulps = Ulps.Distance(DeterministicMath.Exp(x), Math.Exp(x));
            if (ulps > worst)
            {
                worst = ulps;
                worstX = x;
            }
        }

        // Assert: both are within 1 ulp of the true value, so they differ by at most one step.
        worst.ShouldBeLessThanOrEqualTo(1, $"worst at x = {worstX:R}");
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(709.782712893384, 1.7976931348622732E+308)] // ln(DBL_MAX) rounded down: the last finite result
    [InlineData(709.7827128933841, double.PositiveInfinity)]
    [InlineData(1000.0, double.PositiveInfinity)]
    [InlineData(-745.1332191019411, 5E-324)] // the smallest subnormal
    [InlineData(-745.1332191019412, 0.0)]
    [InlineData(-1000.0, 0.0)]
    [InlineData(5E-324, 1.0)]
    [InlineData(1e-17, 1.0)]
    public void Exp_SpecialValues_MatchC99(double x, double expected)
    {
        // Act
        double actual = DeterministicMath.Exp(x);

        // Assert
        Ulps.SameValue(expected, actual).ShouldBeTrue($"Exp({x:R}) = {actual:R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(1.0, Math.E)] // fdlibm gives the upper neighbour 2.7182818284590455, as Java's StrictMath.exp does
    [InlineData(-1.0, 0.36787944117144233)]
    [InlineData(0.5, 1.6487212707001282)]
    [InlineData(10.0, 22026.465794806718)]
    [InlineData(-10.0, 4.5399929762484854e-05)]
    [InlineData(100.0, 2.6881171418161356e+43)]
    [InlineData(-100.0, 3.720075976020836e-44)]
    [InlineData(700.0, 1.0142320547350045e+304)]
    [InlineData(-700.0, 9.85967654375977e-305)]
    [InlineData(-740.0, 4.2e-322)]
    [InlineData(1e-10, 1.0000000001)]
    [InlineData(0.6931471805599453, 2.0)]
    public void Exp_KnownValues_WithinOneUlpOfCorrectlyRounded(double x, double correctlyRounded)
    {
        // Act
        double actual = DeterministicMath.Exp(x);

        // Assert (references from 300-bit mpmath)
        Ulps.Distance(correctlyRounded, actual).ShouldBeLessThanOrEqualTo(1, $"Exp({x:R}) = {actual:R}");
    }

    [Fact]
    public void ExpFamily_NegativeZero_FollowsC99()
    {
        // Act + Assert: functions that are odd at 0 keep the sign of zero; the others see −0 as 0.
        Ulps.SameValue(1.0, DeterministicMath.Exp(-0.0)).ShouldBeTrue();
        Ulps.SameValue(-0.0, DeterministicMath.Expm1(-0.0)).ShouldBeTrue();
        Ulps.SameValue(-0.0, DeterministicMath.Tanh(-0.0)).ShouldBeTrue();
        Ulps.SameValue(0.5, DeterministicMath.Logistic(-0.0)).ShouldBeTrue();
    }

    [Fact]
    public void ExpAndExpm1_SampledNeighbours_AreNonDecreasing()
    {
        // Arrange
        var random = new Random(102);

        for (int i = 0; i < SampleSize; i++)
        {
            double x = i % 2 == 0
                ? SampleInputs.Uniform(random, -745.2, 709.8)
                : SampleInputs.SignedLogUniform(random, 1e-20, 2.0);
            double next = Math.BitIncrement(x);

            // Act + Assert
            (DeterministicMath.Exp(x) <= DeterministicMath.Exp(next)).ShouldBeTrue($"Exp at {x:R}");
            (DeterministicMath.Expm1(x) <= DeterministicMath.Expm1(next)).ShouldBeTrue($"Expm1 at {x:R}");
        }
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, -1.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(5E-324, 5E-324)]
    [InlineData(-5E-324, -5E-324)]
    [InlineData(1e-300, 1e-300)]
    [InlineData(-40.0, -1.0)]
    [InlineData(709.7827128933841, double.PositiveInfinity)]
    public void Expm1_SpecialValues_MatchC99(double x, double expected)
    {
        // Act
        double actual = DeterministicMath.Expm1(x);

        // Assert
        Ulps.SameValue(expected, actual).ShouldBeTrue($"Expm1({x:R}) = {actual:R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(1e-10, 1.00000000005e-10)]
    [InlineData(-1e-10, -9.999999999500001e-11)]
    [InlineData(1e-05, 1.0000050000166668e-05)]
    [InlineData(1.0, 1.7182818284590453)]
    [InlineData(-1.0, -0.6321205588285577)]
    [InlineData(0.5, 0.6487212707001282)]
    [InlineData(-0.5, -0.3934693402873666)]
    [InlineData(10.0, 22025.465794806718)]
    [InlineData(-10.0, -0.9999546000702375)]
    [InlineData(50.0, 5.184705528587072e+21)]
    [InlineData(700.0, 1.0142320547350045e+304)]
    public void Expm1_KnownValues_WithinOneUlpOfCorrectlyRounded(double x, double correctlyRounded)
    {
        // Act
        double actual = DeterministicMath.Expm1(x);

        // Assert (references from 300-bit mpmath)
        Ulps.Distance(correctlyRounded, actual).ShouldBeLessThanOrEqualTo(1, $"Expm1({x:R}) = {actual:R}");
    }

    [Fact]
    public void Expm1_ModerateArguments_WithinTwoUlpOfMathExpMinusOne()
    {
        // Arrange: for x ≥ 2 (e^x ≥ 7.4) and x ≤ −2, Math.Exp(x) − 1 cancels too little to lose more than an ulp.
        var random = new Random(103);
        long worst = 0;

        // Act
        for (int i = 0; i < SampleSize / 4; i++)
        {
            double x = i % 2 == 0 ? SampleInputs.Uniform(random, 2.0, 709.0) : SampleInputs.Uniform(random, -40.0, -2.0);
            worst = Math.Max(worst, Ulps.Distance(DeterministicMath.Expm1(x), Math.Exp(x) - 1.0));
        }

        // Assert
        worst.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void Tanh_RandomSample_WithinTwoUlpOfMathTanh()
    {
        // Arrange
        var random = new Random(104);
        long worst = 0;

        // Act
        for (int i = 0; i < SampleSize / 2; i++)
        {
            double x = SampleInputs.SignedLogUniform(random, 1e-300, 30.0);
            worst = Math.Max(worst, Ulps.Distance(DeterministicMath.Tanh(x), Math.Tanh(x)));
        }

        // Assert: fdlibm's tanh is within 2 ulp (measured 1.9 against 300-bit references).
        worst.ShouldBeLessThanOrEqualTo(2);
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, 1.0)]
    [InlineData(double.NegativeInfinity, -1.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(5E-324, 5E-324)]
    [InlineData(22.0, 1.0)]
    [InlineData(-22.0, -1.0)]
    public void Tanh_SpecialValues_MatchC99(double x, double expected)
    {
        // Act
        double actual = DeterministicMath.Tanh(x);

        // Assert
        Ulps.SameValue(expected, actual).ShouldBeTrue($"Tanh({x:R}) = {actual:R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, 1.0)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(0.0, 0.5)]
    [InlineData(800.0, 1.0)]
    [InlineData(-800.0, 0.0)]
    [InlineData(1.0, 0.7310585786300049)]
    [InlineData(-1.0, 0.2689414213699951)]
    [InlineData(-30.0, 9.357622968839299e-14)]
    [InlineData(-700.0, 9.85967654375977e-305)]
    public void Logistic_SpecialAndReferenceValues_Match(double x, double expected)
    {
        // Act
        double actual = DeterministicMath.Logistic(x);

        // Assert: reference values are correctly rounded (mpmath); the function is within 3 ulp of them.
        if (double.IsNaN(expected) || expected is 0.0 or 0.5 or 1.0)
            Ulps.SameValue(expected, actual).ShouldBeTrue($"Logistic({x:R}) = {actual:R}");
        else
            Ulps.Distance(expected, actual).ShouldBeLessThanOrEqualTo(3);
    }

    [Fact]
    public void Logistic_AnyDouble_IsInUnitIntervalAndSymmetric()
    {
        Prop.ForAll<double>(x =>
        {
            double y = DeterministicMath.Logistic(x);
            if (double.IsNaN(x))
                return double.IsNaN(y);

            // σ(x) + σ(−x) = 1 up to rounding.
            return y is >= 0.0 and <= 1.0 && Math.Abs(y + DeterministicMath.Logistic(-x) - 1.0) <= 4e-16;
        }).QuickCheckThrowOnFailure();
    }
}
