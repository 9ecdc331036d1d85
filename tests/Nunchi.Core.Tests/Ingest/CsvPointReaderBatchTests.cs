using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Ingest;

namespace Nunchi.Core.Tests.Ingest;

public sealed class CsvPointReaderBatchTests
{
    private const long Jan5At10Utc = 1_704_448_800_000;

    [Fact]
    public void TryRead_FileLargerThanTheBuffer_ReadsRowsAcrossRefills()
    {
        // Arrange: 26-byte rows after a 16-byte header, so the 1 MiB buffer ends inside a row.
        const int rows = 60_000;
        var text = new StringBuilder("timestamp,value\n");
        for (var i = 0; i < rows; i++)
        {
            var time = DateTimeOffset.FromUnixTimeMilliseconds(Jan5At10Utc + (i * 1000L));
            text.Append(time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(',')
                .Append((i % 100_000 / 1000.0).ToString("00.000", CultureInfo.InvariantCulture)).Append('\n');
        }

        var bytes = Encoding.ASCII.GetBytes(text.ToString());
        (((1 << 20) - 16) % 26).ShouldNotBe(0);
        bytes.Length.ShouldBeGreaterThan(1 << 20);

        // Act
        var outcome = CsvTestReading.Read(bytes, batchCapacity: CsvBatch.DefaultCapacity);

        // Assert
        outcome.ReadError.ShouldBeNull();
        outcome.Rows.Count.ShouldBe(rows);
        for (var i = 0; i < rows; i++)
        {
            outcome.Rows[i].TimestampMs.ShouldBe(Jan5At10Utc + (i * 1000L));
            outcome.Rows[i].Values[0].ShouldBe(i % 100_000 / 1000.0);
            outcome.Rows[i].Line.ShouldBe(i + 2);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4096)]
    public void TryRead_AnyBatchCapacity_ReadsTheSameRows(int capacity)
    {
        var csv = RandomCsv.Create(seed: 7, rowCount: 50);
        var options = new CsvReadOptions { TimeColumn = "timestamp", ValueColumns = csv.ValueColumns };

        var outcome = CsvTestReading.Read(csv.Bytes, options, capacity);

        AssertSameRows(outcome, csv);
    }

    [Fact]
    public void TryRead_RowLongerThanTheBuffer_GrowsTheBuffer()
    {
        var note = new string('x', 500);
        var text = $"timestamp,note,value\n2024-01-05 10:00:00,\"{note}\n{note}\",1\n2024-01-05 10:00:01,,2\n";

        var outcome = CsvTestReading.Read(Encoding.ASCII.GetBytes(text), new CsvReadOptions { BufferSize = 16 });

        outcome.Rows.Select(r => r.Values[0]).ShouldBe([1.0, 2.0]);
        outcome.Rows.Select(r => r.Line).ShouldBe([2L, 4L]);
    }

    [Fact]
    public void TryRead_SteadyState_AllocatesNothingPerRow()
    {
        // Arrange: a whole rehearsal on a first reader, so that the JIT has finished recompiling the hot loops (it
        // allocates on this thread while it does, which made a single pass fail about one run in ten under load).
        var text = new StringBuilder("timestamp,a,b\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2024-01-05T10:{i / 60 % 60:00}:{i % 60:00}.5+09:00,{i}.25,{(i % 7 == 0 ? string.Empty : "\"-1e-3\"")}\n");
        }

        var bytes = Encoding.ASCII.GetBytes(text.ToString());
        ReadAfterFirstBatch(bytes);

        // Act
        var (rows, allocated) = ReadAfterFirstBatch(bytes);

        // Assert: a per-row allocation would cost at least 24 bytes a row.
        rows.ShouldBe(19_000);
        allocated.ShouldBeLessThan(rows / 4, "bytes allocated while reading 19 000 rows");
    }

    /// <summary>Reads a first batch (buffers fill), then the rest; returns the rows and bytes allocated after the first.</summary>
    private static (int Rows, long Allocated) ReadAfterFirstBatch(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = CsvPointReader.Open(stream, "data.csv", new CsvReadOptions { BufferSize = 4096 }).Reader.ShouldNotBeNull();
        var batch = reader.CreateBatch(1000);
        reader.TryRead(batch, out _).ShouldBeTrue();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var rows = 0;
        while (reader.TryRead(batch, out _))
        {
            rows += batch.Count;
        }

        return (rows, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void TryRead_RandomFiles_MatchWhatTheyWereBuiltFrom()
    {
        // Arrange: random content, and random buffer, batch and read sizes so that rows and quoted fields straddle
        // every kind of boundary.
        var scenarios =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from rows in Gen.Choose(1, 60)
            from bufferSize in Gen.Choose(CsvReadOptions.MinBufferSize, 200)
            from capacity in Gen.Choose(1, 9)
            from maxBytesPerRead in Gen.Choose(0, 64)
            select (Seed: seed, Rows: rows, BufferSize: bufferSize, Capacity: capacity, MaxBytesPerRead: maxBytesPerRead);

        var property = Prop.ForAll(scenarios.ToArbitrary(), scenario =>
        {
            var csv = RandomCsv.Create(scenario.Seed, scenario.Rows);
            var options = new CsvReadOptions { TimeColumn = "timestamp", ValueColumns = csv.ValueColumns, BufferSize = scenario.BufferSize };

            // Act
            var outcome = CsvTestReading.Read(csv.Bytes, options, scenario.Capacity, scenario.MaxBytesPerRead == 0 ? null : scenario.MaxBytesPerRead, scenario.Seed);

            // Assert
            AssertSameRows(outcome, csv);
        });

        property.QuickCheckThrowOnFailure();
    }

    private static void AssertSameRows(CsvTestOutcome outcome, RandomCsv csv)
    {
        outcome.OpenError.ShouldBeNull();
        outcome.ReadError.ShouldBeNull();
        outcome.Rows.Count.ShouldBe(csv.Expected.Count);
        for (var i = 0; i < csv.Expected.Count; i++)
        {
            var actual = outcome.Rows[i];
            var expected = csv.Expected[i];
            actual.TimestampMs.ShouldBe(expected.TimestampMs, $"row {i}");
            actual.Line.ShouldBe(expected.Line, $"row {i}");
            actual.TimestampText.ShouldBe(expected.TimestampText, $"row {i}");
            actual.Values.Length.ShouldBe(expected.Values.Length);
            for (var k = 0; k < expected.Values.Length; k++)
            {
                actual.Values[k].HasValue.ShouldBe(expected.Values[k].HasValue, $"row {i} column {k}");
                if (expected.Values[k] is { } value)
                {
                    actual.Values[k]!.Value.Equals(value).ShouldBeTrue($"row {i} column {k}: {actual.Values[k]} vs {value}");
                }
            }
        }
    }
}
