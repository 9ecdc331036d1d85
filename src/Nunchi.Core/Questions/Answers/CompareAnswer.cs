using Nunchi.Core.Language;

namespace Nunchi.Core.Questions.Answers;

/// <summary>The text of a <see cref="QuestionIntent.Compare"/> answer: the series side by side, and how far apart they are.</summary>
internal static class CompareAnswer
{
    private const int MostListed = 8;

    public static string Write(AnswerPhrases p, IReadOnlyList<SeriesSummary> summaries, QuestionAggregation aggregation)
    {
        var withData = summaries.Where(s => s.Count > 0).ToList();
        if (withData.Count == 0)
        {
            return p.NoData(p.Subject, summaries);
        }

        var names = p.DistinctNames([.. withData.Select(s => s.Series)]);
        var parts = withData.Select((s, i) => $"{names[i]} {p.Aggregate(aggregation)} {AnswerPhrases.Value(s, s.Of(aggregation).Value, s.DecimalsOf(aggregation))}").ToList();
        string head = p.Korean ? $"{p.Period} {p.Subject} 비교: {p.ListSome(parts, MostListed)}." : $"{AnswerPhrases.Capital(p.Subject)} {p.Period}: {p.ListSome(parts, MostListed)}.";
        bool sameUnit = withData.Select(s => s.Series.Unit ?? "").Distinct(StringComparer.Ordinal).Count() == 1;
        if (withData.Count < 2 || !sameUnit)
        {
            return head;
        }

        var ranked = withData.Select((s, i) => (Value: s.Of(aggregation).Value, Name: names[i], Summary: s)).OrderByDescending(x => x.Value).ToList();
        var (high, low) = (ranked[0], ranked[^1]);
        if (withData.Count > 2)
        {
            return p.Korean
                ? $"{head} 가장 높은 것은 {high.Name}, 가장 낮은 것은 {low.Name}입니다."
                : $"{head} Highest: {high.Name}; lowest: {low.Name}.";
        }

        double difference = high.Value - low.Value;
        if (difference == 0)
        {
            return p.Korean ? $"{head} 둘은 같습니다." : $"{head} They are the same.";
        }

        string by = AnswerPhrases.Value(high.Summary, difference, high.Summary.DecimalsOf(aggregation));
        string percent = low.Value != 0 ? NumberText.Percent(difference / Math.Abs(low.Value)) : "";
        return p.Korean
            ? $"{head} {AnswerPhrases.Subjective(high.Name)} {by}{(percent.Length > 0 ? $"({percent})" : "")} 더 높습니다."
            : $"{head} {AnswerPhrases.Capital(high.Name)} is {by}{(percent.Length > 0 ? $" ({percent})" : "")} higher.";
    }
}
