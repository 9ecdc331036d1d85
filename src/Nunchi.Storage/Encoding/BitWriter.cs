using System.Buffers.Binary;

namespace Nunchi.Storage.Encoding;

/// <summary>Writes bit fields most significant bit first into a caller's buffer.</summary>
internal ref struct BitWriter
{
    private readonly Span<byte> _destination;
    private ulong _accumulator;
    private int _used;
    private int _position;

    /// <summary>Writes into <paramref name="destination"/>, which the caller sized for everything it will write.</summary>
    public BitWriter(Span<byte> destination)
    {
        _destination = destination;
    }

    /// <summary>Bytes written so far once <see cref="Flush"/> has run.</summary>
    public readonly int Length => _position;

    /// <summary>Appends the low <paramref name="bits"/> (1–64) of <paramref name="value"/>; higher bits must be zero.</summary>
    public void Write(ulong value, int bits)
    {
        int free = 64 - _used;
        if (bits < free)
        {
            _accumulator = (_accumulator << bits) | value;
            _used += bits;
            return;
        }

        // Fill the accumulator to 64 bits, emit it, keep the rest; bits above _used are shifted out later.
        int spill = bits - free;
        ulong head = value >> spill; // spill ≤ 63: _used is always below 64
        _accumulator = free == 64 ? head : (_accumulator << free) | head;
        BinaryPrimitives.WriteUInt64BigEndian(_destination.Slice(_position), _accumulator);
        _position += 8;
        _accumulator = value;
        _used = spill;
    }

    /// <summary>Emits the partial last byte, zero-padded.</summary>
    public void Flush()
    {
        if (_used == 0)
        {
            return;
        }

        ulong aligned = _accumulator << (64 - _used);
        for (int left = _used; left > 0; left -= 8)
        {
            _destination[_position++] = (byte)(aligned >> 56);
            aligned <<= 8;
        }

        _used = 0;
    }
}
