namespace Nunchi.Storage.Points;

/// <summary>Blocks [<paramref name="Start"/>, <paramref name="End"/>) of a series' index, to be merged into one output.</summary>
internal readonly record struct CompactionRun(int Start, int End);
