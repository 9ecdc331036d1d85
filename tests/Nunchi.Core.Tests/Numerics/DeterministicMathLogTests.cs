using Nunchi.Core.Numerics;

namespace Nunchi.Core.Tests.Numerics;

public sealed class DeterministicMathLogTests
{
    private const int SampleSize = 200_000;

    [Theory]
    [InlineData("Log", 1)]
    [InlineData("Log2", 1)]
    [InlineData("Log10", 2)] // glibc's log10 itself errs by up to 1.6 ulp near 1 (ours stays below 0.7 against mpmath)
    public void Logarithm_RandomSampleOverWholeRange_AgreesWithMath(string function, long maxUlps)
    {
        // Arrange: every positive double from the smallest subnormal up, plus a dense band around 1.
        (Func<double, double> ours, Func<double, double> platform) = function switch
        {
            "Log" => ((Func<double, double>)DeterministicMath.Log, (Func<double, double>)Math.Log),
            "Log2" => (DeterministicMath.Log2, Math.Log2),
            _ => (DeterministicMath.Log10, Math.Log10),
        };
        var random = new Random(201);
        long worst = 0;
        double worstX = 0.0;

        // Act
        for (int i = 0; i < SampleSize; i++)
        {
            double x = i % 2 == 0
                ? SampleInputs.LogUniform(random, double.Epsilon, double.MaxValue)
                : SampleInputs.Uniform(random, 0.5, 2.0);
            long ulps = Ulps.Distance(ours(x), platform(x));
            if (ulps > worst)
            {
                worst = ulps;
                worstX = x;
            }
        }

        // Assert
        worst.ShouldBeLessThanOrEqualTo(maxUlps, $"worst at x = {worstX:R}");
    }

