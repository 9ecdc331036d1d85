namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Receives what <see cref="LineProtocolParser.Parse"/> reads, one callback per value or rejected line.</summary>
/// <remarks>Callbacks arrive in body order on the parsing thread. Spans are valid only during the call: copy what must outlive it.</remarks>
public interface ILineProtocolSink
{
    /// <summary>One numeric value of an accepted line.</summary>
    /// <param name="series">The measurement and tag set exactly as written (still escaped, tags in written order), e.g. <c>machine,site=s0</c>.</param>
    /// <param name="field">The field key as written (still escaped).</param>
    /// <param name="timestampMs">Unix milliseconds (floored), or the default timestamp when the line has none.</param>
    /// <param name="value">A finite value: floats as written, integers converted to the nearest double, booleans as 1 or 0.</param>
    /// <param name="line">1-based line number where the point starts.</param>
    void OnValue(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field, long timestampMs, double value, int line);

    /// <summary>One rejected line; none of its values were delivered.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
        Justification = "The name is part of the contract the engine codes against; VB's Error keyword does not matter here.")]
    void OnError(in LineProtocolError error);
}
