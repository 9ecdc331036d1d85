using FsCheck;
using FsCheck.Fluent;
using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

public sealed class LogRecordFormatTests
{
    [Fact]
    public void Payload_AnyPoints_RoundTripsExactly()
    {
        Prop.ForAll<(int Id, long Ts, double Value)[]>(raw =>
        {
            var points = raw.Select(r => new StoredPoint((r.Id & 0xFFFF) + 1, r.Ts, double.IsFinite(r.Value) ? r.Value : 0)).ToArray();
            var buffer = new byte[points.Length * LogRecordFormat.MaxPointBytes];
            var n = LogRecordFormat.EncodePayload(points, buffer, int.MaxValue);
            var decoded = new StoredPoint[points.Length];
            return LogRecordFormat.TryDecodePayload(buffer.AsSpan(0, n), decoded) && decoded.SequenceEqual(points);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Payload_SteadyCadence_TakesAboutElevenBytesPerPoint()
    {
        var points = Enumerable.Range(0, 1000).Select(i => new StoredPoint(1 + (i % 100), 1_700_000_000_000 + (i * 10), i)).ToArray();
        var buffer = new byte[points.Length * LogRecordFormat.MaxPointBytes];

        var n = LogRecordFormat.EncodePayload(points, buffer, int.MaxValue);

        ((double)n / points.Length).ShouldBeLessThan(12.5);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, double.NaN)]
    [InlineData(1, double.PositiveInfinity)]
    public void Payload_InvalidPoint_Throws(int seriesId, double value)
    {
        var buffer = new byte[LogRecordFormat.MaxPointBytes];

        Should.Throw<ArgumentException>(() => LogRecordFormat.EncodePayload([new StoredPoint(seriesId, 1, value)], buffer, 10));
    }
}
