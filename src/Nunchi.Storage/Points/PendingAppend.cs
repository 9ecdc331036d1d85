using System.Buffers;

namespace Nunchi.Storage.Points;

/// <summary>A batch waiting for the commit loop: its encoded log payload and the task its appender awaits.</summary>
/// <remarks>The payload is encoded on the appender's thread, so that the commit loop only writes and syncs.</remarks>
internal sealed class PendingAppend
{
    private byte[]? _payload;

    public PendingAppend(ReadOnlyMemory<StoredPoint> points, int maxSeriesId)
    {
        Points = points;
        _payload = ArrayPool<byte>.Shared.Rent(Math.Max(1, points.Length * LogRecordFormat.MaxPointBytes));
        PayloadLength = LogRecordFormat.EncodePayload(points.Span, _payload, maxSeriesId);
        PayloadCrc = Crc32C.Compute(Payload);
    }

    /// <summary>The caller's points, valid until <see cref="Completion"/> completes.</summary>
    public ReadOnlyMemory<StoredPoint> Points { get; }

    /// <summary>The encoded points.</summary>
    public ReadOnlySpan<byte> Payload => _payload.AsSpan(0, PayloadLength);

    /// <summary>Length of <see cref="Payload"/>.</summary>
    public int PayloadLength { get; }

    /// <summary>CRC-32C of <see cref="Payload"/>.</summary>
    public uint PayloadCrc { get; }

    /// <summary>The LSN assigned by the commit loop.</summary>
    public long Lsn { get; set; }

    /// <summary>Completes with the LSN once the batch is durable; continuations never run on the commit thread.</summary>
    public TaskCompletionSource<long> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Returns the payload buffer to the pool.</summary>
    public void ReleasePayload()
    {
        if (_payload is { } payload)
        {
            _payload = null;
            ArrayPool<byte>.Shared.Return(payload);
        }
    }
}
