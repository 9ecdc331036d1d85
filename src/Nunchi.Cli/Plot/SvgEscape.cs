using System.Text;

namespace Nunchi.Cli.Plot;

/// <summary>Makes arbitrary text safe as XML character data or attribute value.</summary>
internal static class SvgEscape
{
    /// <summary>
    /// Escapes markup characters and replaces characters XML 1.0 forbids (control characters, lone surrogates)
    /// with U+FFFD, so any string (a series name is user data) stays inert text and the document well-formed.
    /// </summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(IsXmlChar(c) ? c : '\uFFFD');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' or '\t' or '\n' or '\r' || !IsXmlChar(c))
            {
                return true;
            }
        }

        return false;
    }

    // XML 1.0 Char production, minus surrogates (handled in pairs by the caller).
    private static bool IsXmlChar(char c) => c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
}
