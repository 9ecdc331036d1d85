using System.Text;
using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class LineProtocolAllocationTests
{
    [Fact]
    public void Parse_LargeValidBody_AllocatesNothingAfterWarmUp()
    {
        // Arrange: harness-like lines plus the less common shapes (strings, escapes, duplicates, comments, CRLF).
        var text = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            text.Append("machine,site=s").Append(i % 3).Append(",line=l").Append(i % 7).Append(",machine=m").Append(i % 50)
                .Append(" temperature=61.23,vibration=0.532,pressure=101.325,power=12.75 ").Append(1_704_067_200_000_000_000L + (i * 1_000_000_000L)).Append('\n');
            if (i % 100 == 0)
            {
                text.Append("# comment\r\nm\\ x,t\\,k=공장 s=\"a \\\"b\\\"\",n=12i,u=3u,b=true,n=5i\r\n\n");
            }
        }

        var body = Encoding.UTF8.GetBytes(text.ToString());
        var sink = new CountingSink();
        for (var i = 0; i < 3; i++)
        {
            LineProtocolParser.Parse(body, TimestampPrecision.Nanosecond, 0, 65536, sink);
        }

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        var summary = LineProtocolParser.Parse(body, TimestampPrecision.Nanosecond, 0, 65536, sink);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        summary.RejectedLines.ShouldBe(0);
        summary.Values.ShouldBe((5000 * 4) + (50 * 3));
        allocated.ShouldBe(0);
    }

    private sealed class CountingSink : ILineProtocolSink
    {
        public double Sum { get; private set; }

        public void OnValue(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field, long timestampMs, double value, int line) =>
            Sum += value + series.Length + field.Length;

        public void OnError(in LineProtocolError error) => throw new InvalidOperationException(error.Reason);
    }
}
