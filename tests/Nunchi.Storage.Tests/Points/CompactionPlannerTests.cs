using Microsoft.Win32.SafeHandles;
using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

public sealed class CompactionPlannerTests
{
    private static readonly BlockFile File1 = new(1, "1.blk", new SafeFileHandle(), 0);
    private static readonly PointStoreTuning Tuning = new() { CompactTargetPoints = 100, CompactSmallPoints = 50, CompactMinRunBlocks = 4, CompactMaxRunPoints = 1_000 };

    // Blocks of the given sizes, one after another in time, seq 1, 2, ...
    private static BlockRef[] Sized(params int[] counts)
    {
        var blocks = new BlockRef[counts.Length];
        var ts = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            blocks[i] = new BlockRef(File1, 0, 1, counts[i], ts, ts + counts[i] - 1, i + 1, 0, 1, i + 1, i + 1, 0, 1);
            ts += counts[i];
        }

        return blocks;
    }

    private static List<CompactionRun> Plan(BlockRef[] blocks, bool force)
    {
        var runs = new List<CompactionRun>();
        CompactionPlanner.Plan(blocks, Tuning, force, runs);
        return runs;
    }

    [Fact]
    public void Plan_FewSmallBlocks_WaitsInTheBackgroundAndMergesOnAFlush()
    {
        var blocks = Sized(80, 10, 10, 10);

        Plan(blocks, force: false).ShouldBeEmpty();
        Plan(blocks, force: true).ShouldBe([new CompactionRun(1, 4)]);
    }

    [Fact]
    public void Plan_ManySmallBlocks_GroupsThemUpToTheTarget()
    {
        var blocks = Sized(30, 30, 30, 30, 30, 30, 30, 30, 10);

        // 30 × 3 = 90 fits in 100 and is full (the next does not fit); so are the next three; 30 + 10 waits.
        Plan(blocks, force: false).ShouldBe([new CompactionRun(0, 3), new CompactionRun(3, 6)]);
    }

    [Fact]
    public void Plan_LateBlock_RunsBackToTheOldestBlockItOverlaps()
    {
        var blocks = Sized(80, 80, 80, 80).Append(new BlockRef(File1, 0, 1, 5, 100, 200, 5, 0, 1, 5, 5, 0, 1)).ToArray();

        Plan(blocks, force: false).ShouldBe([new CompactionRun(1, 5)]);
    }

    [Fact]
    public void Plan_RunTouchingPartsOfAnEarlierOutput_TakesTheWholeOutput()
    {
        var blocks = new[]
        {
            new BlockRef(File1, 0, 1, 60, 0, 59, 2, 0, 1, 2, 1, 0, 2),
            new BlockRef(File1, 0, 1, 60, 60, 119, 2, 0, 1, 2, 1, 1, 2),
            new BlockRef(File1, 0, 1, 5, 100, 130, 3, 0, 1, 3, 3, 0, 1),
        };

        Plan(blocks, force: false).ShouldBe([new CompactionRun(0, 3)]);
    }

    [Theory]
    [InlineData(0, 3, 0, true)]
    [InlineData(2, 4, 0, true)]
    [InlineData(2, 4, 3, false)] // starts inside the run before it
    [InlineData(1, 3, 0, false)] // splits the output of seqs 1-2
    [InlineData(0, 1, 0, false)] // one part of an output
    [InlineData(2, 3, 0, false)] // one block: nothing to merge
    [InlineData(3, 5, 0, false)] // beyond the list
    public void IsWholeRun_RunAgainstTheList_ChecksThePlannersPromise(int start, int end, int after, bool whole)
    {
        var blocks = new[]
        {
            new BlockRef(File1, 0, 1, 60, 0, 59, 2, 0, 1, 2, 1, 0, 2),
            new BlockRef(File1, 0, 1, 60, 60, 119, 2, 0, 1, 2, 1, 1, 2),
            new BlockRef(File1, 0, 1, 5, 120, 130, 3, 0, 1, 3, 3, 0, 1),
            new BlockRef(File1, 0, 1, 5, 131, 140, 4, 0, 1, 4, 4, 0, 1),
        };

        CompactionPlanner.IsWholeRun(blocks, new CompactionRun(start, end), after).ShouldBe(whole);
    }
}
