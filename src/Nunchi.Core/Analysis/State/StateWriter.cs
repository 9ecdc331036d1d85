using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Nunchi.Core.Analysis.State;

/// <summary>
/// Appends analyzer state as little-endian binary. Doubles are written as their exact bit patterns so that a
/// restored analyzer continues bit for bit where the saved one stopped.
/// </summary>
internal readonly ref struct StateWriter
{
    private readonly IBufferWriter<byte> _output;

    public StateWriter(IBufferWriter<byte> output)
    {
        _output = output;
    }

    public void Write(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }

    public void Write(bool value) => Write(value ? (byte)1 : (byte)0);

    public void Write(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_output.GetSpan(4), value);
        _output.Advance(4);
    }

    public void Write(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_output.GetSpan(8), value);
        _output.Advance(8);
    }

    public void Write(double value) => Write(BitConverter.DoubleToInt64Bits(value));

    public void Write(float value) => Write(BitConverter.SingleToInt32Bits(value));

    public void Write(ReadOnlySpan<float> values)
    {
        Write(values.Length);
        WriteRaw(MemoryMarshal.AsBytes(values));
    }

    public void Write(ReadOnlySpan<double> values)
    {
        Write(values.Length);
        WriteRaw(MemoryMarshal.AsBytes(values));
    }

    public void Write(ReadOnlySpan<long> values)
    {
        Write(values.Length);
        WriteRaw(MemoryMarshal.AsBytes(values));
    }

    public void Write(ReadOnlySpan<Half> values)
    {
        Write(values.Length);
        WriteRaw(MemoryMarshal.AsBytes(values));
    }

    public void Write(ReadOnlySpan<sbyte> values)
    {
        Write(values.Length);
        WriteRaw(MemoryMarshal.AsBytes(values));
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        // Raw copies assume a little-endian host, which every .NET platform Nunchi targets is.
        bytes.CopyTo(_output.GetSpan(bytes.Length));
        _output.Advance(bytes.Length);
    }
}
