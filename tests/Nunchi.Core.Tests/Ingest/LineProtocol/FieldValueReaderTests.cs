using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class FieldValueReaderTests
{
    [Theory]
    [InlineData("61.23")]
    [InlineData("-0.5")]
    [InlineData("-0.0")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("123456789012345")]
    [InlineData("0.00000000000001")]
    public void TryReadPlainDecimal_PlainDecimals_MatchTheGeneralPathBitForBit(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text + ",");
        var i = 0;

        FieldValueReader.TryReadPlainDecimal(bytes, ref i, out var fast).ShouldBeTrue();

        i.ShouldBe(text.Length);
        FieldValueReader.Read(Encoding.ASCII.GetBytes(text), out var general).ShouldBe(FieldValueStatus.Number);
        BitConverter.DoubleToInt64Bits(fast).ShouldBe(BitConverter.DoubleToInt64Bits(general));
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("12i")]
    [InlineData("1234567890123456")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("t")]
    [InlineData("1x")]
    public void TryReadPlainDecimal_OtherText_LeavesItToTheGeneralPath(string text)
    {
        var i = 0;

        FieldValueReader.TryReadPlainDecimal(Encoding.ASCII.GetBytes(text), ref i, out _).ShouldBeFalse();

        i.ShouldBe(0);
    }

    [Fact]
    public void TryReadPlainDecimal_RandomDecimals_MatchTheGeneralPathBitForBit()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), ArbMap.Default.ArbFor<byte>(), (mantissa, scale) =>
        {
            var text = ((decimal)(mantissa % 1_000_000_000_000_000L) / (decimal)Math.Pow(10, scale % 16)).ToString(CultureInfo.InvariantCulture);
            var bytes = Encoding.ASCII.GetBytes(text);
            var i = 0;

            var fast = FieldValueReader.TryReadPlainDecimal(bytes, ref i, out var fastValue);
            FieldValueReader.Read(bytes, out var generalValue);

            return !fast || BitConverter.DoubleToInt64Bits(fastValue) == BitConverter.DoubleToInt64Bits(generalValue);
        }).QuickCheckThrowOnFailure();
    }
}
