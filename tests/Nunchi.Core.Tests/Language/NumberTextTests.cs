using Nunchi.Core.Language;

namespace Nunchi.Core.Tests.Language;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData(2.345, "2.3")]
    [InlineData(0.0123, "0.012")]
    [InlineData(15234.7, "15,235")]
    [InlineData(1234567.0, "1,234,567")]
    [InlineData(2.0, "2")]
    [InlineData(0.5, "0.5")]
    [InlineData(999.6, "1,000")]
    [InlineData(-2.345, "-2.3")]
    [InlineData(0.0, "0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-∞")]
    public void Significant_TwoDigits_KeepsWholeDigitsAndTrimsZeros(double value, string expected)
    {
        NumberText.Significant(value).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0.8, 2, "0.80")]
    [InlineData(1234.5, 0, "1,235")]
    [InlineData(-0.001, 2, "0.00")]
    [InlineData(-1.25, 1, "-1.3")]
    public void Fixed_RoundsToDecimalsWithSeparators(double value, int decimals, string expected)
    {
        NumberText.Fixed(value, decimals).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0.36, 2)]
    [InlineData(0.036, 3)]
    [InlineData(4.0, 1)]
    [InlineData(40.0, 0)]
    [InlineData(4000.0, 0)]
    public void DecimalsFor_BandWidth_ShowsTwoSignificantDigitsOfIt(double scale, int expected)
    {
        NumberText.DecimalsFor(scale).ShouldBe(expected);
    }

    [Fact]
    public void DecimalsFor_NonPositiveScale_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => NumberText.DecimalsFor(0));
    }

    [Theory]
    [InlineData(0.1234, "12%")]
    [InlineData(0.005, "0.5%")]
    [InlineData(1.5, "150%")]
    public void Percent_Fraction_ReadsAsPercentage(double fraction, string expected)
    {
        NumberText.Percent(fraction).ShouldBe(expected);
    }

    [Theory]
    [InlineData(9.4, "9")]
    [InlineData(12.6, "13")]
    [InlineData(2.46, "2.5")]
    [InlineData(1.5, "1.5")]
    [InlineData(2.0, "2")]
    public void Multiple_Ratio_WholeFromThreeUp(double ratio, string expected)
    {
        NumberText.Multiple(ratio).ShouldBe(expected);
    }
}
