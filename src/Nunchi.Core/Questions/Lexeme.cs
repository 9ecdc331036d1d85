namespace Nunchi.Core.Questions;

/// <summary>One piece of a question, over compact characters [<see cref="Start"/>, <see cref="End"/>) of its <see cref="QuestionText"/>.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">First compact character.</param>
/// <param name="End">One past the last.</param>
internal readonly record struct Lexeme(LexemeKind Kind, int Start, int End)
{
    /// <summary>The word, for <see cref="LexemeKind.Word"/>.</summary>
    public Word Word { get; init; }

    /// <summary>The index into <see cref="QuestionCatalog.Entries"/>, for <see cref="LexemeKind.Name"/>.</summary>
    public int Name { get; init; }

    /// <summary>The number, for quantities, numbers and clock times (minutes after midnight).</summary>
    public double Number { get; init; }

    /// <summary>What a quantity counts.</summary>
    public Counter Counter { get; init; }

    /// <summary>A date's year (0 when not written), month and day.</summary>
    public (int Year, int Month, int Day) Date { get; init; }

    public bool Is(WordClass wordClass) => Kind == LexemeKind.Word && Word.Class == wordClass;

    /// <summary>True when the lexeme counts time (seconds to years): a duration or, with 지난/ago, a range.</summary>
    public bool IsDuration => Kind == LexemeKind.Quantity && Counter <= Counter.Year;
}
