using System.Globalization;
using System.Text;
using Nunchi.Cli.Commands;
using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Detect;

/// <summary>One pass over a CSV file: read, analyse every column, write scores — each on its own thread — and show progress.</summary>
internal static class AnalysisPass
{
    /// <summary>Analyses every row of <paramref name="reader"/> in order.</summary>
    /// <param name="reader">An opened reader at the first data row.</param>
    /// <param name="analysis">The columns' analyzers.</param>
    /// <param name="scores">Where scores go, or null.</param>
    /// <param name="progress">Called after each batch with the rows done so far, or null.</param>
    /// <exception cref="CliException">
    /// A bad row, a row too far out of order, or a read or write failure (exit code 1); the scores of every row before
    /// the offending one have been written and flushed.
    /// </exception>
    public static PassTotals Run(CsvPointReader reader, BatchAnalysis analysis, ScoreFileWriter? scores, Action<long>? progress)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(analysis);
        long rows = 0, first = long.MaxValue, last = long.MinValue;
        using (var pipeline = new BatchPipeline(reader, scores is null ? null : scores.Write))
        {
            while (Take(pipeline, reader.FileName, out var slot))
            {
                var (rejectedRow, rejectedBy) = analysis.Analyse(slot);
                slot.Ready = rejectedRow < 0 ? slot.Batch.Count : rejectedRow;
                foreach (var t in slot.Batch.TimestampsMs[..slot.Ready])
                {
                    first = Math.Min(first, t);
                    last = Math.Max(last, t);
                }

                rows += slot.Ready;
                if (rejectedRow >= 0)
                {
                    // The message is made before the slot is handed on, while its rows are still ours to read.
                    var message = OutOfOrder(reader.FileName, slot.Batch, rejectedRow, rejectedBy!.ReorderSteps);
                    pipeline.Release(slot);
                    Finish(pipeline, scores);
                    throw new CliException(message);
                }

                pipeline.Release(slot);
                progress?.Invoke(rows);
            }

            Finish(pipeline, scores);
            if (pipeline.Error is { } error)
            {
                throw new CliException(error.Message);
            }
        }

        return new PassTotals(rows, first, last);
    }

    /// <summary>The error for a row older than the reorder window allows.</summary>
    public static string OutOfOrder(string fileName, CsvBatch batch, int row, int reorderSteps)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var timestamp = Encoding.UTF8.GetString(batch.TimestampText(row));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{fileName}:{batch.LineNumbers[row]}: timestamp {timestamp} is earlier than the previous row's by more than the reorder window ({reorderSteps} cadence steps); sort the file by time");
    }

    /// <summary>Waits for the scores of every analysed row to be written, and flushes them.</summary>
    private static void Finish(BatchPipeline pipeline, ScoreFileWriter? scores)
    {
        pipeline.Drain();
        scores?.Flush();
    }

    private static bool Take(BatchPipeline pipeline, string fileName, out BatchSlot slot)
    {
        try
        {
            return pipeline.TryTake(out slot);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {fileName}: {e.Message}");
        }
    }
}
