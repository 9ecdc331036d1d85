using Nunchi.Core.Language;

namespace Nunchi.Core.Questions.Answers;

/// <summary>The text of an <see cref="QuestionIntent.Anomalies"/> answer: how many findings, of which kinds, and the most severe told in full.</summary>
internal static class AnomalyAnswer
{
    public static string Write(AnswerPhrases p, IReadOnlyList<NamedFinding> findings, bool count)
    {
        string where = p.Korean ? $"{p.Period} {p.Subject}에서" : $"on {p.Subject} {p.Period}";
        if (findings.Count == 0)
        {
            return p.Korean ? $"{where}는 이상이 감지되지 않았습니다." : $"No anomalies were detected {where}.";
        }

        string kinds = p.Kinds(findings);
        int n = findings.Count;
        if (count)
        {
            return p.Korean
                ? $"{where} 감지된 이상은 {n}건입니다({kinds})."
                : $"{n} {AnswerPhrases.Plural("anomaly", n)} {(n == 1 ? "was" : "were")} detected {where}: {kinds}.";
        }

        var worst = findings.OrderByDescending(f => f.Finding.Severity).ThenBy(f => f.Finding.StartMs).First();
        string told = FindingNarrative.Render(worst.Finding, worst.Series.Label, p.Language, p.Zone);
        return p.Korean
            ? $"{where} 이상 {n}건이 감지되었습니다({kinds}). 가장 심각한 것: {told}"
            : $"{n} {AnswerPhrases.Plural("anomaly", n)} {(n == 1 ? "was" : "were")} detected {where} ({kinds}). The most severe: {told}";
    }
}
