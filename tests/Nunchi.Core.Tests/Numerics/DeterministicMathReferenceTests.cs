using System.Globalization;
using Nunchi.Core.Numerics;

namespace Nunchi.Core.Tests.Numerics;

/// <summary>Every function against correctly rounded 300-bit references (ReferenceValues.csv).</summary>
public sealed class DeterministicMathReferenceTests
{
    [Theory]
    [InlineData("Exp")]
    [InlineData("Expm1")]
    [InlineData("Log")]
    [InlineData("Log1p")]
    [InlineData("Log2")]
    [InlineData("Log10")]
    [InlineData("Pow")]
    public void ElementaryFunction_ReferenceValues_WithinOneUlpOfCorrectlyRounded(string function)
    {
        // Arrange
        Func<double, double, double> evaluate = function switch
        {
            "Exp" => (x, _) => DeterministicMath.Exp(x),
            "Expm1" => (x, _) => DeterministicMath.Expm1(x),
            "Log" => (x, _) => DeterministicMath.Log(x),
            "Log1p" => (x, _) => DeterministicMath.Log1p(x),
            "Log2" => (x, _) => DeterministicMath.Log2(x),
            "Log10" => (x, _) => DeterministicMath.Log10(x),
            _ => DeterministicMath.Pow,
        };
        var rows = ReferenceValue.For(function).ToList();
        long worst = 0;
        ReferenceValue? worstRow = null;

        // Act
        foreach (ReferenceValue row in rows)
        {
            long ulps = Ulps.Distance(evaluate(row.X, row.Y), row.Expected);
            if (ulps > worst)
            {
                worst = ulps;
                worstRow = row;
            }
        }

        // Assert: an error below 1 ulp means the correctly rounded value or one of its neighbours.
        rows.Count.ShouldBeGreaterThan(150);
        worst.ShouldBeLessThanOrEqualTo(1, $"worst at {worstRow}");
    }

    [Fact]
    public void NormalSf_ReferenceValues_RelativeErrorBelow2e15()
    {
        // Arrange
        var rows = ReferenceValue.For("NormalSf").ToList();
        double worst = 0.0;

        // Act
        foreach (ReferenceValue row in rows.Where(r => r.Expected > 1e-300))
            worst = Math.Max(worst, RelativeError(DeterministicMath.NormalSf(row.X), row.Expected));

        // Assert: far tighter than the 1e-12 the calibration needs; subnormal results are within a few of the last place.
        rows.Count.ShouldBeGreaterThan(300);
        worst.ShouldBeLessThan(2e-15);
        foreach (ReferenceValue row in rows.Where(r => r.Expected <= 1e-300))
            Math.Abs(DeterministicMath.NormalSf(row.X) - row.Expected).ShouldBeLessThanOrEqualTo(1e-315, row.ToString());
    }

    [Fact]
    public void NormalQuantile_ReferenceValues_RelativeErrorBelow1e15()
    {
        // Arrange
        var rows = ReferenceValue.For("NormalQuantile").ToList();
        double worst = 0.0;
        ReferenceValue? worstRow = null;

        // Act
        foreach (ReferenceValue row in rows)
        {
            double error = RelativeError(DeterministicMath.NormalQuantile(row.X), row.Expected);
            if (error > worst)
            {
                worst = error;
                worstRow = row;
            }
        }

        // Assert
        rows.Count.ShouldBeGreaterThan(250);
        worst.ShouldBeLessThan(1e-15, string.Create(CultureInfo.InvariantCulture, $"worst at {worstRow}"));
    }

    private static double RelativeError(double actual, double expected) => Math.Abs((actual - expected) / expected);
}
