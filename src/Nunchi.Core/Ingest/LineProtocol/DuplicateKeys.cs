using System.Buffers;
using System.Numerics;

namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Finds repeated keys within one line: duplicate tags (an error) and repeated fields (the last wins).</summary>
/// <remarks>
/// Lines have a handful of keys, compared pairwise; wide lines switch to an open-addressing table keyed by a
/// per-process randomised hash, so a crafted line of thousands of keys costs linear time, not quadratic.
/// </remarks>
internal static class DuplicateKeys
{
    private const int PairwiseLimit = 16;

    /// <summary>The index of the first key that repeats an earlier one, or -1.</summary>
    public static int FindRepeat(ReadOnlySpan<byte> body, ReadOnlySpan<KeySlot> slots)
    {
        if (slots.Length <= PairwiseLimit)
        {
            for (var j = 1; j < slots.Length; j++)
            {
                var key = Key(body, slots[j]);
                for (var k = 0; k < j; k++)
                {
                    if (Key(body, slots[k]).SequenceEqual(key))
                    {
                        return j;
                    }
                }
            }

            return -1;
        }

        var table = RentTable(slots.Length, out var mask);
        try
        {
            for (var j = 0; j < slots.Length; j++)
            {
                if (FindOrAdd(body, slots, table, mask, j) >= 0)
                {
                    return j;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
        }
    }

    /// <summary>Marks each field that a later field of the same key overrides.</summary>
    public static void MarkSuperseded(ReadOnlySpan<byte> body, Span<KeySlot> slots)
    {
        if (slots.Length <= PairwiseLimit)
        {
            for (var j = 0; j < slots.Length - 1; j++)
            {
                var key = Key(body, slots[j]);
                for (var k = j + 1; k < slots.Length; k++)
                {
                    if (Key(body, slots[k]).SequenceEqual(key))
                    {
                        slots[j].Superseded = true;
                        break;
                    }
                }
            }

            return;
        }

        var table = RentTable(slots.Length, out var mask);
        try
        {
            // From the last field back: a key already in the table has a later occurrence.
            for (var j = slots.Length - 1; j >= 0; j--)
            {
                slots[j].Superseded = FindOrAdd(body, slots, table, mask, j) >= 0;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
        }
    }

    private static int[] RentTable(int count, out int mask)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)count * 2);
        var table = ArrayPool<int>.Shared.Rent(size);
        table.AsSpan(0, size).Fill(-1);
        mask = size - 1;
        return table;
    }

    // Returns the index of an earlier-added slot with the same key, or adds slot j and returns -1.
    private static int FindOrAdd(ReadOnlySpan<byte> body, ReadOnlySpan<KeySlot> slots, int[] table, int mask, int j)
    {
        var key = Key(body, slots[j]);
        var hash = new HashCode();
        hash.AddBytes(key);
        var h = hash.ToHashCode() & mask;
        while (true)
        {
            var other = table[h];
            if (other < 0)
            {
                table[h] = j;
                return -1;
            }

            if (Key(body, slots[other]).SequenceEqual(key))
            {
                return other;
            }

            h = (h + 1) & mask;
        }
    }

    private static ReadOnlySpan<byte> Key(ReadOnlySpan<byte> body, in KeySlot slot) => body.Slice(slot.Start, slot.Length);
}
