using Nunchi.Core.Language;
using Nunchi.Core.Questions;
using Nunchi.Core.Questions.Answers;

namespace Nunchi.Engine.Questions;

/// <content>Ranking machines by their findings or by an aggregate of one quantity.</content>
public sealed partial class QuestionAnswerer
{
    private Answer Top(QuestionInterpretation q, QuestionCatalog catalog, AskOptions options)
    {
        var aggregation = q.Aggregation ?? QuestionAggregation.Count;
        int limit = q.Limit ?? 1;
        bool ascending = q.Order == RankOrder.Ascending;
        var selected = Selected(q, catalog);
        List<RankedMachine> ranking;
        string? quantity = null;
        if (aggregation == QuestionAggregation.Count)
        {
            // Findings per machine; every selected machine takes part (with 0) when the fewest are asked for.
            var counts = new Dictionary<int, (CatalogSeries First, int Count)>();
            foreach (var series in selected)
            {
                var machine = catalog.MachineOf(series).Index;
                counts.TryAdd(machine, (series, 0));
            }

            foreach (var finding in Findings(q, catalog))
            {
                var series = catalog.ById(finding.SeriesId)!;
                var machine = catalog.MachineOf(series).Index;
                if (counts.TryGetValue(machine, out var entry))
                {
                    counts[machine] = (entry.First, entry.Count + 1);
                }
            }

            ranking = [.. counts
                .Where(c => ascending || c.Value.Count > 0)
                .OrderBy(c => ascending ? c.Value.Count : -c.Value.Count).ThenBy(c => c.Key)
                .Take(limit)
                .Select(c =>
                {
                    var (_, name, korean) = catalog.MachineOf(c.Value.First);
                    return new RankedMachine(c.Value.First.Id, name, korean, c.Value.Count, null, 0, null);
                })];
        }
        else
        {
            // An aggregate of each series; machines are named when the series share one quantity.
            var summaries = Summaries(selected, q.Period!).Where(s => s.Count > 0).ToList();
            quantity = AnswerText.SharedQuantity(q, catalog, [.. summaries.Select(s => s.Series)]);
            ranking = [.. summaries
                .Select(s => (Summary: s, Value: s.Of(aggregation)))
                .OrderBy(x => ascending ? x.Value.Value : -x.Value.Value).ThenBy(x => x.Summary.Series.Id)
                .Take(limit)
                .Select(x =>
                {
                    var (_, name, korean) = catalog.MachineOf(x.Summary.Series);
                    var label = x.Summary.Series.Label;
                    return quantity is null
                        ? new RankedMachine(x.Summary.Series.Id, label.Name, label.KoreanName, x.Value.Value, x.Summary.Series.Unit, x.Summary.DecimalsOf(aggregation), x.Value.AtMs)
                        : new RankedMachine(x.Summary.Series.Id, name, korean, x.Value.Value, x.Summary.Series.Unit, x.Summary.DecimalsOf(aggregation), x.Value.AtMs);
                })];
        }

        bool korean = q.Language == NarrativeLanguage.Korean;
        var values = ranking.Select(r => new AnswerValue(r.SeriesId, korean ? r.KoreanName ?? r.Name : r.Name, r.Value, r.Unit, r.AtMs, r.Unit is null ? null : r.Decimals)).ToList();
        return new Answer(AnswerText.Top(q, catalog, options.TimeZone, ranking, quantity), values, [], []);
    }
}
