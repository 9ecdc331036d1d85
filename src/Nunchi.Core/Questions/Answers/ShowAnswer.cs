namespace Nunchi.Core.Questions.Answers;

/// <summary>The text of a <see cref="QuestionIntent.Show"/> answer: what the values did; the values themselves go in a chart or table.</summary>
internal static class ShowAnswer
{
    private const int MostListed = 6;

    public static string Write(AnswerPhrases p, IReadOnlyList<SeriesSummary> summaries)
    {
        var withData = summaries.Where(s => s.Count > 0).ToList();
        if (withData.Count == 0)
        {
            return p.NoData(p.Subject, summaries);
        }

        if (summaries.Count == 1)
        {
            var s = withData[0];
            string name = p.Name(s.Series);
            string mean = AnswerPhrases.Value(s, s.Mean, s.DecimalsOf(QuestionAggregation.Mean));
            string min = AnswerPhrases.Value(s, s.Min);
            string max = AnswerPhrases.Value(s, s.Max);
            string last = AnswerPhrases.Value(s, s.Last);
            return p.Korean
                ? $"{p.Period} {AnswerPhrases.Topic(name)} 평균 {mean}, 최저 {min}({p.Time(s.MinAtMs)}), {AnswerPhrases.Was($"최고 {max}({p.Time(s.MaxAtMs)})")}. 마지막 값은 {last}({p.Time(s.LastAtMs)})입니다."
                : $"{AnswerPhrases.Capital(name)} {p.Period}: mean {mean}, lowest {min} at {p.Time(s.MinAtMs)}, highest {max} at {p.Time(s.MaxAtMs)}; latest {last} at {p.Time(s.LastAtMs)}.";
        }

        var names = p.DistinctNames([.. withData.Select(s => s.Series)]);
        var parts = withData.Select((s, i) => p.Korean
            ? $"{names[i]} 평균 {AnswerPhrases.Value(s, s.Mean, s.DecimalsOf(QuestionAggregation.Mean))}({AnswerPhrases.Value(s, s.Min)}–{AnswerPhrases.Value(s, s.Max)})"
            : $"{names[i]} mean {AnswerPhrases.Value(s, s.Mean, s.DecimalsOf(QuestionAggregation.Mean))} ({AnswerPhrases.Value(s, s.Min)}–{AnswerPhrases.Value(s, s.Max)})").ToList();
        string missing = withData.Count == summaries.Count ? ""
            : p.Korean ? $" 데이터가 없는 시리즈: {summaries.Count - withData.Count}개." : $" {summaries.Count - withData.Count} series have no data.";
        return p.Korean
            ? $"{p.Period} {p.Subject}: 시리즈 {summaries.Count}개. {p.ListSome(parts, MostListed)}.{missing}"
            : $"{AnswerPhrases.Capital(p.Subject)} {p.Period}: {summaries.Count} series. {p.ListSome(parts, MostListed)}.{missing}";
    }
}
