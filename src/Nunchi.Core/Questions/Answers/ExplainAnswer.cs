using Nunchi.Core.Findings;
using Nunchi.Core.Language;

namespace Nunchi.Core.Questions.Answers;

/// <summary>
/// The text of an <see cref="QuestionIntent.Explain"/> answer: the explanation facts of the findings in the period
/// (told by <see cref="FindingNarrative"/>, the most severe first, those moving the way the question says first of all);
/// when there are none, what the data did instead: where it started and ended, its range and mean, and when it peaked.
/// </summary>
internal static class ExplainAnswer
{
    private const int MostTold = 3;

    public static string Write(AnswerPhrases p, IReadOnlyList<NamedFinding> findings, IReadOnlyList<SeriesSummary> summaries, int movement)
    {
        if (findings.Count > 0)
        {
            var told = findings
                .OrderByDescending(f => Matches(f.Finding, movement))
                .ThenByDescending(f => f.Finding.Severity)
                .ThenBy(f => f.Finding.StartMs)
                .Take(MostTold)
                .Select(f => FindingNarrative.Render(f.Finding, f.Series.Label, p.Language, p.Zone))
                .ToList();
            int n = findings.Count;
            int more = n - told.Count;
            return p.Korean
                ? $"{p.Period} {p.Subject}에서 이상 {n}건이 있었습니다. {string.Join(" ", told)}{(more > 0 ? $" 그 밖에 {more}건이 더 있습니다." : "")}"
                : $"{n} {AnswerPhrases.Plural("finding", n)} on {p.Subject} {p.Period}. {string.Join(" ", told)}{(more > 0 ? $" {more} more {(more == 1 ? "is" : "are")} listed." : "")}";
        }

        var withData = summaries.Where(s => s.Count > 0).ToList();
        if (withData.Count == 0)
        {
            return p.NoData(p.Subject, summaries);
        }

        string nothing = p.Korean ? $"{p.Period} {p.Subject}에서는 이상으로 판단된 변화가 없었습니다." : $"Nothing unusual was found on {p.Subject} {p.Period}.";
        var described = withData.Take(MostTold).Select(s => Describe(p, s)).ToList();
        int rest = withData.Count - described.Count;
        string others = rest == 0 ? "" : p.Korean ? $" 나머지 {rest}개 시리즈도 평소 범위 안이었습니다." : $" The other {rest} series stayed within their usual range.";
        return $"{nothing} {string.Join(" ", described)}{others}";
    }

    // What one series did: from its first to its last value, its range, mean and the times of its extremes.
    private static string Describe(AnswerPhrases p, SeriesSummary s)
    {
        string name = p.Name(s.Series);
        string first = AnswerPhrases.Value(s, s.First);
        string last = AnswerPhrases.Value(s, s.Last);
        string min = AnswerPhrases.Value(s, s.Min);
        string max = AnswerPhrases.Value(s, s.Max);
        string mean = AnswerPhrases.Value(s, s.Mean, s.DecimalsOf(QuestionAggregation.Mean));
        // Compared as shown: 0.79 and 0.791 both read 0.79, and "went from 0.79 to 0.79" says nothing.
        string course = first == last
            ? (p.Korean ? $"{first}에서 시작해 같은 값으로 끝났고" : $"started and ended at {first}")
            : s.Last > s.First
                ? (p.Korean ? $"{first}에서 {AnswerPhrases.Toward(last)} 올랐고" : $"rose from {first} to {last}")
                : (p.Korean ? $"{first}에서 {AnswerPhrases.Toward(last)} 내려갔고" : $"fell from {first} to {last}");
        return p.Korean
            ? $"{AnswerPhrases.Topic(name)} {course}, 평균 {mean}, 최고 {max}({p.Time(s.MaxAtMs)}), {AnswerPhrases.Was($"최저 {min}({p.Time(s.MinAtMs)})")}."
            : $"{AnswerPhrases.Capital(name)} {course}, with a mean of {mean}, highest {max} at {p.Time(s.MaxAtMs)} and lowest {min} at {p.Time(s.MinAtMs)}.";
    }

    // A spike asked about is told before a dip: findings moving the way the question says come first.
    private static bool Matches(Finding finding, int movement) =>
        movement != 0 && finding.Facts.Direction == (movement > 0 ? Direction.Up : Direction.Down);
}
