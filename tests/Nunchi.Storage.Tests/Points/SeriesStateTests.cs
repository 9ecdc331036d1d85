using Microsoft.Win32.SafeHandles;
using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

public sealed class SeriesStateTests
{
    private static readonly BlockFile File1 = new(1, "1.blk", new SafeFileHandle(), 0);

    // A series with blocks of 10 points each, seq 1..count, at offsets 100, 200, ...
    private static (SeriesState State, BlockRef[] Blocks) WithBlocks(int count)
    {
        var state = new SeriesState(1);
        var blocks = new BlockRef[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = new BlockRef(File1, (i + 1) * 100, 1, 10, i * 10, (i * 10) + 9, i + 1, 0, 1, i + 1, i + 1, 0, 1);
            state.AddFound(blocks[i]);
        }

        state.FinishOpen([]);
        return (state, blocks);
    }

    private static BlockRef Output(int firstSeq, int seq) => new(File1, 10_000 + seq, 1, 30, 0, 99, seq, 0, 1, seq, firstSeq, 0, 1);

    [Fact]
    public void FindRun_InputsInTheIndex_ReturnsWhereTheyStart()
    {
        var (state, blocks) = WithBlocks(6);

        state.FindRun(blocks.AsSpan(2, 3), from: 0).ShouldBe(2);
        state.FindRun(blocks.AsSpan(2, 3), from: 3).ShouldBe(-1);
    }

    [Fact]
    public void FindRun_InputsAlreadyReplaced_ReturnsMinusOne()
    {
        var (state, blocks) = WithBlocks(6);
        state.ReplaceRun(1, blocks.AsSpan(1, 3), [Output(2, 4)], []);

        // The same run planned again on the old list, and one overlapping the output: neither is there any more.
        state.FindRun(blocks.AsSpan(1, 3), from: 0).ShouldBe(-1);
        state.FindRun(blocks.AsSpan(3, 3), from: 0).ShouldBe(-1);
        state.FindRun(blocks.AsSpan(4, 2), from: 0).ShouldBe(2);
    }

    [Fact]
    public void ReplaceRun_InputsNoLongerThere_ThrowsAndLeavesTheIndexAsItWas()
    {
        var (state, blocks) = WithBlocks(6);
        state.ReplaceRun(1, blocks.AsSpan(1, 3), [Output(2, 4)], []);
        var before = state.Blocks.ToArray();
        var replaced = new List<BlockRef>();

        // The old indices of a run swapped already: in range, but other blocks.
        Should.Throw<InvalidOperationException>(() => state.ReplaceRun(1, blocks.AsSpan(1, 3), [Output(2, 4)], replaced));
        Should.Throw<InvalidOperationException>(() => state.ReplaceRun(3, blocks.AsSpan(3, 3), [Output(4, 6)], replaced));

        state.Blocks.ToArray().ShouldBe(before);
        replaced.ShouldBeEmpty();
        state.BlockPoints.ShouldBe(60);
    }
}
