namespace Nunchi.Storage.Points;

/// <summary>A block with its seal order within its series: of two points with one timestamp, the higher rank wins.</summary>
internal readonly record struct RankedBlock(BlockRef Block, int Rank);
