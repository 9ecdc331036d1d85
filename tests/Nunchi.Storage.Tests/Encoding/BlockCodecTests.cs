using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Storage.Encoding;

namespace Nunchi.Storage.Tests.Encoding;

public sealed class BlockCodecTests
{
    private enum ValueKind { RawBits, Specials, Decimals, Constant, Counter, Flags }

    private enum TimeKind { Regular, Jittered, Random, Extremes }

    [Fact]
    public void Encode_RandomSeries_DecodesBitForBit()
    {
        // Arrange: every kind of value (raw bit patterns, −0.0, subnormals, ±1e300, decimals of 0–6 places,
        // constants, counters) over every kind of timestamps, at sizes from 1 to 8,192 points.
        var scenarios =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from count in Gen.OneOf(Gen.Choose(1, 3), Gen.Choose(4, 700), Gen.Constant(BlockCodec.MaxPointCount / 8))
            from valueKind in Gen.Choose(0, 5)
            from timeKind in Gen.Choose(0, 3)
            select (Seed: seed, Count: count, Values: (ValueKind)valueKind, Times: (TimeKind)timeKind);

        Prop.ForAll(scenarios.ToArbitrary(), scenario =>
        {
            var random = new Random(scenario.Seed);
            long[] timestamps = Timestamps(random, scenario.Count, scenario.Times);
            double[] values = Values(random, scenario.Count, scenario.Values);

            // Act + Assert
            AssertRoundTrip(timestamps, values);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("0")]
    [InlineData("4.9406564584124654E-324")] // the smallest subnormal
    [InlineData("-2.2250738585072009E-308")] // the largest subnormal
    [InlineData("1E+300")]
    [InlineData("-1E+300")]
    [InlineData("1.7976931348623157E+308")]
    [InlineData("23.47")]
    [InlineData("9007199254740993")]
    public void Encode_SpecialValueAmongDecimals_DecodesBitForBit(string text)
    {
        // Arrange: one awkward value in an otherwise decimal block (it must not break the decimal scaling), and alone.
        double special = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        long[] timestamps = [.. Enumerable.Range(0, 300).Select(i => 1_700_000_000_000L + (i * 1000L))];
        double[] values = [.. Enumerable.Range(0, 300).Select(i => i == 150 ? special : Math.Round(20 + (i * 0.01), 2))];

        // Act + Assert
        AssertRoundTrip(timestamps, values);
        AssertRoundTrip([42], [special]);
    }

    [Fact]
    public void Encode_ConstantSeriesAtRegularCadence_TakesAFewBytes()
    {
        long[] timestamps = [.. Enumerable.Range(0, 8192).Select(i => 1_700_000_000_000L + (i * 10_000L))];
        double[] values = [.. Enumerable.Repeat(21.5, 8192)];

        int length = AssertRoundTrip(timestamps, values);

        length.ShouldBeLessThanOrEqualTo(80, "bytes for 8,192 equal values at a steady 10 s");
    }

    [Fact]
    public void Encode_CounterAtRegularCadence_TakesAFewBytes()
    {
        long[] timestamps = [.. Enumerable.Range(0, 4096).Select(i => 1_700_000_000_000L + (i * 1000L))];
        double[] values = [.. Enumerable.Range(0, 4096).Select(i => 1_000_000.0 + (i * 25))];

        int length = AssertRoundTrip(timestamps, values);

        length.ShouldBeLessThanOrEqualTo(80, "bytes for 4,096 points of a counter rising by 25 a second");
    }

    [Theory]
    [InlineData(2, 1, 23.0, 2.0, 0.02, 0.05)] // room temperature, °C: 23.47
    [InlineData(3, 1, 0.130, 0.01, 0.0003, 0.002)] // a small pressure, bar: 0.132
    [InlineData(1, 10, 1013.0, 4.0, 0.05, 0.1)] // air pressure, hPa: 1013.2
    public void Encode_RealisticSensorData_TakesAtMostOneBytePerValue(
        int decimals, int stepSeconds, double baseline, double dailyAmplitude, double driftStep, double noise)
    {
        // Arrange: a day of one sensor in the small blocks the store seals (256 points).
        const int Points = 86_400;
        const int BlockSize = 256;
        var timestamps = new long[Points];
        var values = new double[Points];
        SensorSeries.Generate(7, baseline, dailyAmplitude, driftStep, noise, decimals, stepSeconds, timestamps, values);

        // Act
        long bytes = 0;
        for (int start = 0; start < Points; start += BlockSize)
        {
            int length = Math.Min(BlockSize, Points - start);
            bytes += AssertRoundTrip(timestamps.AsSpan(start, length).ToArray(), values.AsSpan(start, length).ToArray());
        }

        // Assert: timestamps, values and headers together.
        ((double)bytes / Points).ShouldBeLessThanOrEqualTo(1.0, "bytes per point");
    }

    [Fact]
    public void TryDecode_TruncatedBlock_ReturnsFalse()
    {
        foreach (ValueKind kind in Enum.GetValues<ValueKind>())
        {
            var random = new Random((int)kind);
            byte[] block = Encode(Timestamps(random, 300, TimeKind.Jittered), Values(random, 300, kind));
            var timestamps = new long[300];
            var values = new double[300];

            for (int length = 0; length < block.Length; length++)
            {
                BlockCodec.TryDecode(block.AsSpan(0, length), timestamps, values, out int count).ShouldBeFalse($"{kind}, {length} of {block.Length} bytes");
                count.ShouldBe(0);
            }
        }
    }

    [Fact]
    public void TryDecode_FlippedBitsOrGarbage_NeverThrows()
    {
        // A corrupt block may decode to other points (there is no checksum) but must never throw or overrun.
        var random = new Random(3);
        foreach (ValueKind kind in Enum.GetValues<ValueKind>())
        {
            byte[] block = Encode(Timestamps(random, 200, TimeKind.Jittered), Values(random, 200, kind));
            for (int bit = 0; bit < block.Length * 8; bit++)
            {
                byte[] corrupt = (byte[])block.Clone();
                corrupt[bit / 8] ^= (byte)(1 << (bit % 8));
                DecodeIntoExactSpans(corrupt);
            }
        }

        for (int trial = 0; trial < 2000; trial++)
        {
            var garbage = new byte[random.Next(0, 64)];
            random.NextBytes(garbage);
            DecodeIntoExactSpans(garbage);
        }
    }

    [Fact]
    public void TryDecode_SpansShorterThanTheBlock_ReturnsFalse()
    {
        byte[] block = Encode([1, 2, 3], [1.5, 2.5, 3.5]);

        BlockCodec.PointCount(block).ShouldBe(3);
        BlockCodec.TryDecode(block, new long[2], new double[3], out _).ShouldBeFalse();
        BlockCodec.TryDecode(block, new long[3], new double[2], out _).ShouldBeFalse();
    }

    [Fact]
    public void PointCount_EmptyOrMalformedHeader_ReturnsZero()
    {
        BlockCodec.PointCount([]).ShouldBe(0);
        BlockCodec.PointCount([0x00]).ShouldBe(0);
        BlockCodec.PointCount([0x80]).ShouldBe(0);
        BlockCodec.PointCount([0xFF, 0xFF, 0xFF, 0xFF, 0x0F]).ShouldBe(0);
    }

    [Fact]
    public void Encode_EmptyOrMismatchedSpans_Throws()
    {
        var output = new ArrayBufferWriter<byte>();

        Should.Throw<ArgumentException>(() => BlockCodec.Encode([], [], output));
        Should.Throw<ArgumentException>(() => BlockCodec.Encode([1, 2], [1.0], output));
        Should.Throw<ArgumentException>(() => BlockCodec.Encode(new long[BlockCodec.MaxPointCount + 1], new double[BlockCodec.MaxPointCount + 1], output));
    }

    [Fact]
    public void Encode_SteadyState_AllocatesNothing()
    {
        var random = new Random(5);
        long[] timestamps = Timestamps(random, 4096, TimeKind.Regular);
        double[] values = Values(random, 4096, ValueKind.Decimals);
        var output = new ArrayBufferWriter<byte>(1 << 16);
        var decodedTimes = new long[4096];
        var decodedValues = new double[4096];
        for (int warm = 0; warm < 3; warm++)
        {
            output.ResetWrittenCount();
            BlockCodec.Encode(timestamps, values, output);
            BlockCodec.TryDecode(output.WrittenSpan, decodedTimes, decodedValues, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++)
        {
            output.ResetWrittenCount();
            BlockCodec.Encode(timestamps, values, output);
            BlockCodec.TryDecode(output.WrittenSpan, decodedTimes, decodedValues, out _);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1024, "bytes allocated by 20 encodes and decodes");
    }

    private static void DecodeIntoExactSpans(byte[] block)
    {
        int n = BlockCodec.PointCount(block);
        n.ShouldBeInRange(0, BlockCodec.MaxPointCount);
        // Exactly sized arrays: an overrun would throw IndexOutOfRangeException.
        var timestamps = new long[n];
        var values = new double[n];
        if (BlockCodec.TryDecode(block, timestamps, values, out int count))
        {
            count.ShouldBe(n);
        }
    }

    private static byte[] Encode(long[] timestamps, double[] values)
    {
        var output = new ArrayBufferWriter<byte>();
        BlockCodec.Encode(timestamps, values, output);
        return output.WrittenSpan.ToArray();
    }

    private static int AssertRoundTrip(long[] timestamps, double[] values)
    {
        byte[] block = Encode(timestamps, values);
        BlockCodec.PointCount(block).ShouldBe(values.Length);

        // Longer spans than needed: the decoder fills only the first count entries.
        var decodedTimes = new long[values.Length + 3];
        var decodedValues = new double[values.Length + 3];
        BlockCodec.TryDecode(block, decodedTimes, decodedValues, out int count).ShouldBeTrue();

        count.ShouldBe(values.Length);
        decodedTimes.AsSpan(0, count).SequenceEqual(timestamps).ShouldBeTrue("timestamps round-trip");
        for (int i = 0; i < count; i++)
        {
            BitConverter.DoubleToInt64Bits(decodedValues[i]).ShouldBe(BitConverter.DoubleToInt64Bits(values[i]), $"bits of value {i} ({values[i]:R})");
        }

        return block.Length;
    }

    private static long[] Timestamps(Random random, int count, TimeKind kind)
    {
        var t = new long[count];
        long at = kind == TimeKind.Extremes ? long.MinValue : 1_700_000_000_000L + random.Next(0, 1_000_000);
        long step = kind == TimeKind.Extremes ? (long.MaxValue / count) * 2 : random.Next(1, 4) * 1000L;
        for (int i = 0; i < count; i++)
        {
            t[i] = at;
            at = unchecked(at + kind switch
            {
                TimeKind.Jittered => step + random.Next(-30, 31),
                TimeKind.Random => 1 + random.NextInt64(0, 1L << random.Next(1, 40)),
                _ => step,
            });
        }

        return t;
    }

    private static double[] Values(Random random, int count, ValueKind kind)
    {
        var v = new double[count];
        double[] specials = [-0.0, 0.0, double.Epsilon, -double.Epsilon, 2.2250738585072009e-308, 1e300, -1e300, double.MaxValue, double.MinValue, 0.1, 1.0 / 3.0];
        int decimals = random.Next(0, 7);
        double scale = Math.Pow(10, random.Next(-3, 6));
        double level = random.NextDouble() * scale;
        for (int i = 0; i < count; i++)
        {
            level += (random.NextDouble() - 0.5) * scale * 0.01;
            v[i] = kind switch
            {
                ValueKind.RawBits => FiniteFromBits(random),
                ValueKind.Specials => random.Next(3) == 0 ? specials[random.Next(specials.Length)] : Math.Round(level, decimals),
                ValueKind.Decimals => Math.Round(level, decimals),
                ValueKind.Constant => specials[count % specials.Length],
                ValueKind.Counter => i * 7.0,
                _ => random.Next(2),
            };
        }

        return v;
    }

    private static double FiniteFromBits(Random random)
    {
        double d;
        do
        {
            d = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
        }
        while (!double.IsFinite(d));

        return d;
    }
}
