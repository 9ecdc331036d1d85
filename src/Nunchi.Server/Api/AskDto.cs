using System.Text.Json.Serialization;

namespace Nunchi.Server.Api;

/// <summary>A question as understood and its answer: the contract of <c>GET /api/v1/ask</c> and <c>nunchi ask --json</c> (CONVENTIONS.md).</summary>
/// <param name="Language">ko or en: the question's language, which the answer is in (or the one asked for with lang).</param>
/// <param name="Intent">show, anomalies, explain, forecast, stats, compare, top or unknown.</param>
/// <param name="Series">Every series the question selects; empty when it names none (it is about everything) or for unknown.</param>
/// <param name="From">Start of the period (inclusive), ISO 8601; null for unknown.</param>
/// <param name="To">End of the period (exclusive); null for unknown.</param>
/// <param name="Aggregation">mean, min, max, count, or null.</param>
/// <param name="Limit">How many machines a ranking lists, or null.</param>
/// <param name="Answer">The answer.</param>
internal sealed record AskDto(
    string Language,
    string Intent,
    IReadOnlyList<AskSeriesDto> Series,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? From,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? To,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Aggregation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Limit,
    AskAnswerDto Answer);
