namespace Nunchi.Core.Questions;

/// <summary>One name a question may use, and the series it selects.</summary>
/// <param name="Series">Indices into <see cref="QuestionCatalog.Series"/>, ascending; empty for an absent quantity.</param>
/// <param name="Kind">What it selects.</param>
/// <param name="Text">The name as registered, e.g. <c>3호기</c> or <c>line 2</c>.</param>
/// <param name="Quantity">For a field or an absent quantity, the quantity it names, if known.</param>
internal sealed record NameEntry(int[] Series, NameKind Kind, string Text, FieldWords.Quantity? Quantity = null)
{
    /// <summary>How answers in Korean call what it selects: <c>프레스 3호기</c>, <c>2라인</c>, <c>온도</c>.</summary>
    public string Korean { get; set; } = Text;

    /// <summary>How answers in English call what it selects: <c>press-3</c>, <c>line 2</c>, <c>temperature</c>.</summary>
    public string English { get; set; } = Text;

    /// <summary>True for a field or an absent quantity: it selects a quantity, not machines.</summary>
    public bool IsQuantity => Kind is NameKind.Field or NameKind.Absent;
}
