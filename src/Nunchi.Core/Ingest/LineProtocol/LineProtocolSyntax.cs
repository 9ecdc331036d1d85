using System.Runtime.CompilerServices;
using System.Text;

namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>The lexical rules of line protocol shared by the parser and <see cref="LineProtocolParser.ToSeriesKey"/>.</summary>
/// <remarks>
/// A backslash escapes the byte after it while scanning (so <c>\,</c> does not end a key and <c>\\</c> is one
/// backslash), whatever that byte is; unescaping then drops the backslash only before the characters the element
/// escapes — comma and space in a measurement; comma, equals sign and space in tag keys, tag values and field keys —
/// and before a second backslash, as the InfluxDB reference's backslash table shows (<c>\\\</c> reads as two).
/// </remarks>
internal static class LineProtocolSyntax
{
    /// <summary>The end of a measurement starting at <paramref name="i"/>: the first unescaped comma or space, or the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ScanMeasurement(ReadOnlySpan<byte> s, int i)
    {
        while ((uint)i < (uint)s.Length)
        {
            var b = s[i];
            if (b == ',' || b == ' ')
            {
                return i;
            }

            i += b == '\\' ? 2 : 1;
        }

        // An escape as the very last byte steps past the end; the key still ends there.
        return s.Length;
    }

    /// <summary>The end of a tag key, tag value or field key starting at <paramref name="i"/>: the first unescaped comma, equals sign or space, or the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ScanKey(ReadOnlySpan<byte> s, int i)
    {
        while ((uint)i < (uint)s.Length)
        {
            var b = s[i];
            if (b == ',' || b == '=' || b == ' ')
            {
                return i;
            }

            i += b == '\\' ? 2 : 1;
        }

        return s.Length;
    }

    /// <summary>The first index at or after <paramref name="i"/> that is not a space or a tab.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipBlanks(ReadOnlySpan<byte> s, int i)
    {
        while ((uint)i < (uint)s.Length && (s[i] == ' ' || s[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    /// <summary>The text of an escaped measurement (<paramref name="measurement"/>) or tag key, tag value or field key.</summary>
    public static string Unescape(ReadOnlySpan<byte> escaped, bool measurement)
    {
        if (escaped.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(escaped);
        }

        var bytes = escaped.Length <= 256 ? stackalloc byte[escaped.Length] : new byte[escaped.Length];
        var n = 0;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length && IsEscapable(escaped[i + 1], measurement))
            {
                i++;
            }

            bytes[n++] = escaped[i];
        }

        return Encoding.UTF8.GetString(bytes[..n]);
    }

    private static bool IsEscapable(byte b, bool measurement) =>
        b == ',' || b == ' ' || b == '\\' || (!measurement && b == '=');
}
