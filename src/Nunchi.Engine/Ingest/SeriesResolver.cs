using System.Collections.Concurrent;
using Nunchi.Storage;

namespace Nunchi.Engine.Ingest;

/// <summary>
/// Maps a series as written on the wire (series bytes plus field bytes) to its catalog id, without allocating for
/// series seen before. Thread-safe.
/// </summary>
/// <remarks>
/// The wire form is cached as written, so two spellings of one series (tags in another order) are two cache
/// entries with the same id; the catalog decides identity on the structured key.
/// </remarks>
internal sealed class SeriesResolver(ISeriesCatalog catalog)
{
    private readonly ConcurrentDictionary<byte[], int> _ids = new(ByteKeyComparer.Instance);

    /// <summary>
    /// The id of the series, creating it in the catalog when new; <see cref="CatalogStatus.CardinalityLimit"/>
    /// when it would be one series too many.
    /// </summary>
    public CatalogStatus Resolve(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field, SeriesKeyFactory keyOf, out int id)
    {
        int length = 4 + series.Length + field.Length;
        byte[]? rented = null;
        Span<byte> key = length <= 512 ? stackalloc byte[length] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            // Length-prefixed so that no choice of bytes in the series can make two pairs collide.
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key, series.Length);
            series.CopyTo(key[4..]);
            field.CopyTo(key[(4 + series.Length)..]);
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<byte>>();
            if (lookup.TryGetValue(key, out id))
            {
                return CatalogStatus.Found;
            }

            var status = catalog.GetOrAdd(keyOf(series, field), out id);
            if (status != CatalogStatus.CardinalityLimit)
            {
                lookup.TryAdd(key, id);
            }

            return status;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
