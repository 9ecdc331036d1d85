using System.Text;

namespace Nunchi.Core.Questions;

/// <summary>
/// Takes a misspelt word for the known word or name it is closest to, within a small number of edits: English words
/// of five letters or more by letters (one edit up to seven letters, two from eight), Korean words of two syllables or
/// more by jamo (one edit for two syllables, two from three), after a trailing particle is set aside (<c>온두가</c>).
/// </summary>
/// <remarks>A word is corrected only when exactly one known word is closest; otherwise it stays unknown.</remarks>
internal static class SpellingCorrector
{
    private static readonly string[] Particles =
        ["에서는", "에서", "으로", "이랑", "까지", "부터", "에는", "하고", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "랑"];

    /// <summary>The question with its misspelt words replaced, or null when nothing was corrected.</summary>
    public static string? Correct(QuestionText text, List<Lexeme> lexemes, QuestionCatalog catalog, List<SpellingCorrection> corrections)
    {
        var replacements = new List<(int Start, int End, string Word)>();
        for (int k = 0; k < lexemes.Count; k++)
        {
            var lexeme = lexemes[k];
            if (lexeme.Kind != LexemeKind.Unknown || (replacements.Count > 0 && lexeme.Start < replacements[^1].End))
            {
                continue;
            }

            var found = QuestionText.IsLatin(text[lexeme.Start])
                ? CorrectLatin(text, lexeme, catalog)
                : QuestionText.IsHangul(text[lexeme.Start]) ? CorrectKorean(text, lexemes, k, catalog) : null;
            if (found is { } replacement)
            {
                replacements.Add(replacement);
                corrections.Add(new SpellingCorrection(new string(text.Chars[replacement.Start..replacement.End]), replacement.Word));
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var corrected = new StringBuilder();
        int at = 0;
        foreach (var (start, end, word) in replacements)
        {
            corrected.Append(text.Surface(at, start)).Append(text.SpaceBefore(start) ? " " : "").Append(word).Append(text.SpaceBefore(end) ? " " : "");
            at = end;
        }

        return corrected.Append(text.Surface(at, text.Length)).ToString();
    }

    private static (int Start, int End, string Word)? CorrectLatin(QuestionText text, Lexeme lexeme, QuestionCatalog catalog)
    {
        var word = text.Chars[lexeme.Start..lexeme.End];
        if (word.Length < 5)
        {
            return null;
        }

        int bound = word.Length <= 7 ? 1 : 2;
        string? best = Closest(word, bound, word.Length <= 5, QuestionWords.Spellings, catalog.Spellings, static w => w.All(QuestionText.IsLatin), static s => s, out _);
        return best is null ? null : (lexeme.Start, lexeme.End, best);
    }

    // The unknown syllables, possibly with a glued neighbour (a one-syllable word the typo happened to spell), minus a trailing particle.
    private static (int Start, int End, string Word)? CorrectKorean(QuestionText text, List<Lexeme> lexemes, int k, QuestionCatalog catalog)
    {
        (int Start, int End, string Word)? best = null;
        int bestDistance = int.MaxValue;
        int first = k > 0 && !text.SpaceBefore(lexemes[k].Start) && lexemes[k - 1].End == lexemes[k].Start ? k - 1 : k;
        for (int from = first; from <= k; from++)
        {
            for (int to = k; to < lexemes.Count && to <= k + 3; to++)
            {
                if (to > k && (text.SpaceBefore(lexemes[to].Start) || lexemes[to].Kind == LexemeKind.Name))
                {
                    break;
                }

                var span = text.Chars[lexemes[from].Start..lexemes[to].End];
                var stem = WithoutParticle(span);
                if (stem.Length < 2 || stem.ContainsAnyExceptInRange('\uAC00', '\uD7A3'))
                {
                    continue;
                }

                int bound = stem.Length == 2 ? 1 : 2;
                string spelled = HangulJamo.Spell(stem);
                string? word = Closest(spelled, bound, false, QuestionWords.Spellings, catalog.Spellings, static w => w.All(QuestionText.IsHangul), HangulJamo.SpellKnown, out int distance);
                if (word is not null && distance > 0 && distance < bestDistance)
                {
                    best = (lexemes[from].Start, lexemes[from].Start + stem.Length, word);
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    private static ReadOnlySpan<char> WithoutParticle(ReadOnlySpan<char> word)
    {
        foreach (string particle in Particles)
        {
            if (word.Length > particle.Length + 1 && word.EndsWith(particle, StringComparison.Ordinal))
            {
                return word[..^particle.Length];
            }
        }

        return word;
    }

    private static string? Closest(
        ReadOnlySpan<char> word,
        int bound,
        bool sameFirst,
        IReadOnlyList<string> known,
        IReadOnlyList<string> names,
        Func<string, bool> script,
        Func<string, string> spell,
        out int distance)
    {
        string? best = null;
        distance = bound + 1;
        bool tie = false;
        foreach (var list in (IReadOnlyList<string>[])[known, names])
        {
            foreach (string candidate in list)
            {
                if (!script(candidate) || (sameFirst && candidate[0] != word[0]))
                {
                    continue;
                }

                int d = EditDistance.Within(word, spell(candidate), bound);
                if (d < distance)
                {
                    (best, distance, tie) = (candidate, d, false);
                }
                else if (d == distance && d <= bound && candidate != best)
                {
                    tie = true;
                }
            }
        }

        return tie || distance > bound ? null : best;
    }
}