    [Fact]
    public void Log1p_ArgumentsAboveOne_WithinTwoUlpOfMathLogOfOnePlusX()
    {
        // Arrange: for x ≥ 1 rounding 1 + x moves log(1 + x) ≥ ln2 by at most an ulp, so Math.Log(1 + x) is a fair
        // reference there (below 1, where it is not, the 300-bit reference values cover Log1p).
        var random = new Random(202);
        long worst = 0;

        // Act
        for (int i = 0; i < SampleSize; i++)
        {
            double x = SampleInputs.LogUniform(random, 1.0, 1e300);
            worst = Math.Max(worst, Ulps.Distance(DeterministicMath.Log1p(x), Math.Log(1.0 + x)));
        }

        // Assert
        worst.ShouldBeLessThanOrEqualTo(2);
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(-1.0, double.NaN)]
    [InlineData(-5E-324, double.NaN)]
    [InlineData(double.NegativeInfinity, double.NaN)]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(1.0, 0.0)]
    public void Logarithms_SpecialValues_MatchC99(double x, double expected)
    {
        // Act + Assert: Log, Log2 and Log10 share the special cases.
        Ulps.SameValue(expected, DeterministicMath.Log(x)).ShouldBeTrue($"Log({x:R})");
        Ulps.SameValue(expected, DeterministicMath.Log2(x)).ShouldBeTrue($"Log2({x:R})");
        Ulps.SameValue(expected, DeterministicMath.Log10(x)).ShouldBeTrue($"Log10({x:R})");
    }

    [Fact]
    public void LogFamily_NegativeZero_FollowsC99()
    {
        // Act + Assert: log(−0) = −∞ (a pole, not a NaN); log1p keeps the sign of zero.
        Ulps.SameValue(double.NegativeInfinity, DeterministicMath.Log(-0.0)).ShouldBeTrue();
        Ulps.SameValue(double.NegativeInfinity, DeterministicMath.Log2(-0.0)).ShouldBeTrue();
        Ulps.SameValue(double.NegativeInfinity, DeterministicMath.Log10(-0.0)).ShouldBeTrue();
        Ulps.SameValue(-0.0, DeterministicMath.Log1p(-0.0)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(2.0, 0.6931471805599453)]
    [InlineData(10.0, 2.302585092994046)]
    [InlineData(0.5, -0.6931471805599453)]
    [InlineData(3.0, 1.0986122886681098)]
    [InlineData(1e-300, -690.7755278982137)]
    [InlineData(1e300, 690.7755278982137)]
    [InlineData(5E-324, -744.4400719213812)]
    [InlineData(2.2250738585072014E-308, -708.3964185322641)]
    [InlineData(double.MaxValue, 709.782712893384)]
    [InlineData(Math.E, 1.0)]
    [InlineData(1.0000000001, 1.000000082690371e-10)]
    [InlineData(0.9999999999, -1.000000082790371e-10)]
    public void Log_KnownValues_WithinOneUlpOfCorrectlyRounded(double x, double correctlyRounded)
    {
        // Act
        double actual = DeterministicMath.Log(x);

        // Assert (references from 300-bit mpmath)
        Ulps.Distance(correctlyRounded, actual).ShouldBeLessThanOrEqualTo(1, $"Log({x:R}) = {actual:R}");
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(-1.0, double.NegativeInfinity)]
    [InlineData(-1.5, double.NaN)]
    [InlineData(double.NegativeInfinity, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(0.0, 0.0)]
    [InlineData(5E-324, 5E-324)]
    [InlineData(-5E-324, -5E-324)]
    [InlineData(1e-300, 1e-300)]
    public void Log1p_SpecialValues_MatchC99(double x, double expected)
    {
        // Act
        double actual = DeterministicMath.Log1p(x);

        // Assert
        Ulps.SameValue(expected, actual).ShouldBeTrue($"Log1p({x:R}) = {actual:R}");
    }

    [Theory]
    [InlineData(1e-10, 9.999999999500001e-11)]
    [InlineData(-1e-10, -1.00000000005e-10)]
    [InlineData(1e-05, 9.999950000333332e-06)]
    [InlineData(1.0, 0.6931471805599453)]
    [InlineData(-0.5, -0.6931471805599453)]
    [InlineData(0.5, 0.4054651081081644)]
    [InlineData(1e10, 23.025850930040455)]
    [InlineData(1e300, 690.7755278982137)]
    [InlineData(-0.9999999999, -23.02585084720009)]
    public void Log1p_KnownValues_WithinOneUlpOfCorrectlyRounded(double x, double correctlyRounded)
    {
        // Act
        double actual = DeterministicMath.Log1p(x);

        // Assert (references from 300-bit mpmath)
        Ulps.Distance(correctlyRounded, actual).ShouldBeLessThanOrEqualTo(1, $"Log1p({x:R}) = {actual:R}");
    }

    [Fact]
    public void Log2_EveryPowerOfTwo_IsExactExponent()
    {
        for (int k = -1074; k <= 1023; k++)
        {
            // Arrange
            double x = Math.ScaleB(1.0, k);

            // Act + Assert
            DeterministicMath.Log2(x).ShouldBe(k);
        }
    }

    [Fact]
    public void Log10_ExactPowersOfTen_AreExactExponent()
    {
        // Arrange: 10^0 .. 10^22 are the powers of ten a double holds exactly.
        double x = 1.0;
        for (int k = 0; k <= 22; k++)
        {
            // Act + Assert
            DeterministicMath.Log10(x).ShouldBe(k);
            x *= 10.0;
        }
    }

    [Fact]
    public void Logarithms_SampledNeighbours_AreNonDecreasing()
    {
        // Arrange
        var random = new Random(203);

        for (int i = 0; i < SampleSize; i++)
        {
            double x = i % 2 == 0
                ? SampleInputs.LogUniform(random, double.Epsilon, double.MaxValue)
                : SampleInputs.Uniform(random, 0.5, 2.0);
            double next = Math.BitIncrement(x);
            double small = SampleInputs.SignedLogUniform(random, 1e-20, 0.99);
            double smallNext = Math.BitIncrement(small);

            // Act + Assert
            (DeterministicMath.Log(x) <= DeterministicMath.Log(next)).ShouldBeTrue($"Log at {x:R}");
            (DeterministicMath.Log2(x) <= DeterministicMath.Log2(next)).ShouldBeTrue($"Log2 at {x:R}");
            (DeterministicMath.Log10(x) <= DeterministicMath.Log10(next)).ShouldBeTrue($"Log10 at {x:R}");
            (DeterministicMath.Log1p(x) <= DeterministicMath.Log1p(next)).ShouldBeTrue($"Log1p at {x:R}");
            (DeterministicMath.Log1p(small) <= DeterministicMath.Log1p(smallNext)).ShouldBeTrue($"Log1p at {small:R}");
        }
    }
}
