using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class LineProtocolParserValidTests
{
    [Theory]
    // Types: float forms, integer, unsigned, the ten boolean spellings.
    [InlineData("m f=1.5 1000000", "m f=1.5@1 L1")]
    [InlineData("m f=1,g=-1.5e3,h=.5,k=5.,l=1E+2,n=-0.25", "m f=1@42 L1 | m g=-1500@42 L1 | m h=0.5@42 L1 | m k=5@42 L1 | m l=100@42 L1 | m n=-0.25@42 L1")]
    [InlineData("m f=12i,g=-3i,h=12u,k=0u", "m f=12@42 L1 | m g=-3@42 L1 | m h=12@42 L1 | m k=0@42 L1")]
    [InlineData("m a=t,b=T,c=true,d=True,e=TRUE", "m a=1@42 L1 | m b=1@42 L1 | m c=1@42 L1 | m d=1@42 L1 | m e=1@42 L1")]
    [InlineData("m a=f,b=F,c=false,d=False,e=FALSE", "m a=0@42 L1 | m b=0@42 L1 | m c=0@42 L1 | m d=0@42 L1 | m e=0@42 L1")]
    [InlineData("m f=9223372036854775807i,g=-9223372036854775808i,h=18446744073709551615u", "m f=9.223372036854776E+18@42 L1 | m g=-9.223372036854776E+18@42 L1 | m h=1.8446744073709552E+19@42 L1")]
    [InlineData("m f=9007199254740993i", "m f=9007199254740992@42 L1")]
    [InlineData("m f=1e-400", "m f=0@42 L1")]
    // Tags, escapes, unicode; the series is passed through exactly as written.
    [InlineData("machine,site=s0,line=l0 temperature=61.23 1704067200000000000", "machine,site=s0,line=l0 temperature=61.23@1704067200000 L1")]
    [InlineData("my\\ m\\,x,t\\ k=v\\,1\\=2 f\\=x\\ y=1", "my\\ m\\,x,t\\ k=v\\,1\\=2 f\\=x\\ y=1@42 L1")]
    [InlineData("a=b,t=1 f=1", "a=b,t=1 f=1@42 L1")]
    [InlineData("m,t=a\\\\ f=1", "m,t=a\\\\ f=1@42 L1")]
    [InlineData("m,t=\"q\" f=1", "m,t=\"q\" f=1@42 L1")]
    [InlineData("공장,라인=1호기 온도=21.5 1704067200000000000", "공장,라인=1호기 온도=21.5@1704067200000 L1")]
    [InlineData("m,tag=🍭 f=1", "m,tag=🍭 f=1@42 L1")]
    // Strings are skipped, even with escaped quotes, backslashes and newlines.
    [InlineData("m s=\"a \\\"q\\\" \\\\\",f=2", "m f=2@42 L1")]
    [InlineData("m s=\"a\nb\",f=1 1000000\nm f=2", "m f=1@1 L1 | m f=2@42 L3")]
    [InlineData("m s=\"a\r\nb\" 1000000\r\nm f=2", "m f=2@42 L3")]
    // Layout: comments, blank lines, CRLF, extra blanks, missing timestamps, trailing newline.
    [InlineData("# comment\n\n  \nm f=1 1000000\r\nm g=2 2000000\r\n", "m f=1@1 L4 | m g=2@2 L5")]
    [InlineData("  # indented comment\n\tm f=1", "m f=1@42 L2")]
    [InlineData("m  f=1  5000000  ", "m f=1@5 L1")]
    [InlineData("m f=1\n\n\nm f=2\n", "m f=1@42 L1 | m f=2@42 L4")]
    [InlineData("\uFEFFm f=1", "m f=1@42 L1")]
    // Repeated field keys: the last wins.
    [InlineData("m f=1,g=2,f=3", "m g=2@42 L1 | m f=3@42 L1")]
    [InlineData("m f=1,f=\"s\"", "")]
    // Timestamps floor to milliseconds.
    [InlineData("m f=1 -1", "m f=1@-1 L1")]
    [InlineData("m f=1 1999999", "m f=1@1 L1")]
    [InlineData("m f=1 -9223372036854775808", "m f=1@-9223372036855 L1")]
    public void Parse_ValidLines_DeliversEveryValue(string body, string expected)
    {
        var (sink, summary) = RecordingSink.Parse(body);

        sink.Errors.ShouldBeEmpty();
        sink.Render().ShouldBe(expected);
        summary.Values.ShouldBe(sink.Values.Count);
        summary.RejectedLines.ShouldBe(0);
    }

    [Theory]
    [InlineData(TimestampPrecision.Nanosecond, "1704067200123456789", 1_704_067_200_123)]
    [InlineData(TimestampPrecision.Microsecond, "1704067200123456", 1_704_067_200_123)]
    [InlineData(TimestampPrecision.Millisecond, "1704067200123", 1_704_067_200_123)]
    [InlineData(TimestampPrecision.Second, "1704067200", 1_704_067_200_000)]
    [InlineData(TimestampPrecision.Minute, "28401120", 1_704_067_200_000)]
    [InlineData(TimestampPrecision.Hour, "473352", 1_704_067_200_000)]
    [InlineData(TimestampPrecision.Microsecond, "-1", -1)]
    [InlineData(TimestampPrecision.Second, "-62135596800", -62_135_596_800_000)]
    [InlineData(TimestampPrecision.Millisecond, "253402300799999", 253_402_300_799_999)]
    public void Parse_Precision_ConvertsToUnixMilliseconds(TimestampPrecision precision, string timestamp, long expectedMs)
    {
        var (sink, _) = RecordingSink.Parse($"m f=1 {timestamp}", precision);

        sink.Errors.ShouldBeEmpty();
        sink.Values.Single().TimestampMs.ShouldBe(expectedMs);
    }

    [Fact]
    public void Parse_Summary_CountsLinesValuesAndSkippedStrings()
    {
        var (_, summary) = RecordingSink.Parse("# c\nm f=1,s=\"x\",g=2\n\nm t=\"only text\"\nbad\n");

        summary.ShouldBe(new LineProtocolSummary(Lines: 3, Values: 2, RejectedLines: 1, SkippedStringFields: 2));
    }

    [Fact]
    public void Parse_EmptyBody_ReadsNothing()
    {
        var (sink, summary) = RecordingSink.Parse(string.Empty);

        summary.ShouldBe(default);
        sink.Values.ShouldBeEmpty();
    }
}
