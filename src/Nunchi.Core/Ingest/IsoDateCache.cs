using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Nunchi.Core.Ingest;

/// <summary>The last <c>yyyy-MM-dd</c> text parsed and its day number, so that rows of the same day skip the calendar work.</summary>
/// <remarks>Time series are mostly in order, so consecutive rows nearly always share their date.</remarks>
internal struct IsoDateCache
{
    private ulong _head;
    private ushort _tail;
    private long _days;
    private bool _filled;

    /// <summary>The day number of <paramref name="date"/> (its first 10 bytes) when it is the cached date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryGet(ReadOnlySpan<byte> date, out long days)
    {
        days = _days;
        return _filled
            && BinaryPrimitives.ReadUInt64LittleEndian(date) == _head
            && BinaryPrimitives.ReadUInt16LittleEndian(date[8..]) == _tail;
    }

    /// <summary>Remembers a valid date text (its first 10 bytes) and its day number.</summary>
    public void Set(ReadOnlySpan<byte> date, long days)
    {
        _head = BinaryPrimitives.ReadUInt64LittleEndian(date);
        _tail = BinaryPrimitives.ReadUInt16LittleEndian(date[8..]);
        _days = days;
        _filled = true;
    }
}
