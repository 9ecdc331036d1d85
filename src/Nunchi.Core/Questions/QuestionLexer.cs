namespace Nunchi.Core.Questions;

/// <summary>
/// Reads a question into lexemes by longest match at each position: catalog names, known words, numbers with their
/// counters (<c>세 시간</c>, <c>6 hours</c>, <c>3pm</c>), dates and clock times written in digits; what is left
/// becomes unknown words.
/// </summary>
/// <remarks>
/// When two readings are equally long a catalog name wins over a word, and a word over a number: <c>3호기</c> is the
/// machine, <c>이번</c> is "this" and not 이 (two) + 번 (times). Korean is read without regard to spaces, so
/// <c>어제오후3시</c> and <c>어제 오후 3 시</c> give the same lexemes.
/// </remarks>
internal static class QuestionLexer
{
    public static List<Lexeme> Read(QuestionText text, QuestionCatalog catalog)
    {
        var lexemes = new List<Lexeme>();
        int i = 0;
        while (i < text.Length)
        {
            if (DateLiteral.TryRead(text, i, out var literal))
            {
                lexemes.Add(literal);
                i = literal.End;
                continue;
            }

            Lexeme? best = null;
            if (catalog.Names.TryMatch(text, i, out int nameLength, out int name))
            {
                best = new Lexeme(LexemeKind.Name, i, i + nameLength) { Name = name };
            }

            if (QuestionWords.Words.TryMatch(text, i, out int wordLength, out var word) && wordLength > Length(best) && !ParticleAtWordStart(text, i, wordLength, word))
            {
                best = word.Class == WordClass.Number
                    ? new Lexeme(LexemeKind.Number, i, i + wordLength) { Number = word.Value }
                    : new Lexeme(LexemeKind.Word, i, i + wordLength) { Word = word };
            }

            if (TryQuantity(text, i, out var quantity) && quantity.End - i > Length(best))
            {
                best = quantity;
            }

            if (best is null && TryBareNumber(text, i, out var number))
            {
                best = number;
            }

            if (best is { } found)
            {
                lexemes.Add(found);
                i = found.End;
                continue;
            }

            AddUnknown(text, lexemes, i);
            i++;
        }

        return lexemes;
    }

    private static int Length(Lexeme? lexeme) => lexeme is { } l ? l.End - l.Start : 0;

    // A one-syllable particle or ending follows a word; at the start of one it is part of an unknown word (서울, not 서 + 울).
    private static bool ParticleAtWordStart(QuestionText text, int start, int length, Word word) =>
        length == 1 && word.Class is WordClass.Stop or WordClass.Owner && QuestionText.IsHangul(text[start]) && text.SpaceBefore(start);

    // A number (digits, a Korean numeral, an English number word, or "a"/"an") followed by what it counts.
    private static bool TryQuantity(QuestionText text, int start, out Lexeme quantity)
    {
        quantity = default;
        Span<(double Value, int Length)> numerals = stackalloc (double, int)[4];
        int count = 0;
        if (Numerals.TryDigits(text, start, out double digits, out int digitsLength))
        {
            numerals[count++] = (digits, digitsLength);
        }

        if (Numerals.TryKorean(text, start, out double korean, out int koreanLength, out _))
        {
            numerals[count++] = (korean, koreanLength);
        }

        if (QuestionWords.Words.TryMatch(text, start, out int wordLength, out var word) && word.Class == WordClass.Number)
        {
            numerals[count++] = (word.Value, wordLength);
        }

        int article = -1;
        if (ArticleLength(text, start) is > 0 and var articleLength)
        {
            article = count;
            numerals[count++] = (1, articleLength);
        }

        bool found = false;
        for (int n = 0; n < count; n++)
        {
            var (value, length) = numerals[n];
            int at = start + length;
            if (!QuestionWords.Counters.TryMatch(text, at, out int counterLength, out var counter))
            {
                continue;
            }

            // "a"/"an" counts only time: "an hour", not "a machine".
            if (n == article && counter > Counter.Year)
            {
                continue;
            }

            int end = at + counterLength;
            if (counter is Counter.Hour or Counter.OClock && end < text.Length && text[end] == '반')
            {
                // 한 시간 반, 세 시 반: and a half.
                value += 0.5;
                end++;
            }

            if (!found || end > quantity.End)
            {
                quantity = new Lexeme(LexemeKind.Quantity, start, end) { Number = value, Counter = counter };
                found = true;
            }
        }

        return found;
    }

    // "a" or "an" as a word of its own.
    private static int ArticleLength(QuestionText text, int start)
    {
        if (text[start] != 'a' || !text.SpaceBefore(start))
        {
            return 0;
        }

        if (text.SpaceBefore(start + 1))
        {
            return 1;
        }

        return text[start + 1] == 'n' && text.SpaceBefore(start + 2) ? 2 : 0;
    }

    // A number said without a counter: digits, or a native Korean numeral that stands alone (셋, 다섯).
    private static bool TryBareNumber(QuestionText text, int start, out Lexeme number)
    {
        number = default;
        if (Numerals.TryDigits(text, start, out double digits, out int digitsLength))
        {
            number = new Lexeme(LexemeKind.Number, start, start + digitsLength) { Number = digits };
            return true;
        }

        if (Numerals.TryKorean(text, start, out double korean, out int koreanLength, out bool standalone) && standalone)
        {
            number = new Lexeme(LexemeKind.Number, start, start + koreanLength) { Number = korean };
            return true;
        }

        return false;
    }

    // Unknown characters of one script and one word join into one unknown lexeme.
    private static void AddUnknown(QuestionText text, List<Lexeme> lexemes, int i)
    {
        if (lexemes.Count > 0 && lexemes[^1] is { Kind: LexemeKind.Unknown } last && last.End == i && !text.SpaceBefore(i)
            && Script(text[i]) == Script(text[i - 1]))
        {
            lexemes[^1] = last with { End = i + 1 };
            return;
        }

        lexemes.Add(new Lexeme(LexemeKind.Unknown, i, i + 1));
    }

    private static int Script(char c) => QuestionText.IsLatin(c) ? 1 : QuestionText.IsHangul(c) ? 2 : char.IsAsciiDigit(c) ? 3 : 4;
}
