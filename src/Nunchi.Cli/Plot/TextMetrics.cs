namespace Nunchi.Cli.Plot;

/// <summary>Rough text widths for layout (labels must not collide); no font is measured.</summary>
internal static class TextMetrics
{
    /// <summary>Estimated width in pixels of <paramref name="text"/> at <paramref name="fontSize"/> in a sans-serif font.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fontSize">Font size in pixels.</param>
    /// <param name="bold">Bold glyphs run about 10 % wider.</param>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += c switch
            {
                // Hangul, CJK and other wide scripts take a full em.
                >= '\u1100' => 1.0,
                >= 'A' and <= 'Z' => 0.7,
                ' ' or '.' or ',' or ':' or 'i' or 'l' or 'j' or '(' or ')' => 0.33,
                _ => 0.62,
            };
        }

        return ems * fontSize * (bold ? 1.1 : 1.0);
    }

    /// <summary><paramref name="text"/>, or its longest prefix plus "…" that fits in <paramref name="room"/> pixels.</summary>
    public static string Fit(string text, double fontSize, bool bold, double room)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Width(text, fontSize, bold) <= room)
        {
            return text;
        }

        // No glyph is narrower than a third of an em, so more characters than this can never fit.
        var keep = Math.Min(text.Length - 1, (int)(room / (fontSize * 0.33)));
        for (; keep > 0; keep--)
        {
            var candidate = string.Concat(text.AsSpan(0, keep), "…");
            if (Width(candidate, fontSize, bold) <= room)
            {
                return candidate;
            }
        }

        return "…";
    }
}
