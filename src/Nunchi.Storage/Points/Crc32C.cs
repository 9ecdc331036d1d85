using System.Buffers.Binary;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Nunchi.Storage.Points;

/// <summary>CRC-32C (Castagnoli), the checksum of log records and blocks.</summary>
/// <remarks>
/// Uses the SSE4.2 or ARMv8 CRC32 instructions when present (several GB/s), otherwise a table-driven software
/// version (the same polynomial, reflected 0x82F63B78), so files are readable across machines.
/// </remarks>
internal static class Crc32C
{
    private const uint Polynomial = 0x82F63B78u;
    private static readonly uint[] Table = BuildTable();

    /// <summary>The CRC-32C of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);

    /// <summary>Continues a CRC-32C over more bytes: <c>Append(Compute(a), b) == Compute(a ++ b)</c>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var state = ~crc;
        if (Sse42.X64.IsSupported)
        {
            while (data.Length >= 8)
            {
                state = (uint)Sse42.X64.Crc32(state, BinaryPrimitives.ReadUInt64LittleEndian(data));
                data = data[8..];
            }
        }
        else if (Crc32.Arm64.IsSupported)
        {
            while (data.Length >= 8)
            {
                state = Crc32.Arm64.ComputeCrc32C(state, BinaryPrimitives.ReadUInt64LittleEndian(data));
                data = data[8..];
            }
        }

        return ~Software(state, data);
    }

    /// <summary>The software version alone (tests check that it agrees with the instructions).</summary>
    internal static uint ComputeSoftware(ReadOnlySpan<byte> data) => ~Software(0xFFFFFFFFu, data);

    private static uint Software(uint state, ReadOnlySpan<byte> data)
    {
        var table = Table;
        foreach (var b in data)
        {
            state = table[(state ^ b) & 0xFF] ^ (state >> 8);
        }

        return state;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? (c >> 1) ^ Polynomial : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
