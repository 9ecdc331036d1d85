namespace Nunchi.Core.Questions.Answers;

/// <summary>The text of a <see cref="QuestionIntent.Top"/> answer: the machines in order, with what ranks them.</summary>
internal static class TopAnswer
{
    public static string Write(AnswerPhrases p, IReadOnlyList<RankedMachine> ranking, QuestionAggregation aggregation, RankOrder order, string? quantity)
    {
        bool most = order == RankOrder.Descending;
        bool count = aggregation == QuestionAggregation.Count;
        if (ranking.Count == 0)
        {
            return count
                ? (p.Korean ? $"{p.Period} 이상이 감지된 기계가 없습니다." : $"No machine had anomalies {p.Period}.")
                : p.Korean ? $"{p.Period} {p.Subject}에는 데이터가 없습니다." : $"There is no data for {p.Subject} {p.Period}.";
        }

        var shown = ranking.Select(r => Shown(p, r, count)).ToList();
        string list = string.Join(", ", shown);
        if (count)
        {
            string how = p.Korean ? (most ? "많았던" : "적었던") : (most ? "most" : "fewest");
            return (ranking.Count, p.Korean) switch
            {
                (1, true) => $"{p.Period} 이상이 가장 {how} 기계는 {shown[0]}입니다.",
                (_, true) => $"{p.Period} 이상이 가장 {how} 기계는 {list} 순입니다.",
                (1, false) => $"The machine with the {how} anomalies {p.Period} was {shown[0]}.",
                _ => $"Machines with the {how} anomalies {p.Period}: {list}.",
            };
        }

        string what = quantity is null ? p.Aggregate(aggregation) : aggregation == QuestionAggregation.Mean ? $"{p.Aggregate(aggregation)} {quantity}" : quantity;
        string end = p.Korean ? (most ? "높은" : "낮은") : (most ? "highest" : "lowest");
        return (ranking.Count, p.Korean) switch
        {
            (1, true) => $"{p.Period} {AnswerPhrases.Subjective(what)} 가장 {end} 기계는 {shown[0]}입니다.",
            (_, true) => $"{p.Period} {AnswerPhrases.Subjective(what)} 가장 {end} 기계는 {list} 순입니다.",
            (1, false) => $"The machine with the {end} {what} {p.Period} was {shown[0]}.",
            _ => $"{AnswerPhrases.Capital(end)} {what} {p.Period}: {list}.",
        };
    }

    private static string Shown(AnswerPhrases p, RankedMachine r, bool count)
    {
        string name = p.Korean ? r.KoreanName ?? r.Name : r.Name;
        string value = count
            ? (p.Korean ? $"{AnswerPhrases.Count(r.Value)}건" : AnswerPhrases.Count(r.Value))
            : AnswerPhrases.Value(r.Value, r.Decimals, r.Unit);
        if (r.AtMs is long at)
        {
            value += p.Korean ? $", {p.Time(at)}" : $" at {p.Time(at)}";
        }

        return p.Korean ? $"{name}({value})" : $"{name} ({value})";
    }
}
