namespace Nunchi.Core.Questions.Answers;

/// <summary>
/// The text of an <see cref="QuestionIntent.Unknown"/> answer: a polite no, what the data does not have when the
/// question named it, and what can be asked, with examples built from this catalog's own machines and quantities.
/// </summary>
internal static class UnknownAnswer
{
    private const int MostListed = 8;

    public static string Write(AnswerPhrases p, IReadOnlyList<string> unresolved)
    {
        var catalog = p.Catalog;
        if (catalog.Series.Count == 0)
        {
            return p.Korean ? "아직 데이터가 없습니다. 데이터를 보내거나 가져온 뒤에 물어보세요." : "There is no data yet: send or import some, then ask again.";
        }

        var machines = catalog.Entities.Select(e => QuestionCatalog.NameOf(e, p.Language)).Distinct(StringComparer.Ordinal).ToList();
        var quantities = catalog.Series.Select(s => catalog.Parts(s, p.Language).Quantity).Distinct(StringComparer.Ordinal).ToList();
        string known = p.Korean
            ? $"있는 설비: {p.ListSome(machines, MostListed)}. 측정 항목: {p.ListSome(quantities, MostListed)}."
            : $"Machines: {p.ListSome(machines, MostListed)}. Quantities: {p.ListSome(quantities, MostListed)}.";
        if (unresolved.Count > 0)
        {
            string names = p.List([.. unresolved.Select(u => $"'{u}'")]);
            return p.Korean
                ? $"{AnswerPhrases.Topic(names)} 데이터에 없습니다. {known}"
                : $"{AnswerPhrases.Capital(names)} {(unresolved.Count == 1 ? "is" : "are")} not in the data. {known}";
        }

        // Examples from the data itself: its first machine and the quantities it measures.
        var first = catalog.Entities[0];
        var sample = catalog.Series[first.Series[0]];
        var (machine, quantity) = catalog.Parts(sample, p.Language);
        string other = first.Series.Length > 1 ? catalog.Parts(catalog.Series[first.Series[1]], p.Language).Quantity : quantity;
        return p.Korean
            ? $"죄송하지만 그 질문에는 답할 수 없습니다. 이 데이터에 대해서만 답할 수 있어요. 예를 들어 '{machine} {quantity} 보여줘', '지난주 이상 있었어?', "
              + $"'어제 {machine} 평균 {AnswerPhrases.Topic(quantity)}?', '{machine} {other} 내일 예측해줘', '이번 달 이상이 가장 많았던 기계 3개'처럼 물어보세요. {known}"
            : $"Sorry, I can only answer questions about this data. Try, for example: 'Show {machine} {quantity}', 'Any anomalies last week?', "
              + $"'Average {quantity} of {machine} yesterday', 'Forecast {machine} {other} for tomorrow', 'Which machine had the most anomalies this month?'. {known}";
    }
}
