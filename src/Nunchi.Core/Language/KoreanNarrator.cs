using Nunchi.Core.Findings;

namespace Nunchi.Core.Language;

/// <summary>Korean narratives in the polite declarative style: one sentence for what happened, one for context.</summary>
internal static class KoreanNarrator
{
    public static string Render(NarrativeContext c)
    {
        var context = new List<KoreanClause>(4);
        string first = c.Finding.Kind switch
        {
            FindingKind.Spike => Excursion(c, context, "급등"),
            FindingKind.Dip => Excursion(c, context, "급락"),
            FindingKind.LevelShift => LevelShift(c, context),
            FindingKind.VarianceChange => VarianceChange(c),
            FindingKind.TrendChange => TrendChange(c, context),
            FindingKind.SeasonalityBreak => SeasonalityBreak(c, context),
            FindingKind.ShapeAnomaly => ShapeAnomaly(c, context),
            FindingKind.Stuck => Stuck(c, context),
            FindingKind.Missing => Missing(c, context),
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Finding.Kind, "Unknown finding kind."),
        };
        AddFlags(c, context);
        return context.Count == 0 ? first : first + " " + KoreanClause.Join(context);
    }

    private static string Excursion(NarrativeContext c, List<KoreanClause> context, string verb)
    {
        string start = $"{Subject(c.Name)} {c.Time(c.Finding.PeakMs)}에 ";
        string first = !c.HasActual ? $"{start}{verb}했습니다."
            : c.HasDuration ? $"{start}{Toward(c.Values.Value(c.Finding.Actual))} {verb}해 {c.Duration(c.Finding.DurationMs)} 동안 이어졌습니다."
            : $"{start}{Toward(c.Values.Value(c.Finding.Actual))} {verb}했습니다.";

        if (c.HasComparison)
        {
            bool up = c.Deviation >= 0;
            string range = c.HasBand ? $"(범위 {c.Values.Range(c.Finding.Lower, c.Finding.Upper)})" : "";
            string head = $"예상값 {c.Values.Value(c.Finding.Expected)}{range}보다 {c.Values.Amount(c.Deviation)}";
            context.Add(c.SigmaMultiple is string k
                ? new KoreanClause($"{head} {(up ? "높아" : "낮아")} 평소 변동폭의 {k}배이며", $"{head} {(up ? "높아" : "낮아")} 평소 변동폭의 {k}배입니다")
                : new KoreanClause($"{head} {(up ? "높은" : "낮은")} 값이며", $"{head} {(up ? "높은" : "낮은")} 값입니다"));
        }

        return first;
    }

    private static string LevelShift(NarrativeContext c, List<KoreanClause> context)
    {
        double? shift = NarrativeContext.Finite(c.Facts.ShiftSize) ?? (c.HasComparison ? c.Deviation : null);
        bool up = c.IsUp(shift);
        double? newLevel = c.HasExpected && shift is double s ? c.Finding.Expected + s : c.HasActual ? c.Finding.Actual : null;
        string start = $"{Subject(c.Name)} {c.Time(c.Finding.StartMs)}부터 ";
        string verb = up ? "높아졌습니다" : "낮아졌습니다";
        string first = newLevel is not double level ? $"{start}{(up ? "높은" : "낮은")} 수준으로 바뀌었습니다."
            : c.HasExpected ? $"{start}{c.Values.Value(c.Finding.Expected)}에서 {c.Values.Value(level)} 수준으로 {verb}."
            : $"{start}{c.Values.Value(level)} 수준으로 {verb}.";

        if (shift is double size && c.SigmaMultiple is string k)
        {
            string head = $"변화 폭 {Topic(c.Values.Amount(size))} 평소 변동폭의 {k}배";
            context.Add(new KoreanClause(head + "이며", head + "입니다"));
        }

        return first;
    }

    private static string VarianceChange(NarrativeContext c)
    {
        double? ratio = NarrativeContext.Positive(c.Facts.VarianceRatio);
        bool up = ratio is double r ? r > 1 : c.Facts.Direction != Direction.Down;
        string target = ratio is not double x ? "평소보다"
            : Toward(up ? $"평소의 {NumberText.Multiple(x)}배" : $"평소의 {NumberText.Percent(x)} 수준");
        string start = $"{c.Name}의 변동폭이 {c.Time(c.Finding.StartMs)}부터 ";
        string grown = up ? "커져" : "줄어";
        if (!c.HasDuration)
            return $"{start}{target} {(up ? "커졌습니다" : "줄었습니다")}.";
        return c.Finding.IsOpen
            ? $"{start}{c.Duration(c.Finding.DurationMs)}째 {target} {grown} 있습니다."
            : $"{start}{c.Duration(c.Finding.DurationMs)} 동안 {target} {grown} 있었습니다.";
    }

    private static string TrendChange(NarrativeContext c, List<KoreanClause> context)
    {
        double? slope = NarrativeContext.Finite(c.Facts.SlopePerHour);
        bool up = c.IsUp(slope);
        string rate = slope is double s && s != 0 ? $"시간당 {c.Values.Rate(s)}씩 " : "";
        string movement = up ? "상승" : "하락";
        string start = $"{Subject(c.Name)} {c.Time(c.Finding.StartMs)}부터 ";
        string first = c.Finding.IsOpen ? $"{start}{rate}{movement}하고 있습니다."
            : c.HasDuration ? $"{start}{c.Duration(c.Finding.DurationMs)} 동안 {rate}{movement}했습니다."
            : $"{start}{rate}{movement}하기 시작했습니다.";

        if (c.HasComparison)
        {
            string head = $"가장 크게 벗어났을 때는 {Toward(c.Values.Value(c.Finding.Actual))} 예상값 {c.Values.Value(c.Finding.Expected)}보다 {c.Values.Amount(c.Deviation)}";
            bool above = c.Deviation >= 0;
            context.Add(new KoreanClause($"{head} {(above ? "높았으며" : "낮았으며")}", $"{head} {(above ? "높았습니다" : "낮았습니다")}"));
        }

        return first;
    }

    private static string SeasonalityBreak(NarrativeContext c, List<KoreanClause> context)
    {
        string expected = c.Cycle switch
        {
            SeasonalCycle.Daily => "이 시간대 예상값",
            SeasonalCycle.Weekly => "이 요일과 시간대의 예상값",
            _ => "이 시점의 예상값",
        };
        string start = $"{Subject(c.Name)} {c.Time(c.Finding.PeakMs)}에 ";
        string first = c.HasComparison
            ? $"{start}{Toward(c.Values.Value(c.Finding.Actual))} {expected} {c.Values.Value(c.Finding.Expected)}보다 {c.Values.Amount(c.Deviation)} {(c.Deviation >= 0 ? "높았습니다" : "낮았습니다")}."
            : $"{start}평소 이 시간대와 다른 값을 보였습니다.";

        if (c.Facts.NormalAtPhaseMs is not null && c.Cycle != SeasonalCycle.None)
        {
            string when = c.Cycle switch
            {
                SeasonalCycle.Daily => Clock(c.NormalAtLocal()) + " 무렵에",
                SeasonalCycle.Weekly => TimeText.Weekday(c.NormalAtLocal().DayOfWeek, NarrativeLanguage.Korean) + " " + Clock(c.NormalAtLocal()) + " 무렵에",
                _ => $"{c.Duration(c.Facts.SeasonalPeriodMs!.Value)} 주기 중 {c.Duration(c.NormalAtOffsetMs)} 지점에서",
            };
            string head = $"이 값은 평소 {when} 보이는 수준";
            context.Add(new KoreanClause(head + "이며", head + "입니다"));
        }

        return first;
    }

    private static string ShapeAnomaly(NarrativeContext c, List<KoreanClause> context)
    {
        string start = $"{Subject(c.Name)} {c.Time(c.Finding.StartMs)}";
        string first = !c.HasDuration ? $"{start}에 평소에 없던 모양으로 움직였습니다."
            : c.Finding.IsOpen ? $"{start}부터 {c.Duration(c.Finding.DurationMs)}째 평소에 없던 모양으로 움직이고 있습니다."
            : $"{start}부터 {c.Duration(c.Finding.DurationMs)} 동안 평소에 없던 모양으로 움직였습니다.";
        const string Head = "값 하나하나는 그럴듯하지만 이런 패턴은 처음 보는 것";
        context.Add(new KoreanClause(Head + "이며", Head + "입니다"));
        return first;
    }

    private static string Stuck(NarrativeContext c, List<KoreanClause> context)
    {
        double? stuck = NarrativeContext.Finite(c.Facts.StuckValue) ?? (c.HasActual ? c.Finding.Actual : null);
        string value = stuck is double v ? c.Values.Value(v) : "같은 값";
        string start = $"{Subject(c.Name)} {c.Time(c.Finding.StartMs)}부터 ";
        string first = !c.HasDuration ? $"{start}{value}에서 변하지 않았습니다."
            : c.Finding.IsOpen ? $"{start}{c.Duration(c.Finding.DurationMs)}째 {value}에서 변하지 않고 있습니다."
            : $"{start}{c.Duration(c.Finding.DurationMs)} 동안 {value}에서 변하지 않았습니다.";
        const string Head = "센서가 멈췄거나 값이 갱신되지 않는 것일 수 있";
        context.Add(new KoreanClause(Head + "으며", Head + "습니다"));
        return first;
    }

    private static string Missing(NarrativeContext c, List<KoreanClause> context)
    {
        string start = $"{c.Name} 데이터가 {c.Time(c.Finding.StartMs)} 이후 ";
        string first = !c.HasDuration ? $"{start}들어오지 않았습니다."
            : c.Finding.IsOpen ? $"{start}{c.Duration(c.Finding.DurationMs)}째 들어오지 않고 있습니다."
            : $"{start}{c.Duration(c.Finding.DurationMs)} 동안 들어오지 않았습니다.";
        if (c.Facts.CadenceMs is long cadence && cadence > 0)
        {
            string head = $"평소에는 {c.Duration(cadence)}마다 들어";
            context.Add(new KoreanClause(head + "오며", head + "옵니다"));
        }

        if (c.HasActual)
        {
            string head = $"마지막 값은 {c.Values.Value(c.Finding.Actual)}";
            context.Add(new KoreanClause(head + "이며", head + "입니다"));
        }

        return first;
    }

    private static void AddFlags(NarrativeContext c, List<KoreanClause> context)
    {
        if (c.Facts.ReturnedToKnownRegime)
            context.Add(new KoreanClause("이전에 있었던 수준으로 돌아간 것이며", "이전에 있었던 수준으로 돌아간 것입니다"));
        if (c.Facts.BecameNormal)
        {
            string head = c.Finding.Kind == FindingKind.LevelShift ? "이후 새로운 정상 수준으로 학습했" : "이후 새로운 정상 상태로 학습했";
            context.Add(new KoreanClause(head + "으며", head + "습니다"));
        }

        if (c.Facts.DampedByFeedback)
            context.Add(new KoreanClause(
                "비슷한 사례가 '이상 아님'으로 표시되어 심각도를 낮췄으며",
                "비슷한 사례가 '이상 아님'으로 표시되어 심각도를 낮췄습니다"));
    }

    private static string Clock(DateTimeOffset local) => TimeText.Clock(local.Hour, local.Minute, NarrativeLanguage.Korean);

    private static string Subject(string word) => KoreanParticles.With(word, Particle.Subject);

    private static string Topic(string word) => KoreanParticles.With(word, Particle.Topic);

    private static string Toward(string word) => KoreanParticles.With(word, Particle.Direction);
}
