namespace Nunchi.Storage;

/// <summary>A series analyzer's saved state and the last log batch it includes.</summary>
/// <param name="SeriesId">The series.</param>
/// <param name="Lsn">Every logged batch with this sequence number or lower is in the state; replay starts after it.</param>
/// <param name="State">The analyzer's state bytes (<c>SeriesAnalyzer.SaveState</c>).</param>
public sealed record AnalyzerCheckpoint(int SeriesId, long Lsn, byte[] State);
