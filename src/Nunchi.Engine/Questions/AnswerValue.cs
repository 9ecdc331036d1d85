namespace Nunchi.Engine.Questions;

/// <summary>One number of an answer: an aggregate, a latest value, a count or a forecast mean, of one series or machine.</summary>
/// <param name="SeriesId">The series it is of (for a machine's count of findings, its first series).</param>
/// <param name="Name">The series' or machine's name in the answer's language.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">Its unit, or null (counts have none).</param>
/// <param name="AtMs">When it was reached (a min, a max, a latest value), or null.</param>
/// <param name="Decimals">Decimals it is written with in the answer's text (the series' resolution), or null for a count.</param>
public sealed record AnswerValue(int SeriesId, string Name, double Value, string? Unit, long? AtMs = null, int? Decimals = null);
