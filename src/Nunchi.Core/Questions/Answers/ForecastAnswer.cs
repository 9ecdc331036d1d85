using Nunchi.Core.Analysis;

namespace Nunchi.Core.Questions.Answers;

/// <summary>The text of a <see cref="QuestionIntent.Forecast"/> answer: the mean expected value, the interval, and when it peaks and dips.</summary>
internal static class ForecastAnswer
{
    private const int MostTold = 4;

    public static string Write(AnswerPhrases p, IReadOnlyList<SeriesForecast> forecasts)
    {
        var known = forecasts.Where(f => f.IsKnown).ToList();
        var unknown = forecasts.Where(f => !f.IsKnown).Select(f => p.Name(f.Series)).ToList();
        var told = known.Take(MostTold).Select(f => One(p, f)).ToList();
        if (known.Count > told.Count)
        {
            told.Add(p.Korean ? $"나머지 {known.Count - told.Count}개 시리즈의 예측은 표에 있습니다." : $"The forecasts of the other {known.Count - told.Count} series are in the table.");
        }

        if (unknown.Count > 0)
        {
            string names = p.ListSome(unknown, MostTold);
            told.Add(p.Korean
                ? $"{AnswerPhrases.Topic(names)} 아직 충분히 학습되지 않아 예측할 수 없습니다."
                : $"{AnswerPhrases.Capital(names)} {(unknown.Count == 1 ? "has" : "have")} not been learned well enough to forecast yet.");
        }

        return string.Join(" ", told);
    }

    private static string One(AnswerPhrases p, SeriesForecast f)
    {
        var points = f.Points;
        string Value(double v) => AnswerPhrases.Value(v, f.Decimals, f.Series.Unit);
        double mean = points.Average(x => x.Expected);
        var peak = points.MaxBy(x => x.Expected);
        var trough = points.MinBy(x => x.Expected);
        string range = $"{Value(points.Min(x => x.Lower))}–{Value(points.Max(x => x.Upper))}";
        string name = p.Name(f.Series);
        string extremes = Extremes(p, peak, trough, Value);
        return p.Korean
            ? $"{p.Period} {AnswerPhrases.Topic(name)} 평균 {AnswerPhrases.Toward(Value(mean))} 예상되며 예측 구간은 {range}입니다.{extremes}"
            : $"{AnswerPhrases.Capital(name)} is expected to average {Value(mean)} {p.Period} (prediction interval {range}).{extremes}";
    }

    private static string Extremes(AnswerPhrases p, ForecastPoint peak, ForecastPoint trough, Func<double, string> value)
    {
        if (peak.Expected == trough.Expected)
        {
            return "";
        }

        return p.Korean
            ? $" 가장 높을 때는 {value(peak.Expected)}({p.Time(peak.TimestampMs)}), 가장 낮을 때는 {value(trough.Expected)}({p.Time(trough.TimestampMs)})입니다."
            : $" Highest {value(peak.Expected)} at {p.Time(peak.TimestampMs)}, lowest {value(trough.Expected)} at {p.Time(trough.TimestampMs)}.";
    }
}
