using System.Buffers;
using System.IO.Compression;

namespace Nunchi.Server.Ingest;

/// <summary>A request body read whole into a pooled buffer (gzip bodies decompressed), bounded in size.</summary>
internal sealed class RequestBody : IDisposable
{
    private byte[] _buffer;

    private RequestBody(byte[] buffer, int length, bool tooLarge)
    {
        _buffer = buffer;
        Length = length;
        TooLarge = tooLarge;
    }

    /// <summary>The bytes read.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>The bytes read.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>Number of bytes read.</summary>
    public int Length { get; }

    /// <summary>True when the body was larger than allowed; nothing of it should be used.</summary>
    public bool TooLarge { get; }

    /// <summary>Reads the body; a body beyond <paramref name="maxBytes"/> stops reading and sets <see cref="TooLarge"/>.</summary>
    /// <exception cref="InvalidDataException">The body claims gzip but is not.</exception>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        int limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        bool gzip = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (!gzip && request.ContentLength > limit)
        {
            return new RequestBody([], 0, tooLarge: true);
        }

        Stream source = gzip ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : request.Body;
        int initial = request.ContentLength is long length and > 0 and < int.MaxValue / 4
            ? (int)Math.Min(gzip ? length * 8 : length, limit) + 1
            : 64 * 1024;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 1024));
        int filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (filled > limit)
                    {
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await source.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        finally
        {
            if (gzip)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (filled > limit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new RequestBody([], 0, tooLarge: true);
        }

        return new RequestBody(buffer, filled, tooLarge: false);
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
