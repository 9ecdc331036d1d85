namespace Nunchi.Core.Questions;

/// <summary>What a known word of a question does; <see cref="Word.Value"/> carries its detail.</summary>
internal enum WordClass
{
    /// <summary>Particles, articles, auxiliaries: known, and meaningless on their own.</summary>
    Stop,

    /// <summary>A day relative to today (Value: offset in days): 오늘, yesterday.</summary>
    Day,

    /// <summary>A part of a day (Value: <see cref="PartOfDay"/>): 오후, morning.</summary>
    DayPart,

    /// <summary>A night from 18:00 to 06:00 (Value: offset of its evening's day): 어젯밤, tonight.</summary>
    Night,

    /// <summary>A calendar week, month or year (Value: <see cref="CalendarPeriod"/>).</summary>
    Period,

    /// <summary>Back from now: 지난, 최근, last, past.</summary>
    Past,

    /// <summary>Ahead from now: 앞으로, 향후, next.</summary>
    Future,

    /// <summary>A duration before now marks a moment: 전, ago.</summary>
    Ago,

    /// <summary>A duration after now marks a moment: 후, later.</summary>
    Later,

    /// <summary>The start of a range: 부터, from, since, between.</summary>
    From,

    /// <summary>The end of a range: 까지, until, ~.</summary>
    Until,

    /// <summary>A month by name (Value: 1–12).</summary>
    Month,

    /// <summary>A weekday (Value: <see cref="DayOfWeek"/>).</summary>
    Weekday,

    /// <summary>A time of day by name (Value: minutes after midnight): noon, 자정.</summary>
    Clock,

    /// <summary>"at", before a clock time.</summary>
    At,

    /// <summary>쯤, around, about: the same hour.</summary>
    Approximately,

    /// <summary>A duration by name (Value: <see cref="Word.Span"/>): 하루, 일주일, fortnight, hour.</summary>
    Duration,

    /// <summary>동안, 간: what comes before is a duration, not a date (<c>3일 동안</c>, not the 3rd).</summary>
    During,

    /// <summary>An English number word (Value: the number).</summary>
    Number,

    /// <summary>Anomalies: 이상, unusual, problem.</summary>
    Anomaly,

    /// <summary>Asking why: 왜, what happened.</summary>
    Explain,

    /// <summary>Asking ahead: 예측, forecast.</summary>
    Forecast,

    /// <summary>Side by side: 비교, compare, vs.</summary>
    Compare,

    /// <summary>Showing values: 보여줘, show, plot.</summary>
    Show,

    /// <summary>Data itself: 데이터, readings, values.</summary>
    Data,

    /// <summary>Machines as such (Value 1 when plural): 기계, machines.</summary>
    Machine,

    /// <summary>Asking which one: 어느, which.</summary>
    Which,

    /// <summary>A superlative (Value +1 highest/most, −1 lowest/least, 0 either, 2 worst: most anomalies): 가장, highest.</summary>
    Rank,

    /// <summary>A ranking: 상위, top, 순위.</summary>
    Top,

    /// <summary>An aggregate (Value: <see cref="QuestionAggregation"/>): 평균, max.</summary>
    Aggregate,

    /// <summary>Asking how many: 몇 번, how many.</summary>
    Count,

    /// <summary>A movement (Value +1 up, −1 down): 튀었어, dropping.</summary>
    Movement,

    /// <summary>Everything: 전체, all.</summary>
    All,

    /// <summary>A production line as such: line, 라인.</summary>
    Line,

    /// <summary>Hot or cold, meaning temperature (Value ±1 hot/cold, ±2 hottest/coldest).</summary>
    Heat,

    /// <summary>A possessive or locative particle (의, 에서) that marks the word before it as a place or owner.</summary>
    Owner,
}
