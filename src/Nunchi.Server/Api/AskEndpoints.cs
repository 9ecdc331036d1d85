using Microsoft.Extensions.Options;
using Nunchi.Engine.Questions;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;

namespace Nunchi.Server.Api;

/// <summary><c>/api/v1/ask</c>: a question in Korean or English, understood and answered from the data.</summary>
internal static class AskEndpoints
{
    /// <summary>The longest question accepted, in characters.</summary>
    public const int MaxQuestionLength = 500;

    public static void MapAsk(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapGet("/api/v1/ask", Ask)
            .WithTags("Ask")
            .AddEndpointFilter(new TokenFilter(Access.Read, options))
            .WithSummary("Answer a question about the data in Korean or English (q), asked at now (default: the server's clock) in tz; lang=ko|en answers in that language instead of the question's")
            .WithDescription(
                "Returns the interpretation (language, intent: show|anomalies|explain|forecast|stats|compare|top|unknown, series, from, to, "
                + "aggregation, limit) and the answer (text, values, findings as /api/v1/findings returns them, forecast). "
                + "Questions that are not about the data get intent unknown and a polite answer listing what can be asked.")
            .Produces<AskDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Ask(HttpRequest request, EngineHost host, ConfiguredAliases aliases, TimeProvider time, string? q, string? now)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return ApiProblems.BadRequest("q is missing: give the question, e.g. /api/v1/ask?q=3호기 온도 보여줘 or ?q=Any anomalies on line 2 last week?");
        }

        if (q.Length > MaxQuestionLength)
        {
            return ApiProblems.BadRequest($"q is {q.Length} characters long: expected at most {MaxQuestionLength}");
        }

        var context = ApiContext.From(request, out string? error);
        long serverNow = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (context is null || !TimeParameter.TryParse("now", now, serverNow, serverNow, out long nowMs, out error))
        {
            return ApiProblems.BadRequest(error!);
        }

        // The answer is in the question's language unless lang asks for another (Accept-Language does not override it).
        var language = string.IsNullOrEmpty(request.Query["lang"]) ? (Core.Language.NarrativeLanguage?)null : context.Language;
        var engine = host.Engine;
        aliases.ApplyToNewSeries(engine.Catalog);
        var result = host.Answerer.Ask(q, new AskOptions(nowMs, context.TimeZone, language));
        return TypedResults.Ok(AskMapper.ToDto(result, engine.Catalog, context.TimeZone));
    }
}
