namespace Nunchi.Core.Questions;

/// <summary>The fixed vocabulary of questions (<see cref="KoreanWords"/>, <see cref="EnglishWords"/>, <see cref="CounterWords"/>), built once.</summary>
internal static class QuestionWords
{
    /// <summary>Every known word, Korean and English.</summary>
    public static Lexicon<Word> Words { get; } = Create();

    /// <summary>Words that follow a number.</summary>
    public static Lexicon<Counter> Counters { get; } = CounterWords.Create();

    /// <summary>Known words a misspelt word may be corrected to, in compact form: English of four letters or more, Korean of two syllables or more.</summary>
    public static IReadOnlyList<string> Spellings { get; } = CreateSpellings();

    private static Lexicon<Word> Create()
    {
        var words = new Lexicon<Word>();
        KoreanWords.AddTo(words);
        EnglishWords.AddTo(words);
        return words;
    }

    private static string[] CreateSpellings()
    {
        var spellings = new List<string>();
        foreach (string key in Words.Keys)
        {
            bool latin = key.Length >= 4 && key.All(QuestionText.IsLatin);
            bool hangul = key.Length >= 2 && key.All(QuestionText.IsHangul);
            if ((latin || hangul) && Words.TryGet(key, out var word) && word.Class is not (WordClass.Stop or WordClass.Number))
            {
                spellings.Add(key);
            }
        }

        spellings.Sort(StringComparer.Ordinal);
        return [.. spellings];
    }
}
