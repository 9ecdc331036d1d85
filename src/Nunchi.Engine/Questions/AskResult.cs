using Nunchi.Core.Questions;

namespace Nunchi.Engine.Questions;

/// <summary>A question as understood, and its answer.</summary>
/// <param name="Interpretation">Intent, series, period, aggregate, limit and language.</param>
/// <param name="Answer">Text, values, findings and forecast.</param>
public sealed record AskResult(QuestionInterpretation Interpretation, Answer Answer);
