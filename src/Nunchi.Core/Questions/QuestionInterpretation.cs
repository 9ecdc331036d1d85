using Nunchi.Core.Language;

namespace Nunchi.Core.Questions;

/// <summary>What a question asks (CONVENTIONS.md's <c>--json</c> contract, before the answer).</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Language">The language the question was asked in, which the answer uses.</param>
/// <param name="Intent">What it asks for.</param>
/// <param name="Series">The series it selects, in catalog order; empty when it names none (everything) or for <see cref="QuestionIntent.Unknown"/>.</param>
/// <param name="Period">The time range; null for <see cref="QuestionIntent.Unknown"/>.</param>
/// <param name="Aggregation">The aggregate asked for, or null.</param>
/// <param name="Limit">How many machines a ranking lists, or null.</param>
/// <param name="Order">Which end of a ranking comes first.</param>
public sealed record QuestionInterpretation(
    string Question,
    NarrativeLanguage Language,
    QuestionIntent Intent,
    IReadOnlyList<CatalogSeries> Series,
    TimePeriod? Period,
    QuestionAggregation? Aggregation,
    int? Limit,
    RankOrder Order)
{
    /// <summary>Names the question used that the data does not have (<c>5호기</c>, <c>습도</c>): the reason for <see cref="QuestionIntent.Unknown"/>.</summary>
    public IReadOnlyList<string> Unresolved { get; init; } = [];

    /// <summary>Misspelt words and what they were read as.</summary>
    public IReadOnlyList<SpellingCorrection> Corrections { get; init; } = [];

    /// <summary>+1 when the question mentions a rise (spike, 튀었어), −1 a fall (dropping, 떨어졌어), 0 neither.</summary>
    public int Movement { get; init; }

    /// <summary>How answers in Korean call what the question named (<c>프레스 3호기 진동</c>); empty when it named nothing.</summary>
    public string SubjectKorean { get; init; } = "";

    /// <summary>How answers in English call what the question named (<c>press-3 vibration</c>); empty when it named nothing.</summary>
    public string SubjectEnglish { get; init; } = "";

    /// <summary>True when the question named no machine, line or quantity: it is about every series.</summary>
    public bool AboutEverything => Series.Count == 0;

    /// <summary>The subject in <paramref name="language"/>.</summary>
    public string Subject(NarrativeLanguage language) => language == NarrativeLanguage.Korean ? SubjectKorean : SubjectEnglish;
}
