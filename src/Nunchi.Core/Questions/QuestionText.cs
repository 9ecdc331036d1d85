using System.Text;

namespace Nunchi.Core.Questions;

/// <summary>
/// A question as the parser reads it: compatibility-normalised (NFKC: full-width digits, half-width forms), lower
/// case, punctuation and hyphens dropped, and spaces removed but remembered, so that <c>3 호기</c>, <c>3호기</c>,
/// <c>oven 2</c>, <c>oven-2</c> and <c>Oven2</c> all read the same.
/// </summary>
/// <remarks>
/// Korean is written with or without spaces between words (<c>지난 주</c>, <c>지난주</c>), so names and words are
/// matched on the compact characters; <see cref="SpaceBefore"/> keeps the word breaks that English and numbers need
/// (<c>press 3 12</c> is not <c>press 312</c>). Characters that only join digits (<c>3.5</c>, <c>15:30</c>,
/// <c>11/18</c>, <c>2026-11-18</c>, <c>1,000</c>) are kept; <c>~</c> is kept as a range mark.
/// </remarks>
internal sealed class QuestionText
{
    private readonly char[] _chars;
    private readonly bool[] _spaceBefore;
    private readonly bool[] _upper;
    private readonly int[] _source;
    private readonly string _normalized;

    public QuestionText(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        Original = question;
        string text = question.Normalize(NormalizationForm.FormKC);
        var chars = new List<char>(text.Length);
        var spaces = new List<bool>(text.Length);
        var upper = new List<bool>(text.Length);
        var source = new List<int>(text.Length);
        bool pendingSpace = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!Kept(text, i))
            {
                pendingSpace = true;
                continue;
            }

            chars.Add(char.ToLowerInvariant(c));
            upper.Add(char.IsUpper(c));
            source.Add(i);
            spaces.Add(pendingSpace);
            pendingSpace = false;
        }

        _chars = [.. chars];
        _spaceBefore = [.. spaces];
        _upper = [.. upper];
        _source = [.. source];
        _normalized = text;
    }

    /// <summary>The question as asked.</summary>
    public string Original { get; }

    /// <summary>The compact characters.</summary>
    public ReadOnlySpan<char> Chars => _chars;

    public int Length => _chars.Length;

    public char this[int index] => _chars[index];

    /// <summary>True when a space, a hyphen or punctuation stood before character <paramref name="index"/> (always for the first).</summary>
    public bool SpaceBefore(int index) => index >= _chars.Length || _spaceBefore[index];

    /// <summary>True when character <paramref name="index"/> was written as a capital letter.</summary>
    public bool WasUpper(int index) => _upper[index];

    /// <summary>The compact characters from <paramref name="start"/> to <paramref name="end"/>, with their word breaks as single spaces.</summary>
    public string Surface(int start, int end)
    {
        var text = new StringBuilder(end - start + 4);
        for (int i = start; i < end; i++)
        {
            if (i > start && _spaceBefore[i])
            {
                text.Append(' ');
            }

            text.Append(_chars[i]);
        }

        return text.ToString();
    }

    /// <summary>The question as written (case, spaces, hyphens) from compact character <paramref name="start"/> to <paramref name="end"/>.</summary>
    public string Written(int start, int end) => end <= start ? "" : _normalized[_source[start]..(_source[end - 1] + 1)];

    /// <summary>True when a match may start at <paramref name="index"/>: not inside a run of Latin letters or of digits.</summary>
    public bool IsWordStart(int index)
    {
        if (index == 0 || _spaceBefore[index])
        {
            return true;
        }

        char c = _chars[index];
        char before = _chars[index - 1];
        return !(IsLatin(c) && IsLatin(before)) && !(char.IsAsciiDigit(c) && char.IsAsciiDigit(before));
    }

    /// <summary>True when a match may end before <paramref name="end"/>: not inside a run of Latin letters or of digits.</summary>
    public bool IsWordEnd(int end)
    {
        if (end >= _chars.Length || _spaceBefore[end])
        {
            return true;
        }

        char last = _chars[end - 1];
        char next = _chars[end];
        return !(IsLatin(last) && IsLatin(next)) && !(char.IsAsciiDigit(last) && char.IsAsciiDigit(next));
    }

    /// <summary>The compact form of a name or word, as it is matched: <c>oven-2</c> → <c>oven2</c>.</summary>
    public static string Compact(string text) => new(new QuestionText(text).Chars);

    /// <summary>A Latin letter (ASCII or accented).</summary>
    public static bool IsLatin(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    /// <summary>A precomposed Hangul syllable.</summary>
    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    // Letters, digits and symbols are kept; punctuation between digits is kept; everything else separates words.
    private static bool Kept(string text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c) || c is '~' or '%' or '°' or '℃')
        {
            return true;
        }

        bool betweenDigits = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
        return betweenDigits && c is '.' or ':' or '/' or '-' or ',';
    }
}
