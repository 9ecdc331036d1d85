using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class TimestampPrecisionsTests
{
    [Theory]
    [InlineData(null, TimestampPrecision.Nanosecond)]
    [InlineData("", TimestampPrecision.Nanosecond)]
    [InlineData("n", TimestampPrecision.Nanosecond)]
    [InlineData("ns", TimestampPrecision.Nanosecond)]
    [InlineData("u", TimestampPrecision.Microsecond)]
    [InlineData("us", TimestampPrecision.Microsecond)]
    [InlineData("\u00B5", TimestampPrecision.Microsecond)]
    [InlineData("\u03BC", TimestampPrecision.Microsecond)]
    [InlineData("ms", TimestampPrecision.Millisecond)]
    [InlineData("s", TimestampPrecision.Second)]
    [InlineData("m", TimestampPrecision.Minute)]
    [InlineData("h", TimestampPrecision.Hour)]
    public void TryParse_InfluxSpellings_AreRecognised(string? text, TimestampPrecision expected)
    {
        TimestampPrecisions.TryParse(text, out var precision).ShouldBeTrue();

        precision.ShouldBe(expected);
    }

    [Theory]
    [InlineData("S")]
    [InlineData("M")]
    [InlineData("sec")]
    [InlineData("d")]
    [InlineData(" s")]
    public void TryParse_OtherText_IsRefused(string text)
    {
        TimestampPrecisions.TryParse(text, out var precision).ShouldBeFalse();

        precision.ShouldBe(TimestampPrecision.Nanosecond);
    }
}
