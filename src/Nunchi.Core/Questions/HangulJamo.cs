namespace Nunchi.Core.Questions;

/// <summary>Hangul syllables spelt out as their letters (jamo), so that a typo in one letter is one edit: 온두 → 온도.</summary>
internal static class HangulJamo
{
    // Known words are spelt again for every misspelling checked against them; their spellings are kept (the
    // vocabulary is bounded: fixed words and the catalog's names).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    private const int Base = 0xAC00;
    private const int Finals = 28;
    private const int Medials = 21;

    /// <summary>The letters of a known word, spelt once.</summary>
    public static string SpellKnown(string word) => Known.GetOrAdd(word, static w => Spell(w));

    /// <summary>The letters of <paramref name="word"/>: initial, medial and (when there is one) final consonant of each syllable.</summary>
    public static string Spell(ReadOnlySpan<char> word)
    {
        var letters = new char[word.Length * 3];
        int n = 0;
        foreach (char c in word)
        {
            if (!QuestionText.IsHangul(c))
            {
                letters[n++] = c;
                continue;
            }

            // Syllable = Base + (initial × 21 + medial) × 28 + final; the three are kept in disjoint private ranges.
            int index = c - Base;
            letters[n++] = (char)(0xE000 + (index / (Medials * Finals)));
            letters[n++] = (char)(0xE100 + (index % (Medials * Finals) / Finals));
            int final = index % Finals;
            if (final != 0)
            {
                letters[n++] = (char)(0xE200 + final);
            }
        }

        return new string(letters, 0, n);
    }
}
