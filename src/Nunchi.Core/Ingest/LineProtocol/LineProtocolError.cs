namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Why one line of a line protocol body was rejected, and where.</summary>
/// <param name="Line">1-based line number in the body (lines end at <c>\n</c>).</param>
/// <param name="Column">1-based position in that line, counted in Unicode characters, where the problem starts.</param>
/// <param name="Reason">What was wrong and what was expected, e.g. <c>invalid field value 'abc' for field 'temp': expected …</c>.</param>
/// <param name="Excerpt">The offending line, cut to at most <see cref="LineProtocolParser.MaxExcerptLength"/> characters around the problem.</param>
public readonly record struct LineProtocolError(int Line, int Column, string Reason, string Excerpt);
