using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Nunchi.Core.Analysis.State;

/// <summary>Reads what <see cref="StateWriter"/> wrote, in the same order.</summary>
/// <remarks>Throws <see cref="InvalidDataException"/> on truncated or inconsistent input.</remarks>
internal ref struct StateReader
{
    private readonly ReadOnlySpan<byte> _input;
    private int _position;

    public StateReader(ReadOnlySpan<byte> input)
    {
        _input = input;
        _position = 0;
    }

    public readonly bool AtEnd => _position == _input.Length;

    public byte ReadByte() => Take(1)[0];

    public bool ReadBool() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public double ReadDouble() => BitConverter.Int64BitsToDouble(ReadInt64());

    public float ReadSingle() => BitConverter.Int32BitsToSingle(ReadInt32());

    /// <summary>Reads an array written with the same element type into <paramref name="target"/>, whose length must match.</summary>
    public void ReadInto<T>(Span<T> target)
        where T : unmanaged
    {
        var length = ReadInt32();
        if (length != target.Length)
        {
            throw new InvalidDataException($"State holds {length} elements where {target.Length} were expected.");
        }

        Take(length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()).CopyTo(MemoryMarshal.AsBytes(target));
    }

    /// <summary>
    /// Reads an array that was written with at most <paramref name="target"/>'s length (only the part in use), and
    /// clears the rest of <paramref name="target"/>.
    /// </summary>
    public void ReadUpTo<T>(Span<T> target)
        where T : unmanaged
    {
        var length = ReadInt32();
        if (length < 0 || length > target.Length)
        {
            throw new InvalidDataException($"State holds {length} elements where at most {target.Length} fit.");
        }

        Take(length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()).CopyTo(MemoryMarshal.AsBytes(target[..length]));
        target[length..].Clear();
    }

    /// <summary>Reads the length of the next array without consuming it.</summary>
    public readonly int PeekLength() => BinaryPrimitives.ReadInt32LittleEndian(_input.Slice(_position, 4));

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > _input.Length)
        {
            throw new InvalidDataException("Analyzer state is truncated.");
        }

        var span = _input.Slice(_position, count);
        _position += count;
        return span;
    }
}
