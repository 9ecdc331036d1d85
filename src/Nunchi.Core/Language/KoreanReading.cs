namespace Nunchi.Core.Language;

/// <summary>How a written word's Korean pronunciation ends; the rules are listed on <see cref="KoreanParticles"/>.</summary>
internal static class KoreanReading
{
    private const string Openers = "([{「『〈《（";
    private const string Closers = ")]}」』〉》）";
    private const string IgnoredTrailing = ".,;:!?'\"’”…·";

    /// <summary>How the reading of <paramref name="word"/> ends.</summary>
    public static FinalSound Of(ReadOnlySpan<char> word)
    {
        var s = TrimTrailing(word);
        if (s.IsEmpty)
            return FinalSound.Unknown;

        int closer = Closers.IndexOf(s[^1], StringComparison.Ordinal);
        if (closer >= 0)
            return OfBracketed(s, Openers[closer], Closers[closer]);

        if (UnitReading.TryRead(s, out var unitSound))
            return unitSound;

        char last = s[^1];
        if (last is >= '가' and <= '힣')
            return OfSyllable(last);
        if (last is >= 'ㄱ' and <= 'ㅎ')
            return last == 'ㄹ' ? FinalSound.Rieul : FinalSound.Consonant; // every jamo name ends in its consonant: 기역 … 리을 … 히읗
        if (last is >= 'ㅏ' and <= 'ㅣ')
            return FinalSound.Vowel;
        if (char.IsAsciiDigit(last))
            return OfNumber(s);
        if (char.IsAsciiLetter(last))
            return LatinReading.Of(s);
        return FinalSound.Unknown;
    }

    /// <summary>The final sound of one precomposed Hangul syllable (U+AC00–U+D7A3).</summary>
    public static FinalSound OfSyllable(char syllable)
    {
        // Syllable = 0xAC00 + (initial × 21 + medial) × 28 + final; final 0 is none and 8 is ㄹ.
        // Compound finals with ㄹ (ㄺ, ㄻ, …) take 으로 like any consonant: 닭으로.
        int final = (syllable - 0xAC00) % 28;
        return final switch
        {
            0 => FinalSound.Vowel,
            8 => FinalSound.Rieul,
            _ => FinalSound.Consonant,
        };
    }

    private static ReadOnlySpan<char> TrimTrailing(ReadOnlySpan<char> s)
    {
        int end = s.Length;
        while (end > 0 && (char.IsWhiteSpace(s[end - 1]) || IgnoredTrailing.Contains(s[end - 1], StringComparison.Ordinal)))
            end--;
        return s[..end];
    }

    private static FinalSound OfBracketed(ReadOnlySpan<char> s, char opener, char closer)
    {
        int depth = 0;
        for (int i = s.Length - 1; i >= 0; i--)
        {
            if (s[i] == closer)
                depth++;
            else if (s[i] == opener && --depth == 0)
            {
                var before = s[..i].TrimEnd();
                return before.IsEmpty ? Of(s[(i + 1)..^1]) : Of(before);
            }
        }

        return Of(s[..^1]); // an unmatched closer is just punctuation
    }

    private static FinalSound OfNumber(ReadOnlySpan<char> s)
    {
        int start = s.Length;
        while (start > 0 && (char.IsAsciiDigit(s[start - 1]) || s[start - 1] is ',' or '.'))
            start--;
        var token = s[start..];

        // After a decimal point every digit is read on its own: 3.5 삼 점 오, 3.50 삼 점 오 영.
        if (token.Contains('.'))
            return OfDigit(s[^1]);

        int zeros = 0;
        bool nonzero = false;
        for (int i = token.Length - 1; i >= 0; i--)
        {
            if (token[i] == ',')
                continue;
            if (token[i] != '0')
            {
                nonzero = true;
                break;
            }

            zeros++;
        }

        if (!nonzero)
            return FinalSound.Consonant; // 영
        return zeros == 0 ? OfDigit(s[^1]) : OfPlace(zeros);
    }

    // 영 일 이 삼 사 오 육 칠 팔 구
    private static FinalSound OfDigit(char digit) => digit switch
    {
        '1' or '7' or '8' => FinalSound.Rieul,
        '0' or '3' or '6' => FinalSound.Consonant,
        _ => FinalSound.Vowel,
    };

    // A whole number ending in zeros is read up to its last nonzero place: 20 이십, 300 삼백, 45,000 사만 오천.
    private static FinalSound OfPlace(int zeros) => zeros switch
    {
        < 12 => FinalSound.Consonant, // 십 백 천, 만 (10⁴–10⁷), 억 (10⁸–10¹¹)
        < 16 => FinalSound.Vowel, // 조
        < 20 => FinalSound.Consonant, // 경
        _ => FinalSound.Unknown,
    };
}
