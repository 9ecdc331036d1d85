namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>What one call of <see cref="LineProtocolParser.Parse"/> read.</summary>
/// <param name="Lines">Point lines seen, accepted or rejected; blank lines and comments are not counted.</param>
/// <param name="Values">Numeric values delivered to <see cref="ILineProtocolSink.OnValue"/>.</param>
/// <param name="RejectedLines">Lines rejected, each reported once to <see cref="ILineProtocolSink.OnError"/>.</param>
/// <param name="SkippedStringFields">String field values on accepted lines, which Nunchi does not analyse.</param>
public readonly record struct LineProtocolSummary(int Lines, int Values, int RejectedLines, int SkippedStringFields);
