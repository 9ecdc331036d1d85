namespace Nunchi.Server.Api;

/// <summary>The answer: its text, and what it was written from.</summary>
/// <param name="Text">A few sentences in the answer's language.</param>
/// <param name="Values">The numbers the text reports (aggregates, latest values, counts, rankings, forecast means); absent when none.</param>
/// <param name="Findings">The findings in the period, as <c>/api/v1/findings</c> returns them; absent when none were asked for.</param>
/// <param name="Forecast">Expected values and intervals, step by step (forecasts only).</param>
internal sealed record AskAnswerDto(string Text, IReadOnlyList<AskValueDto>? Values, IReadOnlyList<FindingDto>? Findings, IReadOnlyList<AskForecastDto>? Forecast);
