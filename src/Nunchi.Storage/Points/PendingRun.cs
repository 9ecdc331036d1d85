namespace Nunchi.Storage.Points;

/// <summary>A compaction run encoded into the current round, waiting for the round to be written.</summary>
/// <remarks>
/// The inputs are named by identity (file and offset), not by their place in the series' list: the round locates
/// them again just before it writes, so that it swaps exactly the blocks it merged or drops the run.
/// </remarks>
/// <param name="State">The series.</param>
/// <param name="FirstInput">Index of its first input among the round's inputs.</param>
/// <param name="Inputs">How many input blocks it has (contiguous in the series' list when planned).</param>
/// <param name="FirstPart">Index of its first output block among the round's encoded blocks.</param>
/// <param name="Parts">How many output blocks it has.</param>
/// <param name="Start">Where the inputs were found in the series' list when the round was written; -1 before.</param>
internal readonly record struct PendingRun(SeriesState State, int FirstInput, int Inputs, int FirstPart, int Parts, int Start = -1);
