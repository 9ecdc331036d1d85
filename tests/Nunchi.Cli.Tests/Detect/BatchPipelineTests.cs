using System.Text;
using Nunchi.Cli.Detect;
using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Tests.Detect;

public sealed class BatchPipelineTests
{
    [Fact]
    public void TryTake_WholeFile_DeliversEveryRowInOrderThroughTheSink()
    {
        using var stream = Csv(10_000);
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader!;
        var sunk = new List<double>();
        var taken = 0L;
        using (var pipeline = new BatchPipeline(reader, slot => sunk.AddRange(slot.Batch.Values(0)[..slot.Ready].ToArray()), batchCapacity: 333))
        {
            while (pipeline.TryTake(out var slot))
            {
                slot.Ready = slot.Batch.Count;
                taken += slot.Batch.Count;
                pipeline.Release(slot);
            }

            pipeline.Drain();
            pipeline.Error.ShouldBeNull();
        }

        taken.ShouldBe(10_000);
        sunk.ShouldBe(Enumerable.Range(0, 10_000).Select(i => (double)i));
    }

    [Fact]
    public void Drain_SinkFails_RethrowsItsExceptionToTheCaller()
    {
        using var stream = Csv(10_000);
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader!;
        using var pipeline = new BatchPipeline(reader, _ => throw new IOException("disk full"), batchCapacity: 100);

        var failure = Should.Throw<IOException>(() =>
        {
            while (pipeline.TryTake(out var slot))
            {
                slot.Ready = slot.Batch.Count;
                pipeline.Release(slot);
            }

            pipeline.Drain();
        });

        failure.Message.ShouldBe("disk full");
    }

    [Fact]
    public void TryTake_BadRowMidFile_DeliversTheRowsBeforeItThenTheError()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("timestamp,value\n1,1\n2,2\n3,x\n4,4\n"));
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader!;
        using var pipeline = new BatchPipeline(reader);
        var rows = 0;

        while (pipeline.TryTake(out var slot))
        {
            rows += slot.Batch.Count;
            pipeline.Release(slot);
        }

        rows.ShouldBe(2);
        pipeline.Error!.Line.ShouldBe(4);
    }

    [Fact]
    public void Dispose_MidFile_StopsTheReaderWithoutHanging()
    {
        using var stream = Csv(100_000);
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader!;
        var pipeline = new BatchPipeline(reader, _ => { }, batchCapacity: 100);

        pipeline.TryTake(out _).ShouldBeTrue();
        pipeline.Dispose();

        reader.RowsRead.ShouldBeLessThan(100_000);
    }

    private static MemoryStream Csv(int rows)
    {
        var csv = new StringBuilder("timestamp,value\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(1_704_412_800 + (i * 60)).Append(',').Append(i).Append('\n');
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
