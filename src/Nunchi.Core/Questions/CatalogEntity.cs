namespace Nunchi.Core.Questions;

/// <summary>A machine (or host, or any one tag set): the series that share measurement and tags, and what it is called.</summary>
/// <param name="Series">Indices into <see cref="QuestionCatalog.Series"/>, ascending.</param>
/// <param name="Name">Its name in English or as the data names it, e.g. <c>press-3</c>.</param>
/// <param name="KoreanName">Its Korean name, e.g. <c>프레스 3호기</c>, or null.</param>
internal sealed record CatalogEntity(int[] Series, string Name, string? KoreanName);
