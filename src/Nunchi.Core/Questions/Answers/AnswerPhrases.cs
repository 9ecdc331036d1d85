using Nunchi.Core.Findings;
using Nunchi.Core.Language;

namespace Nunchi.Core.Questions.Answers;

/// <summary>The pieces every answer is written with, in Korean and English: values with units, times, names, lists, particles.</summary>
internal sealed class AnswerPhrases(QuestionInterpretation question, QuestionCatalog catalog, TimeZoneInfo zone)
{
    public NarrativeLanguage Language => question.Language;

    public bool Korean => question.Language == NarrativeLanguage.Korean;

    public QuestionCatalog Catalog => catalog;

    public TimeZoneInfo Zone => zone;

    /// <summary>The period as an adverbial: <c>지난주</c>, <c>over the last 6 hours</c>.</summary>
    public string Period => question.Period is { } p ? (Korean ? p.Korean : p.English) : "";

    /// <summary>What the question named, or everything: <c>프레스 3호기 진동</c>, <c>전체 설비</c>, <c>all machines</c>.</summary>
    public string Subject
    {
        get
        {
            string subject = question.Subject(Language);
            return subject.Length > 0 ? subject : Korean ? "전체 설비" : "all machines";
        }
    }

    /// <summary>A series' name in the answer's language.</summary>
    public string Name(CatalogSeries series) => Korean ? series.Label.KoreanName ?? series.Label.Name : series.Label.Name;

    /// <summary>A value with its unit: <c>182.4 °C</c>.</summary>
    public static string Value(double value, int decimals, string? unit) => ValueText.WithDecimals(decimals, unit).Value(value);

    /// <summary>A value of a series with its unit.</summary>
    public static string Value(SeriesSummary summary, double value, int? decimals = null) =>
        Value(value, decimals ?? summary.Decimals, summary.Series.Unit);

    /// <summary>A count: <c>1,234</c>.</summary>
    public static string Count(double count) => NumberText.Fixed(count, 0);

    /// <summary>An instant in the question's zone: <c>11월 19일 오후 2시 23분</c>, <c>Nov 19, 14:23</c>.</summary>
    public string Time(long unixMs) => TimeText.Format(unixMs, zone, Language);

    public static string Topic(string word) => KoreanParticles.With(word, Particle.Topic);

    public static string Subjective(string word) => KoreanParticles.With(word, Particle.Subject);

    public static string Toward(string word) => KoreanParticles.With(word, Particle.Direction);

    /// <summary>The past copula with the formal ending: <c>182.4 °C였습니다</c>, <c>12건이었습니다</c>.</summary>
    public static string Was(string word) => KoreanParticles.With(word, Particle.PastCopula) + "습니다";

    /// <summary>A kind of finding: <c>급등</c>, <c>spike</c>.</summary>
    public string Kind(FindingKind kind) => FindingNarrative.KindName(kind, Language);

    /// <summary>Names joined as one list: <c>A, B와 C</c>… Korean joins with commas; English with commas and "and".</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ when Korean => string.Join(", ", items),
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };

    /// <summary>The first <paramref name="most"/> items and how many more there are: <c>…, 외 3개</c>, <c>…, and 3 more</c>.</summary>
    public string ListSome(IReadOnlyList<string> items, int most)
    {
        if (items.Count <= most)
        {
            return List(items);
        }

        var shown = items.Take(most).ToList();
        int more = items.Count - most;
        return Korean ? string.Join(", ", shown) + $" 외 {more}개" : string.Join(", ", shown) + $", and {more} more";
    }

    /// <summary>A sentence with its first letter in capitals (English).</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>How findings of each kind add up: <c>급등 2건, 수준 변화 1건</c>, <c>2 spikes, 1 level shift</c>.</summary>
    public string Kinds(IReadOnlyList<NamedFinding> findings)
    {
        var parts = findings.GroupBy(f => f.Finding.Kind)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => Korean ? $"{Kind(g.Key)} {g.Count()}건" : $"{g.Count()} {Plural(Kind(g.Key), g.Count())}")
            .ToList();
        return List(parts);
    }

    /// <summary>An English noun for a count: spike → spikes; "missing data" stays.</summary>
    public static string Plural(string noun, long count) =>
        count == 1 || noun.EndsWith("data", StringComparison.Ordinal) ? noun : noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";

    /// <summary>Says there is no data for what was asked, and where the data is when there is some elsewhere.</summary>
    public string NoData(string what, IReadOnlyList<SeriesSummary> summaries)
    {
        var stored = summaries.Where(s => s.Stored is not null).Select(s => s.Stored!.Value).ToList();
        string sentence = Korean ? $"{Period} {what}에는 데이터가 없습니다." : $"There is no data for {what} {Period}.";
        if (stored.Count == 0)
        {
            return sentence;
        }

        long from = stored.Min(s => s.FromMs);
        long to = stored.Max(s => s.ToMs);
        return Korean ? $"{sentence} 데이터는 {Time(from)}부터 {Time(to)}까지 있습니다." : $"{sentence} The data runs from {Time(from)} to {Time(to)}.";
    }

    /// <summary>How an aggregate is said before a quantity: 평균 / 최고 / 최저, mean / highest / lowest.</summary>
    public string Aggregate(QuestionAggregation aggregation) => (aggregation, Korean) switch
    {
        (QuestionAggregation.Max, true) => "최고",
        (QuestionAggregation.Min, true) => "최저",
        (QuestionAggregation.Count, true) => "값의 개수",
        (_, true) => "평균",
        (QuestionAggregation.Max, false) => "highest",
        (QuestionAggregation.Min, false) => "lowest",
        (QuestionAggregation.Count, false) => "number of values",
        _ => "mean",
    };

    /// <summary>The names that tell the series apart: machines when they share a quantity, quantities when they share a machine, else whole names.</summary>
    public List<string> DistinctNames(IReadOnlyList<CatalogSeries> series)
    {
        var parts = series.Select(s => catalog.Parts(s, Language)).ToList();
        if (parts.Select(p => p.Quantity).Distinct(StringComparer.Ordinal).Count() == 1 && parts.Select(p => p.Machine).Distinct(StringComparer.Ordinal).Count() == parts.Count)
        {
            return [.. parts.Select(p => p.Machine)];
        }

        if (parts.Select(p => p.Machine).Distinct(StringComparer.Ordinal).Count() == 1 && parts.Select(p => p.Quantity).Distinct(StringComparer.Ordinal).Count() == parts.Count)
        {
            return [.. parts.Select(p => p.Quantity)];
        }

        return [.. series.Select(Name)];
    }

    /// <summary>The quantity all of <paramref name="series"/> measure, or null when they measure different ones.</summary>
    public string? SharedQuantity(IReadOnlyList<CatalogSeries> series)
    {
        var quantities = series.Select(s => catalog.Parts(s, Language).Quantity).Distinct(StringComparer.Ordinal).ToList();
        return quantities.Count == 1 ? quantities[0] : null;
    }
}
