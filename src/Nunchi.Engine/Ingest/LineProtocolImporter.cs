using System.Buffers;
using System.Globalization;
using System.Text;
using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Engine.Ingest;

/// <summary>
/// Imports a line protocol file through the engine in chunks of whole lines. Bad lines are skipped and reported
/// (file, line, column, why) while every valid line is stored, as an InfluxDB write would.
/// </summary>
public static class LineProtocolImporter
{
    private const int ChunkBytes = 4 << 20;
    private const int MaxLineBytes = 1 << 20;

    /// <summary>
    /// Imports <paramref name="stream"/>; <paramref name="progress"/> gets the lines read so far, and
    /// <paramref name="time"/> (default the system clock) stamps lines that carry no timestamp.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(
        NunchiEngine engine,
        Stream stream,
        string fileName,
        string? precisionText,
        IProgress<long>? progress = null,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(stream);
        if (!TimestampPrecisions.TryParse(precisionText, out var precision))
        {
            return new ImportResult(0, 0, $"precision '{precisionText}' is not valid: expected ns, us, ms or s");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + MaxLineBytes);
        long stored = 0;
        int lineOffset = 0;
        int rejected = 0;
        var errors = new StringBuilder();
        var seriesBefore = engine.Catalog.Count;
        // Lines without a timestamp are stamped with the time of the import, as a live write would be.
        long now = (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            int filled = 0;
            bool end = false;
            while (!end || filled > 0)
            {
                while (!end && filled < ChunkBytes)
                {
                    int read = await stream.ReadAsync(buffer.AsMemory(filled, ChunkBytes + MaxLineBytes - filled), cancellationToken).ConfigureAwait(false);
                    end = read == 0;
                    filled += read;
                }

                // Parse whole lines only; the tail of a cut line waits for the next chunk.
                int cut = end ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                if (cut <= 0)
                {
                    cut = filled; // A line longer than the buffer: let the parser reject it.
                }

                using var batch = engine.NewLineProtocolBatch(cut / 24);
                LineProtocolParser.Parse(buffer.AsSpan(0, cut), precision, now, MaxLineBytes, batch);
                await engine.IngestWaitingAsync(batch.Points, cancellationToken).ConfigureAwait(false);
                stored += batch.Points.Length;
                foreach (var error in batch.Errors)
                {
                    if (rejected + 1 <= 3)
                    {
                        errors.Append(CultureInfo.InvariantCulture, $"{(errors.Length > 0 ? "; " : "")}{fileName}:{lineOffset + error.Line}:{error.Column}: {error.Reason}");
                    }

                    rejected++;
                }

                rejected += batch.RejectedLines - batch.Errors.Count;
                lineOffset += System.MemoryExtensions.Count(buffer.AsSpan(0, cut), (byte)'\n');
                progress?.Report(lineOffset);
                buffer.AsSpan(cut, filled - cut).CopyTo(buffer);
                filled -= cut;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        string? message = rejected == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{rejected} lines rejected (the others were stored): {errors}");
        return new ImportResult(stored, engine.Catalog.Count - seriesBefore, message);
    }
}
