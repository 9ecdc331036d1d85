namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class LineProtocolParserPartialWriteTests
{
    [Fact]
    public void Parse_BadLinesAmongGoodOnes_DeliversEveryGoodLineAndOneErrorPerBadLine()
    {
        var body = string.Join('\n',
            "m,h=a f=1,g=2 1000000",
            "m,h=a f=3,g=oops 2000000",
            "# comment",
            "m,h=b f=4 3000000",
            "m,h=c f=5,g=6 notatime",
            "m,h=d f=\"unterminated",
            "m,h=e f=7 4000000");

        var (sink, summary) = RecordingSink.Parse(body);

        sink.Render().ShouldBe("m,h=a f=1@1 L1 | m,h=a g=2@1 L1 | m,h=b f=4@3 L4 | m,h=e f=7@4 L7");
        sink.Errors.Select(e => e.Line).ShouldBe([2, 5, 6]);
        summary.ShouldBe(new(Lines: 6, Values: 4, RejectedLines: 3, SkippedStringFields: 0));
    }

    [Fact]
    public void Parse_ErrorInTheLastFieldOrTimestamp_DeliversNoneOfTheLinesValues()
    {
        var (sink, _) = RecordingSink.Parse("m a=1,b=2,c=3,d=x\nm a=1,b=2 1 trailing");

        sink.Values.ShouldBeEmpty();
        sink.Errors.Count.ShouldBe(2);
    }

    [Fact]
    public void Parse_StrayQuote_RejectsItsLineOnlyWhenNoQuoteFollows()
    {
        var (sink, _) = RecordingSink.Parse("m f=1\nm s=\"open,f=2\nm f=3\nm f=4");

        sink.Errors.ShouldHaveSingleItem().Line.ShouldBe(2);
        sink.Values.Select(v => v.Value).ShouldBe([1.0, 3.0, 4.0]);
        sink.Values.Select(v => v.Line).ShouldBe([1, 3, 4]);
    }
}
