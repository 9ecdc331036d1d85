using System.Buffers;
using BenchmarkDotNet.Attributes;
using Nunchi.Storage.Encoding;

namespace Nunchi.Bench;

/// <summary>
/// BlockCodec encode and decode per value, on a block of sensor readings printed with 2 decimals at 1 s (the decimal
/// path) and on full-precision doubles (the Gorilla XOR fallback).
/// </summary>
[MemoryDiagnoser]
public class BlockCodecBenchmarks
{
    private long[] _timestamps = [];
    private double[] _values = [];
    private byte[] _block = [];
    private readonly long[] _decodedTimes = new long[8192];
    private readonly double[] _decodedValues = new double[8192];
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);

    /// <summary>Points per block.</summary>
    [Params(256, 4096)]
    public int Points { get; set; }

    /// <summary>Decimal sensor values or raw doubles.</summary>
    [Params("decimal", "raw")]
    public string Values { get; set; } = "decimal";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _timestamps = new long[Points];
        _values = new double[Points];
        double drift = 0;
        for (int i = 0; i < Points; i++)
        {
            _timestamps[i] = 1_767_225_600_000 + (i * 1000L);
            drift = (0.995 * drift) + (0.02 * (random.NextDouble() - 0.5));
            double v = 40 + (3 * Math.Sin(i / 2000.0)) + drift + (0.08 * (random.NextDouble() - 0.5));
            _values[i] = Values == "decimal" ? Math.Round(v, 2) : v;
        }

        _output.ResetWrittenCount();
        BlockCodec.Encode(_timestamps, _values, _output);
        _block = _output.WrittenSpan.ToArray();
    }

    [Benchmark]
    public int Encode()
    {
        _output.ResetWrittenCount();
        BlockCodec.Encode(_timestamps, _values, _output);
        return _output.WrittenCount;
    }

    [Benchmark]
    public int Decode()
    {
        BlockCodec.TryDecode(_block, _decodedTimes, _decodedValues, out int count);
        return count;
    }
}
