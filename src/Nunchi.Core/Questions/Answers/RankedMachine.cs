namespace Nunchi.Core.Questions.Answers;

/// <summary>One place in a ranking of machines (or of series, when the question named no quantity).</summary>
/// <param name="SeriesId">The series the value is of; for a count of findings, the machine's first series.</param>
/// <param name="Name">Its name in English or as the data names it.</param>
/// <param name="KoreanName">Its Korean name, or null.</param>
/// <param name="Value">What it is ranked by: a count of findings or an aggregate.</param>
/// <param name="Unit">The unit of an aggregate, or null.</param>
/// <param name="Decimals">Decimals to show the value with.</param>
/// <param name="AtMs">When a min or max was reached, or null.</param>
public sealed record RankedMachine(int SeriesId, string Name, string? KoreanName, double Value, string? Unit, int Decimals, long? AtMs);
