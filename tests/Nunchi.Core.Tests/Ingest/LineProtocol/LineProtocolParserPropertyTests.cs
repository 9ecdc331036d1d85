using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class LineProtocolParserPropertyTests
{
    // Bytes that matter to the grammar, so random bodies reach deep into it; plus any byte at all.
    private static readonly byte[] s_alphabet = [.. "m,= \\\"\n\r#tTfF1234567890.-+eEiu\t"u8, 0xEA, 0xB3, 0xB5, 0xFF, 0x00];

    [Fact]
    public void Parse_RandomBytes_NeverThrowsAndReportsConsistently()
    {
        var bodies =
            from length in Gen.Choose(0, 300)
            from useAlphabet in Gen.Elements(true, true, true, false)
            from bytes in Gen.ArrayOf(useAlphabet ? Gen.Elements(s_alphabet) : Gen.Choose(0, 255).Select(b => (byte)b), length)
            from maxLineBytes in Gen.Elements(8, 40, 65536)
            from precision in Gen.Elements(Enum.GetValues<TimestampPrecision>())
            select (Bytes: bytes, MaxLineBytes: maxLineBytes, Precision: precision);

        Prop.ForAll(bodies.ToArbitrary(), body =>
        {
            var sink = new RecordingSink();

            var summary = LineProtocolParser.Parse(body.Bytes, body.Precision, 7, body.MaxLineBytes, sink);

            var physicalLines = body.Bytes.Count(b => b == '\n') + 1;
            summary.RejectedLines.ShouldBe(sink.Errors.Count);
            summary.Values.ShouldBe(sink.Values.Count);
            (summary.Lines >= summary.RejectedLines).ShouldBeTrue();
            sink.Values.ShouldAllBe(v => double.IsFinite(v.Value) && v.Line >= 1 && v.Line <= physicalLines);
            sink.Errors.ShouldAllBe(e => e.Line >= 1 && e.Line <= physicalLines && e.Column >= 1
                && e.Excerpt.Length <= LineProtocolParser.MaxExcerptLength && e.Reason.Length > 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_FormattedRandomPoints_GivesThemBack()
    {
        var scenarios =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from points in Gen.Choose(1, 30)
            select (Seed: seed, Points: points);

        Prop.ForAll(scenarios.ToArbitrary(), scenario =>
        {
            var points = RandomPoints.Create(scenario.Seed, scenario.Points, defaultTimestampMs: 123);

            var (sink, summary) = RecordingSink.Parse(points.Text, defaultTimestampMs: 123);

            sink.Errors.ShouldBeEmpty(points.Text);
            summary.Lines.ShouldBe(scenario.Points);
            summary.SkippedStringFields.ShouldBe(points.SkippedStrings);
            sink.Values.Select(v => (v.Key, v.TimestampMs, v.Value, v.Line)).ShouldBe(points.Expected, points.Text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_ValuesOfAValidLine_ArriveWhateverFollows()
    {
        // Appending any garbage line must not change what the valid line before it delivers.
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(s_alphabet)).ToArbitrary(), garbage =>
        {
            byte[] body = [.. "m,t=a f=1,g=2i 5000000\n"u8, .. garbage];
            var sink = new RecordingSink();

            LineProtocolParser.Parse(body, TimestampPrecision.Nanosecond, 0, 65536, sink);

            sink.Values.Take(2).Select(v => (v.Field, v.Value, v.TimestampMs)).ShouldBe([("f", 1.0, 5L), ("g", 2.0, 5L)]);
            sink.Values.Skip(2).ShouldAllBe(v => v.Line >= 2);
        }).QuickCheckThrowOnFailure();
    }
}
