using Nunchi.Storage;

namespace Nunchi.Engine.Questions;

/// <summary>The answer to a question: its text, and the numbers, findings and forecast it was written from.</summary>
/// <param name="Text">A few sentences in the answer's language.</param>
/// <param name="Values">The numbers the text reports, one per series or machine.</param>
/// <param name="Findings">The findings in the period, most recent first (anomalies and explanations).</param>
/// <param name="Forecast">The forecast steps (forecasts only).</param>
public sealed record Answer(string Text, IReadOnlyList<AnswerValue> Values, IReadOnlyList<StoredFinding> Findings, IReadOnlyList<ForecastRow> Forecast);
