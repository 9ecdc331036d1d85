using Nunchi.Core.Language;
using Nunchi.Core.Questions;
using Nunchi.Engine.Questions;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>Turns an answered question into the <c>/api/v1/ask</c> contract.</summary>
internal static class AskMapper
{
    public static AskDto ToDto(AskResult result, ISeriesCatalog catalog, TimeZoneInfo zone)
    {
        var q = result.Interpretation;
        var answer = result.Answer;
        var series = q.Series.Select(s => new AskSeriesDto(
            s.Id,
            s.Key.ToString(),
            s.Label.Name,
            s.Label.KoreanName,
            s.Key.Measurement,
            s.Key.Field,
            s.Key.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
            s.Unit)).ToList();
        var values = answer.Values.Count == 0 ? null
            : answer.Values.Select(v => new AskValueDto(v.SeriesId, v.Name, v.Value, v.Unit, v.AtMs is long at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null)).ToList();
        var findings = answer.Findings.Count == 0 && q.Intent is not (QuestionIntent.Anomalies or QuestionIntent.Explain) ? null
            : answer.Findings.Select(f => ApiMapper.ToDto(f, catalog, q.Language, zone)).ToList();
        var forecast = answer.Forecast.Count == 0 ? null
            : answer.Forecast.Select(r => new AskForecastDto(r.SeriesId, DateTimeOffset.FromUnixTimeMilliseconds(r.Point.TimestampMs), r.Point.Expected, r.Point.Lower, r.Point.Upper)).ToList();
        return new AskDto(
            q.Language == NarrativeLanguage.Korean ? "ko" : "en",
            q.Intent.ToString().ToLowerInvariant(),
            series,
            q.Period is { } from ? DateTimeOffset.FromUnixTimeMilliseconds(from.FromMs) : null,
            q.Period is { } to ? DateTimeOffset.FromUnixTimeMilliseconds(to.ToMs) : null,
            q.Aggregation?.ToString().ToLowerInvariant(),
            q.Limit,
            new AskAnswerDto(answer.Text, values, findings, forecast));
    }
}
