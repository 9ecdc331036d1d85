using System.Text;

namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Builds <see cref="LineProtocolError"/>s: locating the problem and quoting the text. Error path only.</summary>
internal static class LineProtocolErrors
{
    /// <summary>Offending text in a reason is cut to this many characters.</summary>
    private const int MaxQuoted = 40;

    /// <summary>Locates <paramref name="errorAt"/> (an index into <paramref name="body"/>) in a point that starts at <paramref name="pointStart"/> on line <paramref name="pointLine"/>.</summary>
    /// <remarks>A point spans several lines only when a string value holds a newline; the error's line is the one holding <paramref name="errorAt"/>.</remarks>
    public static LineProtocolError Create(ReadOnlySpan<byte> body, int pointStart, int pointLine, int errorAt, string reason)
    {
        errorAt = Math.Clamp(errorAt, pointStart, body.Length);
        var before = body[pointStart..errorAt];
        var line = pointLine + before.Count((byte)'\n');
        var lineStart = pointStart + before.LastIndexOf((byte)'\n') + 1;
        var newline = body[errorAt..].IndexOf((byte)'\n');
        var lineEnd = newline < 0 ? body.Length : errorAt + newline;
        if (lineEnd > lineStart && body[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        errorAt = Math.Min(errorAt, lineEnd);
        var column = CountCharacters(body[lineStart..errorAt]) + 1;
        return new LineProtocolError(line, column, reason, Excerpt(body[lineStart..lineEnd], errorAt - lineStart));
    }

    /// <summary>Text from the line for a reason, e.g. a value or key, cut to <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(ReadOnlySpan<byte> text)
    {
        // Decoding at most four bytes per character keeps a huge value from becoming a huge string.
        var decoded = Encoding.UTF8.GetString(text[..Math.Min(text.Length, MaxQuoted * 4)]);
        return decoded.Length <= MaxQuoted && text.Length <= MaxQuoted * 4 ? decoded : string.Concat(Trim(decoded, 0, MaxQuoted), "…");
    }

    /// <summary>The line, or a window of it around <paramref name="errorByte"/>, in at most <see cref="LineProtocolParser.MaxExcerptLength"/> characters.</summary>
    private static string Excerpt(ReadOnlySpan<byte> line, int errorByte)
    {
        const int Max = LineProtocolParser.MaxExcerptLength;

        // Decode a bounded slice around the error only: a rejected 1 MB line must not become a 1 MB string.
        var from = Math.Max(0, errorByte - (4 * Max));
        while (from < errorByte && IsContinuation(line[from]))
        {
            from++;
        }

        var to = Math.Min(line.Length, errorByte + (4 * Max));
        while (to < line.Length && IsContinuation(line[to]))
        {
            to++;
        }

        var text = Encoding.UTF8.GetString(line[from..to]);
        if (from == 0 && to == line.Length && text.Length <= Max)
        {
            return text;
        }

        // Leave room for an ellipsis at either end; centre the window on the error.
        var width = Max - 2;
        var errorChar = Encoding.UTF8.GetCharCount(line[from..errorByte]);
        var start = Math.Clamp(errorChar - (width / 2), 0, Math.Max(0, text.Length - width));
        var window = Trim(text, start, width);
        var left = from > 0 || start > 0 ? "…" : string.Empty;
        var right = to < line.Length || start + window.Length < text.Length ? "…" : string.Empty;
        return string.Concat(left, window, right);
    }

    // A substring that does not split a surrogate pair at either end.
    private static ReadOnlySpan<char> Trim(string text, int start, int length)
    {
        length = Math.Min(length, text.Length - start);
        if (length > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
        {
            start++;
            length--;
        }

        if (length > 0 && char.IsHighSurrogate(text[start + length - 1]))
        {
            length--;
        }

        return text.AsSpan(start, Math.Max(0, length));
    }

    // Unicode characters (code points): every byte that does not continue a UTF-8 sequence starts one.
    private static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            count += IsContinuation(b) ? 0 : 1;
        }

        return count;
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
