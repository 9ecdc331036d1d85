using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Ingest;

namespace Nunchi.Core.Tests.Ingest;

public sealed class Utf8NumberTests
{
    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("-2e-3", -0.002)]
    [InlineData("+3", 3.0)]
    [InlineData("42", 42.0)]
    [InlineData("12.345", 12.345)]
    [InlineData("0.1", 0.1)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1E10", 1e10)]
    [InlineData("1e+2", 100.0)]
    [InlineData("000123.4500", 123.45)]
    [InlineData("0.000000000000000000000000001", 1e-27)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568e29)]
    [InlineData("9007199254740993", 9007199254740992.0)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    [InlineData("4.9e-324", double.Epsilon)]
    public void TryParse_InvariantNumbers_ParsesLikeTheBcl(string text, double expected)
    {
        Utf8Number.TryParse(Encoding.ASCII.GetBytes(text), out var value).ShouldBeTrue();

        value.ShouldBe(expected);
    }

    [Fact]
    public void TryParse_NegativeZero_KeepsTheSign()
    {
        Utf8Number.TryParse("-0.0"u8, out var value).ShouldBeTrue();

        double.IsNegative(value).ShouldBeTrue();
    }

    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("nan", double.NaN)]
    [InlineData("-nan", double.NaN)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("+inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("INF", double.PositiveInfinity)]
    public void TryParse_NonFiniteWords_AreAccepted(string text, double expected)
    {
        Utf8Number.TryParse(Encoding.ASCII.GetBytes(text), out var value).ShouldBeTrue();

        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("12,5")]
    [InlineData("1,000")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("e5")]
    [InlineData("0x10")]
    [InlineData("1 000")]
    [InlineData(" 1")]
    [InlineData("abc")]
    [InlineData("infinit")]
    [InlineData("nana")]
    [InlineData("--1")]
    [InlineData("∞")]
    public void TryParse_NotANumber_ReturnsFalse(string text)
    {
        Utf8Number.TryParse(Encoding.UTF8.GetBytes(text), out _).ShouldBeFalse();
    }

    [Fact]
    public void TryParse_AnyDoubleInAnyFormat_EqualsDoubleParseBitForBit()
    {
        // Arrange: random bit patterns cover every exponent; the formats cover short, long and exponent forms.
        string[] formats = ["R", "G17", "E10", "F3", "G6", "E2"];
        var property = Prop.ForAll(ArbMap.Default.ArbFor<long>(), ArbMap.Default.ArbFor<int>(), (bits, formatIndex) =>
        {
            var value = BitConverter.Int64BitsToDouble(bits);
            if (!double.IsFinite(value))
            {
                return true;
            }

            var text = value.ToString(formats[Math.Abs(formatIndex % formats.Length)], CultureInfo.InvariantCulture);
            var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

            // Act
            var parsed = Utf8Number.TryParse(Encoding.ASCII.GetBytes(text), out var actual);

            // Assert
            return parsed && BitConverter.DoubleToInt64Bits(actual) == BitConverter.DoubleToInt64Bits(expected);
        });

        property.QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryParse_ShortDecimals_EqualsDoubleParseBitForBit()
    {
        // Arrange: the sensor-like values that take the fast path.
        var property = Prop.ForAll(ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<byte>(), (mantissa, scale) =>
        {
            var text = ((decimal)mantissa / (decimal)Math.Pow(10, scale % 12)).ToString(CultureInfo.InvariantCulture);
            var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

            // Act
            var parsed = Utf8Number.TryParse(Encoding.ASCII.GetBytes(text), out var actual);

            // Assert
            return parsed && BitConverter.DoubleToInt64Bits(actual) == BitConverter.DoubleToInt64Bits(expected);
        });

        property.QuickCheckThrowOnFailure();
    }
}
