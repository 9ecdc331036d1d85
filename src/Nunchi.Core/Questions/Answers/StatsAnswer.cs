namespace Nunchi.Core.Questions.Answers;

/// <summary>The text of a <see cref="QuestionIntent.Stats"/> answer: one aggregate per series, and which is highest or lowest.</summary>
internal static class StatsAnswer
{
    private const int MostListed = 8;

    public static string Write(AnswerPhrases p, IReadOnlyList<SeriesSummary> summaries, QuestionAggregation aggregation)
    {
        var withData = summaries.Where(s => s.Count > 0).ToList();
        if (withData.Count == 0)
        {
            return aggregation == QuestionAggregation.Count && summaries.Count > 0
                ? (p.Korean ? $"{p.Period} {p.Subject}에는 값이 없습니다." : $"{AnswerPhrases.Capital(p.Subject)} has no values {p.Period}.")
                : p.NoData(p.Subject, summaries);
        }

        if (summaries.Count == 1)
        {
            return One(p, withData[0], aggregation);
        }

        var names = p.DistinctNames([.. withData.Select(s => s.Series)]);
        var parts = withData.Select((s, i) => $"{names[i]} {Shown(p, s, aggregation)}").ToList();
        string? quantity = p.SharedQuantity([.. withData.Select(s => s.Series)]);
        string what = quantity is null ? p.Aggregate(aggregation) : $"{p.Aggregate(aggregation)} {quantity}";
        // The names say which machines; with one quantity the subject would only repeat it (1라인 압력의 최저 압력).
        string head = quantity is not null
            ? (p.Korean ? $"{p.Period} {what}: {p.ListSome(parts, MostListed)}." : $"{AnswerPhrases.Capital(what)} {p.Period}: {p.ListSome(parts, MostListed)}.")
            : (p.Korean ? $"{p.Period} {p.Subject}의 {what}: {p.ListSome(parts, MostListed)}." : $"{AnswerPhrases.Capital(what)} of {p.Subject} {p.Period}: {p.ListSome(parts, MostListed)}.");
        if (quantity is null || aggregation == QuestionAggregation.Count)
        {
            return head;
        }

        // One quantity in one unit: say which one stands out.
        var best = aggregation == QuestionAggregation.Min
            ? withData.Select((s, i) => (s, i)).MinBy(x => x.s.Of(aggregation).Value)
            : withData.Select((s, i) => (s, i)).MaxBy(x => x.s.Of(aggregation).Value);
        bool lowest = aggregation == QuestionAggregation.Min;
        return p.Korean
            ? $"{head} 가장 {(lowest ? "낮은" : "높은")} 것은 {names[best.i]}입니다."
            : $"{head} The {(lowest ? "lowest" : "highest")} is {names[best.i]}.";
    }

    private static string One(AnswerPhrases p, SeriesSummary s, QuestionAggregation aggregation)
    {
        var (machine, quantity) = p.Catalog.Parts(s.Series, p.Language);
        if (aggregation == QuestionAggregation.Count)
        {
            return p.Korean
                ? $"{p.Period} {p.Name(s.Series)} 값은 {AnswerPhrases.Count(s.Count)}개입니다."
                : $"{AnswerPhrases.Capital(p.Name(s.Series))} has {AnswerPhrases.Count(s.Count)} values {p.Period}.";
        }

        string value = Shown(p, s, aggregation);
        return p.Korean
            ? $"{p.Period} {machine}의 {p.Aggregate(aggregation)} {AnswerPhrases.Topic(quantity)} {AnswerPhrases.Was(value)}."
            : $"The {p.Aggregate(aggregation)} {quantity} of {machine} {p.Period} was {value}.";
    }

    // A value with the time a min or max was reached: 45.3 bar(11월 19일 오후 2시 23분), 45.3 bar at Nov 19, 14:23.
    private static string Shown(AnswerPhrases p, SeriesSummary s, QuestionAggregation aggregation)
    {
        var (value, at) = s.Of(aggregation);
        string text = aggregation == QuestionAggregation.Count ? AnswerPhrases.Count(value) : AnswerPhrases.Value(s, value, s.DecimalsOf(aggregation));
        return at is not long time ? text : p.Korean ? $"{text}({p.Time(time)})" : $"{text} at {p.Time(time)}";
    }
}
