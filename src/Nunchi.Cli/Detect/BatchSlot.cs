using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Detect;

/// <summary>A batch of rows and, per value column, the score of each row: the unit that cycles through the pipeline.</summary>
internal sealed class BatchSlot
{
    private readonly double[][] _scores;

    public BatchSlot(CsvBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Batch = batch;
        _scores = new double[batch.ColumnCount][];
        for (var column = 0; column < _scores.Length; column++)
        {
            _scores[column] = new double[batch.Capacity];
        }
    }

    /// <summary>The rows, as read.</summary>
    public CsvBatch Batch { get; }

    /// <summary>How many of the rows, from the first, were analysed and are to be written (all, unless one was rejected).</summary>
    public int Ready { get; set; }

    /// <summary>One value column's scores, one per row of <see cref="Batch"/>.</summary>
    public Span<double> Scores(int column) => _scores[column].AsSpan(0, Batch.Count);
}
