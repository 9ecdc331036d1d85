using Nunchi.Core.Language;
using Nunchi.Core.Questions;
using Nunchi.Core.Questions.Answers;
using Nunchi.Storage;

namespace Nunchi.Engine.Questions;

/// <summary>
/// Answers questions about the data in an engine's store: parses them (<see cref="QuestionParser"/>) against the
/// catalog's names and aliases, reads values, findings and learned models from the store, and writes the answer in
/// the question's language (<see cref="AnswerText"/>).
/// </summary>
/// <remarks>
/// Thread-safe. The catalog's vocabulary is built once and rebuilt only when a series or alias changes. Everything is
/// read, never written: asking changes nothing. Values are exactly what the store holds; nothing is estimated except
/// forecasts, which are the analyzers' own expectations.
/// </remarks>
public sealed partial class QuestionAnswerer(NunchiEngine engine)
{
    /// <summary>Most series one answer reads values of; a question about more is answered for the first ones.</summary>
    public const int MaxSeries = 500;

    /// <summary>Most series one answer forecasts.</summary>
    public const int MaxForecasts = 50;

    private const int MaxFindings = 100_000;

    /// <summary>Understands and answers <paramref name="question"/>.</summary>
    public AskResult Ask(string question, AskOptions options)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(options);
        var catalog = Catalog();
        var interpretation = QuestionParser.Parse(question, catalog, options.NowMs, options.TimeZone);
        if (options.Language is { } language)
        {
            interpretation = interpretation with { Language = language };
        }

