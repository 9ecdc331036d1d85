namespace Nunchi.Core.Questions.Answers;

/// <summary>
/// Writes the answer to an interpreted question from what was read for it, in the question's language: Korean with
/// particles chosen by pronunciation (<see cref="Language.KoreanParticles"/>), values with their units and the
/// series' resolution, times in the asker's zone. Deterministic; thread-safe.
/// </summary>
public static class AnswerText
{
    /// <summary>Values over a period (<see cref="QuestionIntent.Show"/>).</summary>
    public static string Show(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone, IReadOnlyList<SeriesSummary> summaries) =>
        ShowAnswer.Write(new AnswerPhrases(question, catalog, zone), summaries);

    /// <summary>One aggregate per series (<see cref="QuestionIntent.Stats"/>).</summary>
    public static string Stats(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone, IReadOnlyList<SeriesSummary> summaries) =>
        StatsAnswer.Write(new AnswerPhrases(question, catalog, zone), summaries, question.Aggregation ?? QuestionAggregation.Mean);

    /// <summary>Series side by side (<see cref="QuestionIntent.Compare"/>).</summary>
    public static string Compare(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone, IReadOnlyList<SeriesSummary> summaries) =>
        CompareAnswer.Write(new AnswerPhrases(question, catalog, zone), summaries, question.Aggregation ?? QuestionAggregation.Mean);

    /// <summary>Findings in a period (<see cref="QuestionIntent.Anomalies"/>).</summary>
    public static string Anomalies(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone, IReadOnlyList<NamedFinding> findings) =>
        AnomalyAnswer.Write(new AnswerPhrases(question, catalog, zone), findings, question.Aggregation == QuestionAggregation.Count);

    /// <summary>Why something happened (<see cref="QuestionIntent.Explain"/>).</summary>
    public static string Explain(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone, IReadOnlyList<NamedFinding> findings, IReadOnlyList<SeriesSummary> summaries) =>
        ExplainAnswer.Write(new AnswerPhrases(question, catalog, zone), findings, summaries, question.Movement);

    /// <summary>Expected values ahead (<see cref="QuestionIntent.Forecast"/>).</summary>
    public static string Forecast(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone, IReadOnlyList<SeriesForecast> forecasts) =>
        ForecastAnswer.Write(new AnswerPhrases(question, catalog, zone), forecasts);

    /// <summary>Machines ranked (<see cref="QuestionIntent.Top"/>); <paramref name="quantity"/> is what an aggregate ranks, when one quantity was named.</summary>
    public static string Top(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone, IReadOnlyList<RankedMachine> ranking, string? quantity) =>
        TopAnswer.Write(new AnswerPhrases(question, catalog, zone), ranking, question.Aggregation ?? QuestionAggregation.Count, question.Order, quantity);

    /// <summary>Not a question about the data, or about what the data does not have (<see cref="QuestionIntent.Unknown"/>).</summary>
    public static string Unknown(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone) =>
        UnknownAnswer.Write(new AnswerPhrases(question, catalog, zone), question.Unresolved);

    /// <summary>The name of the quantity <paramref name="series"/> measure in <paramref name="question"/>'s language, when they all measure one.</summary>
    public static string? SharedQuantity(QuestionInterpretation question, QuestionCatalog catalog, IReadOnlyList<CatalogSeries> series) =>
        new AnswerPhrases(question, catalog, TimeZoneInfo.Utc).SharedQuantity(series);
}
