using System.Text;
using Nunchi.Core.Ingest;

namespace Nunchi.Core.Tests.Ingest;

/// <summary>One row as read, with a missing cell as null.</summary>
internal sealed record CsvTestRow(long TimestampMs, long Line, string TimestampText, double?[] Values);

/// <summary>Everything a reader produced for one input.</summary>
internal sealed record CsvTestOutcome(
    CsvError? OpenError,
    string? TimeColumn,
    bool TimeIsRowIndex,
    IReadOnlyList<string> ValueColumns,
    char Delimiter,
    List<CsvTestRow> Rows,
    CsvError? ReadError);

/// <summary>Reads a whole CSV text or byte array with <see cref="CsvPointReader"/>, for assertions.</summary>
internal static class CsvTestReading
{
    public static CsvTestOutcome Read(string text, CsvReadOptions? options = null, int batchCapacity = 7) =>
        Read(Encoding.UTF8.GetBytes(text), options, batchCapacity);

    public static CsvTestOutcome Read(byte[] bytes, CsvReadOptions? options = null, int batchCapacity = 7, int? maxBytesPerRead = null, int seed = 1)
    {
        using Stream stream = maxBytesPerRead is { } most ? new TrickleStream(bytes, most, seed) : new MemoryStream(bytes);
        var opened = CsvPointReader.Open(stream, "data.csv", options);
        if (!opened.Succeeded)
        {
            return new CsvTestOutcome(opened.Error, null, false, [], ',', [], null);
        }

        using var reader = opened.Reader;
        var batch = reader.CreateBatch(batchCapacity);
        var rows = new List<CsvTestRow>();
        CsvError? error;
        while (reader.TryRead(batch, out error))
        {
            var totalMissing = 0;
            for (var row = 0; row < batch.Count; row++)
            {
                var values = new double?[batch.ColumnCount];
                for (var column = 0; column < values.Length; column++)
                {
                    values[column] = batch.Missing(column)[row] ? null : batch.Values(column)[row];
                    totalMissing += batch.Missing(column)[row] ? 1 : 0;
                }

                var text = Encoding.UTF8.GetString(batch.TimestampTextBytes[batch.TimestampTextOffsets[row]..batch.TimestampTextOffsets[row + 1]]);
                text.ShouldBe(Encoding.UTF8.GetString(batch.TimestampText(row)));
                rows.Add(new CsvTestRow(batch.TimestampsMs[row], batch.LineNumbers[row], text, values));
            }

            var counted = 0;
            for (var column = 0; column < batch.ColumnCount; column++)
            {
                counted += batch.MissingCount(column);
            }

            counted.ShouldBe(totalMissing);
        }

        reader.TryRead(batch, out var again).ShouldBeFalse();
        again.ShouldBe(error);
        return new CsvTestOutcome(null, reader.TimeColumn, reader.TimeIsRowIndex, reader.ValueColumns, reader.Delimiter, rows, error);
    }
}
