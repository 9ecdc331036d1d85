using System.Buffers;

namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>The keys of the current line: a caller-provided stack buffer that moves to a pooled array for very wide lines.</summary>
/// <remarks>Reused line after line, so steady-state parsing allocates nothing. Call <see cref="Dispose"/> to return a rented array.</remarks>
internal ref struct KeyBuffer
{
    private Span<KeySlot> _slots;
    private KeySlot[]? _rented;
    private int _count;

    public KeyBuffer(Span<KeySlot> initial)
    {
        _slots = initial;
    }

    public readonly int Count => _count;

    public readonly Span<KeySlot> Slots => _slots[.._count];

    public void Clear() => _count = 0;

    public void Add(int start, int length, double value, bool isString)
    {
        if (_count == _slots.Length)
        {
            Grow();
        }

        ref var slot = ref _slots[_count++];
        slot.Start = start;
        slot.Length = length;
        slot.Value = value;
        slot.IsString = isString;
        slot.Superseded = false;
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<KeySlot>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow()
    {
        var bigger = ArrayPool<KeySlot>.Shared.Rent(Math.Max(16, _slots.Length * 2));
        _slots.CopyTo(bigger);
        Dispose();
        _rented = bigger;
        _slots = bigger;
    }
}
