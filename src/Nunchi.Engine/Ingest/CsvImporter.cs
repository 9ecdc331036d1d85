using System.Buffers;
using Nunchi.Core.Ingest;
using Nunchi.Core.Series;
using Nunchi.Storage;

namespace Nunchi.Engine.Ingest;

/// <summary>
/// Imports a CSV file (a time column and value columns, as <c>nunchi detect</c> reads it) through the engine, so the
/// points are stored and analysed. Each value column becomes the series <c>MEASUREMENT COLUMN</c>.
/// </summary>
/// <remarks>
/// Rows are stored batch by batch; an error stops the import after the rows before it were stored, and says where
/// (file, line, column) and what was expected. When the engine is busy the importer waits (<see cref="NunchiEngine.IngestWaitingAsync"/>), so an
/// import never loses rows to backpressure.
/// </remarks>
public static class CsvImporter
{
    /// <summary>Imports <paramref name="stream"/>; <paramref name="progress"/> gets the rows read so far.</summary>
    public static async Task<ImportResult> ImportAsync(
        NunchiEngine engine,
        Stream stream,
        string fileName,
        string measurement,
        CsvReadOptions options,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentException.ThrowIfNullOrEmpty(measurement);
        var opened = CsvPointReader.Open(stream, fileName, options);
        if (!opened.Succeeded)
        {
            return new ImportResult(0, 0, opened.Error!.Message);
        }

        using var reader = opened.Reader!;
        var ids = new int[reader.ValueColumns.Count];
        for (int c = 0; c < ids.Length; c++)
        {
            var key = new SeriesKey(measurement, reader.ValueColumns[c]);
            if (engine.Catalog.GetOrAdd(key, out ids[c]) == CatalogStatus.CardinalityLimit)
            {
                return new ImportResult(0, 0, $"{fileName}: series limit reached; '{key}' was not created");
            }
        }

        var batch = reader.CreateBatch();
        var points = ArrayPool<StoredPoint>.Shared.Rent(batch.Capacity * ids.Length);
        long stored = 0;
        try
        {
            while (true)
            {
                bool more = reader.TryRead(batch, out var error);
                int count = 0;
                for (int c = 0; c < ids.Length; c++)
                {
                    var values = batch.Values(c);
                    var missing = batch.Missing(c);
                    var times = batch.TimestampsMs;
                    for (int row = 0; row < batch.Count; row++)
                    {
                        if (!missing[row] && double.IsFinite(values[row]))
                        {
                            points[count++] = new StoredPoint(ids[c], times[row], values[row]);
                        }
                    }
                }

                await engine.IngestWaitingAsync(points.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                stored += count;
                progress?.Report(reader.RowsRead);
                if (error is not null)
                {
                    return new ImportResult(stored, ids.Length, error.Message);
                }

                if (!more)
                {
                    return new ImportResult(stored, ids.Length, null);
                }
            }
        }
        finally
        {
            ArrayPool<StoredPoint>.Shared.Return(points);
        }
    }
}
