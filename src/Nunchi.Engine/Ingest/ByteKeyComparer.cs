using System.Runtime.InteropServices;

namespace Nunchi.Engine.Ingest;

/// <summary>Compares byte-array keys by content, and looks them up by a span without allocating.</summary>
internal sealed class ByteKeyComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
{
    public static ByteKeyComparer Instance { get; } = new();

    public bool Equals(byte[]? x, byte[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(byte[] obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

    public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a over 8-byte words: fast for the 30–100 byte keys of line protocol series; the dictionary spreads
        // the bits further.
        ulong hash = 14695981039346656037UL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (ulong word in words)
        {
            hash = (hash ^ word) * 1099511628211UL;
        }

        for (int i = words.Length * 8; i < bytes.Length; i++)
        {
            hash = (hash ^ bytes[i]) * 1099511628211UL;
        }

        return (int)(hash ^ (hash >> 32));
    }
}
