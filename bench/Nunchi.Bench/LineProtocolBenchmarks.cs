using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Bench;

/// <summary>
/// Line protocol parsing throughput on a 5,000-line body shaped like the ingest harness's
/// (<c>python3 /work/shared/bench/ingest/gen.py</c>: 3 tags, 4 float fields, nanosecond timestamps), 20,000 values per
/// invocation. Values/s = 20,000 / mean time.
/// </summary>
[MemoryDiagnoser]
public class LineProtocolBenchmarks
{
    private const int Lines = 5000;
    private const int FieldsPerLine = 4;

    private readonly CountingSink _sink = new();
    private byte[] _body = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var text = new StringBuilder();
        for (var i = 0; i < Lines; i++)
        {
            var machine = i % 100;
            text.Append(CultureInfo.InvariantCulture,
                $"machine,site=site{machine / 50:00},line=line{machine / 10:00},machine=m{machine:00000} ");
            text.Append(CultureInfo.InvariantCulture,
                $"temperature={40 + (random.NextDouble() * 30):F2},vibration={random.NextDouble() * 3:F3},pressure={random.NextDouble() * 8:F3},power={10 + (random.NextDouble() * 15):F2} ");
            text.Append(CultureInfo.InvariantCulture, $"{1_704_067_200_000_000_000L + ((i / 100) * 1_000_000_000L)}\n");
        }

        _body = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark(OperationsPerInvoke = Lines * FieldsPerLine, Description = "Parse, per value")]
    public int ParseHarnessLines() =>
        LineProtocolParser.Parse(_body, TimestampPrecision.Nanosecond, 0, 65536, _sink).Values;

    private sealed class CountingSink : ILineProtocolSink
    {
        public double Sum;

        public void OnValue(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field, long timestampMs, double value, int line) =>
            Sum += value;

        public void OnError(in LineProtocolError error) => throw new InvalidOperationException(error.Reason);
    }
}
