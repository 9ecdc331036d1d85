namespace Nunchi.Core.Analysis.State;

/// <summary>
/// A 64-bit FNV-1a hash that seals a saved state, so that a damaged file or a truncated write is refused on restore
/// instead of restoring counts and indexes that later crash or hang the analyzer.
/// </summary>
/// <remarks>
/// Each step XORs one byte in and multiplies by an odd prime, both bijections of the running hash, so any single
/// changed byte always changes the result. It guards against accidents, not against someone forging a state.
/// </remarks>
internal static class StateChecksum
{
    public const int Size = sizeof(ulong);

    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = Offset;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}