        var answer = interpretation.Intent switch
        {
            QuestionIntent.Show => Show(interpretation, catalog, options),
            QuestionIntent.Stats => Stats(interpretation, catalog, options),
            QuestionIntent.Compare => Compare(interpretation, catalog, options),
            QuestionIntent.Anomalies => Anomalies(interpretation, catalog, options),
            QuestionIntent.Explain => Explain(interpretation, catalog, options),
            QuestionIntent.Forecast => Forecast(interpretation, catalog, options),
            QuestionIntent.Top => Top(interpretation, catalog, options),
            _ => new Answer(AnswerText.Unknown(interpretation, catalog, options.TimeZone), [], [], []),
        };
        return new AskResult(interpretation, answer);
    }

    private Answer Show(QuestionInterpretation q, QuestionCatalog catalog, AskOptions options)
    {
        var summaries = Summaries(q, catalog);
        var values = summaries.Where(s => s.Count > 0).Select(s => new AnswerValue(s.Series.Id, Name(q, s.Series), s.Last, s.Series.Unit, s.LastAtMs, s.Decimals)).ToList();
        return new Answer(AnswerText.Show(q, catalog, options.TimeZone, summaries), values, [], []);
    }

    private Answer Stats(QuestionInterpretation q, QuestionCatalog catalog, AskOptions options)
    {
        var summaries = Summaries(q, catalog);
        return new Answer(AnswerText.Stats(q, catalog, options.TimeZone, summaries), Aggregates(q, summaries, q.Aggregation ?? QuestionAggregation.Mean), [], []);
    }

    private Answer Compare(QuestionInterpretation q, QuestionCatalog catalog, AskOptions options)
    {
        var summaries = Summaries(q, catalog);
        return new Answer(AnswerText.Compare(q, catalog, options.TimeZone, summaries), Aggregates(q, summaries, q.Aggregation ?? QuestionAggregation.Mean), [], []);
    }

    private Answer Anomalies(QuestionInterpretation q, QuestionCatalog catalog, AskOptions options)
    {
        var stored = Findings(q, catalog);
        var named = Named(stored, catalog);
        var values = new List<AnswerValue>();
        if (q.Aggregation == QuestionAggregation.Count)
        {
            foreach (var group in named.GroupBy(f => f.Series.Id).OrderBy(g => g.Key))
            {
                var series = group.First().Series;
                values.Add(new AnswerValue(series.Id, Name(q, series), group.Count(), null));
            }
        }

        return new Answer(AnswerText.Anomalies(q, catalog, options.TimeZone, named), values, stored, []);
    }

    private Answer Explain(QuestionInterpretation q, QuestionCatalog catalog, AskOptions options)
    {
        var stored = Findings(q, catalog);
        var named = Named(stored, catalog);

        // Without findings the answer says what the data did instead, which needs its values.
        var summaries = named.Count == 0 ? Summaries(q, catalog) : [];
        return new Answer(AnswerText.Explain(q, catalog, options.TimeZone, named, summaries), [], stored, []);
    }

    private Answer Forecast(QuestionInterpretation q, QuestionCatalog catalog, AskOptions options)
    {
        long from = Math.Max(q.Period!.FromMs, options.NowMs);
        long to = Math.Min(q.Period.ToMs, from + ForecastReader.MaxHorizonMs);
        var forecasts = Selected(q, catalog).Take(MaxForecasts).Select(s => ForecastReader.Read(engine, s, from, to)).ToList();
        var rows = forecasts.SelectMany(f => f.Points.Where(p => p.IsKnown).Select(p => new ForecastRow(f.Series.Id, p, f.Decimals))).ToList();
        var values = forecasts.Where(f => f.IsKnown)
            .Select(f => new AnswerValue(f.Series.Id, Name(q, f.Series), Math.Round(f.Points.Average(p => p.Expected), f.Decimals), f.Series.Unit, null, f.Decimals))
            .ToList();
        return new Answer(AnswerText.Forecast(q, catalog, options.TimeZone, forecasts), values, [], rows);
    }

    private List<SeriesSummary> Summaries(QuestionInterpretation q, QuestionCatalog catalog) =>
        Summaries(Selected(q, catalog), q.Period!);

    // Series are read in parallel (the store reads one series under its own lock) into their own slots: same order, same numbers.
    private List<SeriesSummary> Summaries(IReadOnlyList<CatalogSeries> series, TimePeriod period)
    {
        var summaries = new SeriesSummary[Math.Min(series.Count, MaxSeries)];
        Parallel.For(0, summaries.Length, i => summaries[i] = SummaryReader.Read(engine.Points, series[i], period.FromMs, period.ToMs));
        return [.. summaries];
    }

    /// <summary>The series the question selects; all of them when it named none.</summary>
    private static IReadOnlyList<CatalogSeries> Selected(QuestionInterpretation q, QuestionCatalog catalog) =>
        q.AboutEverything ? catalog.Series : q.Series;

    private List<StoredFinding> Findings(QuestionInterpretation q, QuestionCatalog catalog)
    {
        var found = engine.Findings.Query(new FindingQuery(q.Period!.FromMs, q.Period.ToMs, Limit: MaxFindings));
        if (q.AboutEverything)
        {
            return [.. found.Where(f => catalog.ById(f.SeriesId) is not null)];
        }

        var ids = q.Series.Select(s => s.Id).ToHashSet();
        return [.. found.Where(f => ids.Contains(f.SeriesId))];
    }

    private static List<NamedFinding> Named(List<StoredFinding> stored, QuestionCatalog catalog) =>
        [.. stored.Select(f => new NamedFinding(catalog.ById(f.SeriesId)!, f.Finding))];

    private static List<AnswerValue> Aggregates(QuestionInterpretation q, List<SeriesSummary> summaries, QuestionAggregation aggregation) =>
        [.. summaries.Where(s => s.Count > 0).Select(s =>
        {
            var (value, at) = s.Of(aggregation);
            bool count = aggregation == QuestionAggregation.Count;
            return new AnswerValue(s.Series.Id, Name(q, s.Series), aggregation == QuestionAggregation.Mean ? Math.Round(value, s.DecimalsOf(aggregation) + 1) : value, count ? null : s.Series.Unit, at, count ? null : s.DecimalsOf(aggregation));
        })];

    private static string Name(QuestionInterpretation q, CatalogSeries series) =>
        q.Language == NarrativeLanguage.Korean ? series.Label.KoreanName ?? series.Label.Name : series.Label.Name;
}
