using Nunchi.Core.Findings;

namespace Nunchi.Core.Language;

/// <summary>English narratives: one sentence for what happened, one for context.</summary>
internal static class EnglishNarrator
{
    public static string Render(NarrativeContext c)
    {
        var context = new List<string>(4);
        string first = c.Finding.Kind switch
        {
            FindingKind.Spike => Excursion(c, context, "spiked", "high"),
            FindingKind.Dip => Excursion(c, context, "dipped", "low"),
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
        return context.Count == 0 ? first : first + " " + Sentence(context);
    }

    private static string Excursion(NarrativeContext c, List<string> context, string verb, string state)
    {
        string at = c.Time(c.Finding.PeakMs);
        string first = c.HasActual ? $"{c.Name} {verb} to {c.Values.Value(c.Finding.Actual)} at {at}" : $"{c.Name} {verb} at {at}";
        if (c.HasComparison)
        {
            string range = c.HasBand ? $" (range {c.Values.Range(c.Finding.Lower, c.Finding.Upper)})" : "";
            first += $", {c.Values.Amount(c.Deviation)} {AboveOrBelow(c.Deviation)} the expected {c.Values.Value(c.Finding.Expected)}{range}";
            if (c.SigmaMultiple is string k)
                first += $", {k} times its usual variation";
        }

        if (c.HasDuration)
            context.Add($"it stayed {state} for {c.Duration(c.Finding.DurationMs)}");
        return first + ".";
    }

    private static string LevelShift(NarrativeContext c, List<string> context)
    {
        double? shift = NarrativeContext.Finite(c.Facts.ShiftSize) ?? (c.HasComparison ? c.Deviation : null);
        string way = c.IsUp(shift) ? "up" : "down";
        double? newLevel = c.HasExpected && shift is double s ? c.Finding.Expected + s : c.HasActual ? c.Finding.Actual : null;
        string at = c.Time(c.Finding.StartMs);
        string first = newLevel is not double level ? $"{c.Name} stepped {way} at {at} and stayed there."
            : c.HasExpected ? $"{c.Name} stepped {way} from {c.Values.Value(c.Finding.Expected)} to {c.Values.Value(level)} at {at} and stayed there."
            : $"{c.Name} stepped {way} to {c.Values.Value(level)} at {at} and stayed there.";
        if (shift is double size && c.SigmaMultiple is string k)
            context.Add($"the change of {c.Values.Amount(size)} is {k} times its usual variation");
        return first;
    }

    private static string VarianceChange(NarrativeContext c)
    {
        double? ratio = NarrativeContext.Positive(c.Facts.VarianceRatio);
        bool up = ratio is double r ? r > 1 : c.Facts.Direction != Direction.Down;
        string how = ratio is not double x ? (up ? "more than usual" : "less than usual")
            : up ? $"{NumberText.Multiple(x)} times as much as usual"
            : $"only {NumberText.Percent(x)} as much as usual";
        string at = c.Time(c.Finding.StartMs);
        if (!c.HasDuration)
            return $"{c.Name} began fluctuating {how} at {at}.";
        string duration = c.Duration(c.Finding.DurationMs);
        return c.Finding.IsOpen
            ? $"{c.Name} has been fluctuating {how} for {duration}, since {at}."
            : $"{c.Name} fluctuated {how} for {duration} from {at}.";
    }

    private static string TrendChange(NarrativeContext c, List<string> context)
    {
        double? slope = NarrativeContext.Finite(c.Facts.SlopePerHour);
        bool up = c.IsUp(slope);
        string rate = slope is double s && s != 0 ? $" {c.Values.Rate(s)} per hour" : "";
        string at = c.Time(c.Finding.StartMs);
        string first = c.Finding.IsOpen ? $"{c.Name} has been {(up ? "rising" : "falling")}{rate} since {at}."
            : c.HasDuration ? $"{c.Name} {(up ? "rose" : "fell")}{rate} for {c.Duration(c.Finding.DurationMs)} from {at}."
            : $"{c.Name} started {(up ? "rising" : "falling")}{rate} at {at}.";
        if (c.HasComparison)
            context.Add($"at its furthest it was {c.Values.Value(c.Finding.Actual)}, {c.Values.Amount(c.Deviation)} {AboveOrBelow(c.Deviation)} the expected {c.Values.Value(c.Finding.Expected)}");
        return first;
    }

    private static string SeasonalityBreak(NarrativeContext c, List<string> context)
    {
        string when = c.Cycle switch
        {
            SeasonalCycle.Daily => "this time of day",
            SeasonalCycle.Weekly => "this time of the week",
            SeasonalCycle.Other => "this point in its cycle",
            _ => "this time",
        };
        string at = c.Time(c.Finding.PeakMs);
        string first = c.HasComparison
            ? $"{c.Name} was {c.Values.Value(c.Finding.Actual)} at {at}, {c.Values.Amount(c.Deviation)} {AboveOrBelow(c.Deviation)} the expected {c.Values.Value(c.Finding.Expected)} for {when}."
            : $"{c.Name} was unusual for {when} at {at}.";

        if (c.Facts.NormalAtPhaseMs is not null && c.Cycle != SeasonalCycle.None)
        {
            context.Add(c.Cycle switch
            {
                SeasonalCycle.Daily => $"that level is usual around {Clock(c.NormalAtLocal())}",
                SeasonalCycle.Weekly => $"that level is usual on {TimeText.Weekday(c.NormalAtLocal().DayOfWeek, NarrativeLanguage.English)}s around {Clock(c.NormalAtLocal())}",
                _ => $"that level is usual about {c.Duration(c.NormalAtOffsetMs)} into its cycle of {c.Duration(c.Facts.SeasonalPeriodMs!.Value)}",
            });
        }

        return first;
    }

    private static string ShapeAnomaly(NarrativeContext c, List<string> context)
    {
        string at = c.Time(c.Finding.StartMs);
        string first = !c.HasDuration ? $"{c.Name} moved in an unusual pattern at {at}."
            : c.Finding.IsOpen ? $"{c.Name} has been moving in an unusual pattern for {c.Duration(c.Finding.DurationMs)}, since {at}."
            : $"{c.Name} moved in an unusual pattern for {c.Duration(c.Finding.DurationMs)} from {at}.";
        context.Add("each value looks plausible, but this shape has not been seen before");
        return first;
    }

    private static string Stuck(NarrativeContext c, List<string> context)
    {
        double? stuck = NarrativeContext.Finite(c.Facts.StuckValue) ?? (c.HasActual ? c.Finding.Actual : null);
        string value = stuck is double v ? c.Values.Value(v) : "one value";
        string at = c.Time(c.Finding.StartMs);
        string first = !c.HasDuration ? $"{c.Name} got stuck at {value} at {at}."
            : c.Finding.IsOpen ? $"{c.Name} has been stuck at {value} for {c.Duration(c.Finding.DurationMs)}, since {at}."
            : $"{c.Name} stayed at {value} for {c.Duration(c.Finding.DurationMs)} from {at}.";
        context.Add("the sensor may be stuck or not updating");
        return first;
    }

    private static string Missing(NarrativeContext c, List<string> context)
    {
        string at = c.Time(c.Finding.StartMs);
        string first = !c.HasDuration ? $"No data arrived from {c.Name} after {at}."
            : c.Finding.IsOpen ? $"No data has arrived from {c.Name} for {c.Duration(c.Finding.DurationMs)}, since {at}."
            : $"No data arrived from {c.Name} for {c.Duration(c.Finding.DurationMs)} after {at}.";
        if (c.Facts.CadenceMs is long cadence && cadence > 0)
            context.Add($"it usually reports every {Every(c, cadence)}");
        if (c.HasActual)
            context.Add($"the last value was {c.Values.Value(c.Finding.Actual)}");
        return first;
    }

    private static void AddFlags(NarrativeContext c, List<string> context)
    {
        if (c.Facts.ReturnedToKnownRegime)
            context.Add("it returned to a level seen before");
        if (c.Facts.BecameNormal)
            context.Add("it has since been adopted as the new normal");
        if (c.Facts.DampedByFeedback)
            context.Add("its severity was lowered because a similar finding was marked as not an anomaly");
    }

    // "every second", "every minute", but "every 10 seconds".
    private static string Every(NarrativeContext c, long cadenceMs)
    {
        string duration = c.Duration(cadenceMs);
        return duration.StartsWith("1 ", StringComparison.Ordinal) && duration.IndexOf(' ', 2) < 0 ? duration[2..] : duration;
    }

    private static string AboveOrBelow(double deviation) => deviation >= 0 ? "above" : "below";

    private static string Clock(DateTimeOffset local) => TimeText.Clock(local.Hour, local.Minute, NarrativeLanguage.English);

    // Clauses joined as one sentence: "A, and B." or "A, B, and C.", starting with a capital.
    private static string Sentence(List<string> clauses)
    {
        string text = clauses.Count switch
        {
            1 => clauses[0],
            2 => clauses[0] + ", and " + clauses[1],
            _ => string.Join(", ", clauses.GetRange(0, clauses.Count - 1)) + ", and " + clauses[^1],
        };
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
