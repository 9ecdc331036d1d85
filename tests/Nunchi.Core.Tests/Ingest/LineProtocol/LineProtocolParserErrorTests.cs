using System.Text;
using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class LineProtocolParserErrorTests
{
    [Theory]
    [InlineData("m", 1, 2, "missing fields")]
    [InlineData("m ", 1, 3, "missing fields")]
    [InlineData("m,t=a", 1, 6, "missing fields")]
    [InlineData(",t=a f=1", 1, 1, "missing measurement")]
    [InlineData("m,t f=1", 1, 3, "tag 't' has no value: expected tag=value")]
    [InlineData("m,t= f=1", 1, 5, "missing value for tag 't'")]
    [InlineData("m,=a f=1", 1, 3, "missing tag key")]
    [InlineData("m, f=1", 1, 3, "missing tag key")]
    [InlineData("m,t=a=b f=1", 1, 6, "unescaped '=' in the value of tag 't'")]
    [InlineData("m,t=a,u=b,t=c f=1", 1, 11, "duplicate tag 't'")]
    [InlineData("m f", 1, 3, "field 'f' has no value")]
    [InlineData("m f 1", 1, 3, "field 'f' has no value")]
    [InlineData("m f=", 1, 5, "missing value for field 'f'")]
    [InlineData("m f= 1", 1, 5, "missing value for field 'f'")]
    [InlineData("m f=1,", 1, 7, "missing field key")]
    [InlineData("m f=1, g=2", 1, 7, "missing field key")]
    [InlineData("m =1", 1, 3, "missing field key")]
    [InlineData("m temp=abc", 1, 8, "invalid field value 'abc' for field 'temp': expected a number, an integer (123i), an unsigned integer (123u), a boolean or a quoted string")]
    [InlineData("m f=NaN", 1, 5, "NaN and infinity are not allowed")]
    [InlineData("m f=-inf", 1, 5, "NaN and infinity are not allowed")]
    [InlineData("m f=Infinity", 1, 5, "NaN and infinity are not allowed")]
    [InlineData("m f=+1", 1, 5, "invalid field value '+1'")]
    [InlineData("m f=1.5i", 1, 5, "invalid field value '1.5i'")]
    [InlineData("m f=1e3i", 1, 5, "invalid field value '1e3i'")]
    [InlineData("m f=-1u", 1, 5, "invalid field value '-1u'")]
    [InlineData("m f=1.2.3", 1, 5, "invalid field value '1.2.3'")]
    [InlineData("m f=yes", 1, 5, "invalid field value 'yes'")]
    [InlineData("m f=tRUE", 1, 5, "invalid field value 'tRUE'")]
    [InlineData("m f='x'", 1, 5, "invalid field value ''x''")]
    [InlineData("m f=0x10", 1, 5, "invalid field value '0x10'")]
    [InlineData("m f=9223372036854775808i", 1, 5, "integer value '9223372036854775808i' for field 'f' is out of range")]
    [InlineData("m f=-9223372036854775809i", 1, 5, "is out of range")]
    [InlineData("m f=18446744073709551616u", 1, 5, "unsigned value '18446744073709551616u' for field 'f' is out of range")]
    [InlineData("m f=1e309", 1, 5, "float value '1e309' for field 'f' is out of range")]
    [InlineData("m f=\"abc", 1, 5, "unterminated string value for field 'f'")]
    [InlineData("m f=\"a\"x", 1, 8, "unexpected text after the string value of field 'f'")]
    [InlineData("m f=1 12a", 1, 7, "invalid timestamp '12a': expected an integer number of nanoseconds since the Unix epoch")]
    [InlineData("m f=1 1.5", 1, 7, "invalid timestamp '1.5'")]
    [InlineData("m f=1 -", 1, 7, "invalid timestamp '-'")]
    [InlineData("m f=1 +5", 1, 7, "invalid timestamp '+5'")]
    [InlineData("m f=1 1 2", 1, 9, "unexpected text '2' after the timestamp: expected the end of the line")]
    [InlineData("m f=1 99999999999999999999", 1, 7, "timestamp '99999999999999999999' is out of range")]
    [InlineData("m f=1 9223372036854775808", 1, 7, "is out of range")]
    [InlineData("ok f=1\nm 온도=abc", 2, 6, "invalid field value 'abc' for field '온도'")]
    [InlineData("ok f=1\r\n\r\nm,공장=1호기 f=x 1", 3, 12, "invalid field value 'x'")]
    [InlineData("m s=\"a\nb\",f=x\nok f=1", 2, 6, "invalid field value 'x'")]
    [InlineData("m\\ f=1", 1, 7, "missing fields")]
    public void Parse_InvalidLine_ReportsLineColumnAndReason(string body, int line, int column, string reason)
    {
        var (sink, summary) = RecordingSink.Parse(body);

        var error = sink.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Reason.ShouldContain(reason, Case.Sensitive);
        summary.RejectedLines.ShouldBe(1);
        sink.Values.Where(v => v.Line == line).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(TimestampPrecision.Second, "9223372036854775807", "seconds")]
    [InlineData(TimestampPrecision.Second, "253402300800", "seconds")]
    [InlineData(TimestampPrecision.Hour, "-18000000", "hours")]
    [InlineData(TimestampPrecision.Millisecond, "-62135596800001", "milliseconds")]
    public void Parse_TimestampBeyondYear9999OrBeforeYear1_IsRejected(TimestampPrecision precision, string timestamp, string unit)
    {
        var (sink, _) = RecordingSink.Parse($"m f=1 {timestamp}", precision);

        sink.Errors.ShouldHaveSingleItem().Reason.ShouldContain($"out of range: expected {unit} since the Unix epoch within the years 0001 to 9999");
    }

    [Fact]
    public void Parse_LineOverTheLimit_SaysTheLimit()
    {
        var body = "ok f=1\nm f=1,g=2,h=3,k=4\nok f=2";

        var (sink, _) = RecordingSink.Parse(body, maxLineBytes: 10);

        var error = sink.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(2);
        error.Column.ShouldBe(1);
        error.Reason.ShouldBe("line is 17 bytes long: expected at most 10 bytes per line");
        sink.Values.Select(v => v.Value).ShouldBe([1.0, 2.0]);
    }

    [Fact]
    public void Parse_StringRunningPastTheLimit_RejectsOnlyTheFirstLine()
    {
        var body = "m s=\"abc\nok f=1\nok f=2 1000000\nend s=\"x\"";

        var (sink, _) = RecordingSink.Parse(body, maxLineBytes: 16);

        sink.Errors.ShouldHaveSingleItem().Reason.ShouldContain("within the limit of 16 bytes per line");
        sink.Render().ShouldBe("ok f=1@42 L2 | ok f=2@1 L3");
    }

    [Fact]
    public void Parse_InvalidUtf8_IsRejectedAtTheByte()
    {
        byte[] body = [.. "m,t=a"u8, 0xFF, .. " f=1\nok f=1"u8];

        var (sink, _) = RecordingSink.Parse(body);

        var error = sink.Errors.ShouldHaveSingleItem();
        error.Column.ShouldBe(6);
        error.Reason.ShouldContain("invalid UTF-8");
        sink.Values.ShouldHaveSingleItem().Series.ShouldBe("ok");
    }

    [Fact]
    public void Parse_LongLine_ExcerptIsAWindowAroundTheError()
    {
        var body = "m " + string.Join(',', Enumerable.Range(0, 40).Select(i => $"field{i}=1")) + ",bad=oops,z=1";

        var (sink, _) = RecordingSink.Parse(body);

        var error = sink.Errors.ShouldHaveSingleItem();
        error.Excerpt.Length.ShouldBeLessThanOrEqualTo(LineProtocolParser.MaxExcerptLength);
        error.Excerpt.ShouldContain("bad=oops");
        error.Excerpt.ShouldStartWith("…");
    }

    [Fact]
    public void Parse_ShortLine_ExcerptIsTheWholeLine()
    {
        var (sink, _) = RecordingSink.Parse("ok f=1\r\nm,공장=1호기 temp=abc 5\r\nok f=2");

        sink.Errors.ShouldHaveSingleItem().Excerpt.ShouldBe("m,공장=1호기 temp=abc 5");
    }

    [Fact]
    public void Parse_MillionByteLine_ExcerptStaysShort()
    {
        var body = Encoding.UTF8.GetBytes("m f=" + new string('9', 1_000_000) + "x");

        var (sink, _) = RecordingSink.Parse(body, maxLineBytes: 2_000_000);

        var error = sink.Errors.ShouldHaveSingleItem();
        error.Excerpt.Length.ShouldBeLessThanOrEqualTo(LineProtocolParser.MaxExcerptLength);
        error.Reason.Length.ShouldBeLessThan(300);
    }
}
