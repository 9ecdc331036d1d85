using Microsoft.Win32.SafeHandles;
using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

public sealed class BlockRecoveryTests
{
    private static readonly BlockFile Old = new(1, "1.blk", new SafeFileHandle(), 0);
    private static readonly BlockFile New = new(2, "2.blk", new SafeFileHandle(), 0);

    private static BlockRef Block(int first, int seq, int part = 0, int parts = 1, BlockFile? file = null, long offset = 0)
        => new(file ?? Old, offset, 10, 1, seq, seq, seq, 0, 1, seq, first, (short)part, (short)parts);

    private static (List<BlockRef> Live, List<BlockRef> Dead) Resolve(params BlockRef[] found)
    {
        var live = new List<BlockRef>();
        var dead = new List<BlockRef>();
        BlockRecovery.Resolve([.. found], live, dead);
        return (live, dead);
    }

    [Fact]
    public void Resolve_CompleteOutputAndItsInputs_KeepsTheOutput()
    {
        var (live, dead) = Resolve(Block(1, 1), Block(2, 2), Block(3, 3), Block(4, 4), Block(2, 3, 0, 2, New), Block(2, 3, 1, 2, New, 100));

        live.ShouldBe([Block(1, 1), Block(2, 3, 0, 2, New), Block(2, 3, 1, 2, New, 100), Block(4, 4)]);
        dead.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_OutputWithoutItsLastPart_KeepsTheInputs()
    {
        var (live, dead) = Resolve(Block(1, 1), Block(2, 2), Block(1, 2, 0, 2, New));

        live.ShouldBe([Block(1, 1), Block(2, 2)]);
        dead.ShouldBe([Block(1, 2, 0, 2, New)]);
    }

    [Fact]
    public void Resolve_CopyOfABlockInANewerFile_KeepsOneCopy()
    {
        var (live, dead) = Resolve(Block(1, 5, file: Old), Block(1, 5, file: New, offset: 64), Block(6, 6));

        live.ShouldBe([Block(1, 5, file: New, offset: 64), Block(6, 6)]);
        dead.ShouldBe([Block(1, 5, file: Old)]);
    }

    [Fact]
    public void Resolve_NestedOutputs_KeepsTheWidest()
    {
        var (live, dead) = Resolve(Block(1, 1), Block(2, 2), Block(1, 2), Block(3, 3), Block(1, 3), Block(4, 4));

        live.ShouldBe([Block(1, 3), Block(4, 4)]);
        dead.Count.ShouldBe(4);
    }
}
