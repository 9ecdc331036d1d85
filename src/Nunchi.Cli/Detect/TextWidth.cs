using System.Globalization;
using System.Text;

namespace Nunchi.Cli.Detect;

/// <summary>How many terminal columns a text takes: East Asian wide characters (Hangul, CJK) take two.</summary>
internal static class TextWidth
{
    /// <summary>Terminal columns taken by <paramref name="text"/>.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune) ? 2 : CharUnicodeInfo.GetUnicodeCategory(rune.Value) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? 0 : 1;
        }

        return width;
    }

    /// <summary><paramref name="text"/> followed by spaces up to <paramref name="columns"/> terminal columns.</summary>
    public static string PadRight(string text, int columns)
    {
        var missing = columns - Of(text);
        return missing > 0 ? text + new string(' ', missing) : text;
    }

    // The wide ranges of Unicode's East Asian Width property that occur in practice.
    private static bool IsWide(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => true,   // Hangul Jamo initial consonants
        >= 0x2E80 and <= 0x303E => true,   // CJK radicals, punctuation
        >= 0x3041 and <= 0x33FF => true,   // Kana, compatibility Jamo, CJK symbols
        >= 0x3400 and <= 0x4DBF => true,   // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xA960 and <= 0xA97F => true,   // Hangul Jamo extended A
        >= 0xAC00 and <= 0xD7A3 => true,   // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true,   // CJK compatibility forms
        >= 0xFF00 and <= 0xFF60 => true,   // full-width forms
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true, // CJK extensions B onwards
        _ => false,
    };
}
