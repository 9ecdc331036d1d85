namespace Nunchi.Storage.Encoding;

/// <summary>Reads bit fields most significant bit first; every read is bounds-checked.</summary>
internal ref struct BitReader
{
    private readonly ReadOnlySpan<byte> _source;
    private ulong _buffer; // the next bits, most significant first
    private int _available;
    private int _position;

    /// <summary>Reads <paramref name="source"/> from its first byte.</summary>
    public BitReader(ReadOnlySpan<byte> source)
    {
        _source = source;
    }

    /// <summary>Bits read so far.</summary>
    public readonly long BitsRead => (_position * 8L) - _available;

    /// <summary>
    /// Reads ones up to a closing zero (consumed) or up to <paramref name="limit"/> ones (1–56; no zero follows them);
    /// false when the bytes end first.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryReadUnary(int limit, out int ones)
    {
        if (_available <= limit)
        {
            Refill();
        }

        // Bits past _available are zeros in _buffer, so they end the run; a run that reaches them ran out of bytes.
        ones = Math.Min(System.Numerics.BitOperations.LeadingZeroCount(~_buffer), limit);
        if (ones == limit)
        {
            if (limit > _available)
            {
                return false;
            }

            _buffer <<= limit;
            _available -= limit;
            return true;
        }

        if (ones >= _available)
        {
            return false;
        }

        _buffer <<= ones + 1;
        _available -= ones + 1;
        return true;
    }

    /// <summary>Reads <paramref name="bits"/> (1–56); false when the bytes end first.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryRead(int bits, out ulong value)
    {
        if (bits > _available)
        {
            Refill();
            if (bits > _available)
            {
                value = 0;
                return false;
            }
        }

        value = _buffer >> (64 - bits);
        _buffer <<= bits;
        _available -= bits;
        return true;
    }

    /// <summary>Reads <paramref name="bits"/> (1–64); false when the bytes end first.</summary>
    public bool TryReadWide(int bits, out ulong value)
    {
        if (bits <= 56)
        {
            return TryRead(bits, out value);
        }

        bool ok = TryRead(32, out ulong high) & TryRead(bits - 32, out ulong low);
        value = (high << (bits - 32)) | low;
        return ok;
    }

    private void Refill()
    {
        if (_source.Length - _position >= 8)
        {
            // As many whole bytes as fit, from one 8-byte read; bits past _available stay zero.
            int bits = (64 - _available) & ~7;
            ulong word = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(_source.Slice(_position));
            ulong chunk = bits == 64 ? word : word >> (64 - bits);
            _buffer |= chunk << (64 - bits - _available);
            _position += bits >> 3;
            _available += bits;
            return;
        }

        while (_available <= 56 && _position < _source.Length)
        {
            _buffer |= (ulong)_source[_position++] << (56 - _available);
            _available += 8;
        }
    }
}
