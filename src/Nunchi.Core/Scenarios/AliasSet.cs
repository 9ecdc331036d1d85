namespace Nunchi.Core.Scenarios;

/// <summary>How people name one thing (a machine, a line, a field) in English and Korean.</summary>
/// <param name="English">The display name in English, e.g. <c>press 1</c>.</param>
/// <param name="Korean">The display name in Korean, e.g. <c>프레스 1호기</c>.</param>
/// <param name="EnglishAliases">Every English phrase that means it (including the identifier itself), lower case.</param>
/// <param name="KoreanAliases">Every Korean phrase that means it, e.g. <c>1호기</c>, <c>1번 프레스</c>.</param>
public sealed record AliasSet(
    string English,
    string Korean,
    IReadOnlyList<string> EnglishAliases,
    IReadOnlyList<string> KoreanAliases);
