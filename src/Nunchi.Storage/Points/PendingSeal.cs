namespace Nunchi.Storage.Points;

/// <summary>A head encoded into the current seal round, waiting for the round to be written.</summary>
/// <param name="State">The series.</param>
/// <param name="At">Offset of the block header in the round buffer.</param>
/// <param name="Header">The block's header.</param>
internal readonly record struct PendingSeal(SeriesState State, int At, BlockHeader Header);
