namespace Nunchi.Storage.Points;

/// <summary>A compaction run encoded into the current round, waiting for the round to be written.</summary>
/// <param name="State">The series.</param>
/// <param name="Start">First input block (index in the series' block list).</param>
/// <param name="End">One past the last input block.</param>
/// <param name="FirstPart">Index of its first output block among the round's encoded blocks.</param>
/// <param name="Parts">How many output blocks it has.</param>
internal readonly record struct PendingRun(SeriesState State, int Start, int End, int FirstPart, int Parts);
