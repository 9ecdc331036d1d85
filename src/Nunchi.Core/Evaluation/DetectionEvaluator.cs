using Nunchi.Core.Findings;

namespace Nunchi.Core.Evaluation;

/// <summary>Scores findings against labelled windows; see <see cref="QualityReport"/> for the rules.</summary>
public static class DetectionEvaluator
{
    /// <summary>The label kinds in report order.</summary>
    public static IReadOnlyList<string> KindOrder { get; } =
        ["spike", "dip", "level_shift", "variance", "stuck", "gap", "seasonality_break", "drift", "product_change", "shape"];

    /// <summary>Evaluates the outcomes; findings starting before each outcome's <see cref="SeriesOutcome.ScoreFromMs"/> are not scored.</summary>
    public static QualityReport Evaluate(IReadOnlyList<SeriesOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var eventKinds = new Dictionary<int, string>();
        var eventFirst = new Dictionary<int, (string Series, EvaluationWindow Window)>();
        var found = new HashSet<int>();
        var plannedHits = new Dictionary<int, int>();
        var truePositives = new Dictionary<string, int>(StringComparer.Ordinal);
        var falsePositives = new Dictionary<string, int>(StringComparer.Ordinal);
        var falseAlarms = new List<FalseAlarm>();
        var learning = 0;
        long normalPoints = 0;
        var truePositiveTotal = 0;

        foreach (var outcome in outcomes)
        {
            normalPoints += outcome.NormalPoints;
            foreach (var window in outcome.Windows)
            {
                eventKinds[window.EventId] = window.Kind;
                eventFirst.TryAdd(window.EventId, (outcome.Name, window));
                if (window.ExpectOneFinding)
                {
                    plannedHits.TryAdd(window.EventId, 0);
                }
            }

            foreach (var finding in outcome.Findings)
            {
                if (finding.StartMs < outcome.ScoreFromMs)
                {
                    learning++;
                    continue;
                }

                var matched = Match(outcome, finding, found, plannedHits, truePositives);
                if (matched)
                {
                    truePositiveTotal++;
                }
                else
                {
                    falseAlarms.Add(new FalseAlarm(outcome.Name, finding));
                    Increment(falsePositives, LabelKindOf(finding.Kind));
                }
            }
        }

        var kinds = new List<KindScore>();
        var order = new List<string>(KindOrder);
        var others = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kind in eventKinds.Values)
        {
            others.Add(kind);
        }

        foreach (var kind in falsePositives.Keys)
        {
            others.Add(kind);
        }

        others.ExceptWith(KindOrder);
        order.AddRange(others);
        foreach (var kind in order)
        {
            var events = 0;
            var hits = 0;
            foreach (var (id, eventKind) in eventKinds)
            {
                if (eventKind != kind)
                {
                    continue;
                }

                events++;
                if (plannedHits.TryGetValue(id, out var count) ? count == 1 : found.Contains(id))
                {
                    hits++;
                }
            }

            if (events > 0 || falsePositives.ContainsKey(kind))
            {
                kinds.Add(new KindScore(kind, events, hits, truePositives.GetValueOrDefault(kind), falsePositives.GetValueOrDefault(kind)));
            }
        }

        var anomalyEvents = 0;
        var anomaliesFound = 0;
        foreach (var (id, _) in eventKinds)
        {
            if (plannedHits.ContainsKey(id))
            {
                continue;
            }

            anomalyEvents++;
            if (found.Contains(id))
            {
                anomaliesFound++;
            }
        }

        var once = 0;
        foreach (var (_, count) in plannedHits)
        {
            if (count == 1)
            {
                once++;
            }
        }

        var missed = new List<MissedEvent>();
        foreach (var (id, first) in eventFirst)
        {
            var ok = plannedHits.TryGetValue(id, out var count) ? count == 1 : found.Contains(id);
            if (!ok)
            {
                missed.Add(new MissedEvent(first.Series, first.Window, plannedHits.ContainsKey(id) ? count : 0));
            }
        }

        missed.Sort((a, b) => a.Window.StartMs.CompareTo(b.Window.StartMs));

        return new QualityReport
        {
            Kinds = kinds,
            Events = anomalyEvents,
            Found = anomaliesFound,
            TruePositives = truePositiveTotal,
            FalseAlarms = falseAlarms,
            Missed = missed,
            PlannedChangesOnce = once,
            PlannedChanges = plannedHits.Count,
            NormalPoints = normalPoints,
            LearningFindings = learning,
        };
    }

    private static bool Match(
        SeriesOutcome outcome,
        Finding finding,
        HashSet<int> found,
        Dictionary<int, int> plannedHits,
        Dictionary<string, int> truePositives)
    {
        // Anomaly windows first: a finding that overlaps one is a true positive however many windows it touches.
        var matched = false;
        foreach (var window in outcome.Windows)
        {
            if (!window.ExpectOneFinding && window.Overlaps(finding.StartMs, finding.EndMs))
            {
                found.Add(window.EventId);
                if (!matched)
                {
                    Increment(truePositives, window.Kind);
                }

                matched = true;
            }
        }

        if (matched)
        {
            return true;
        }

        // A planned change allows exactly one finding; the second and later are false alarms.
        foreach (var window in outcome.Windows)
        {
            if (window.ExpectOneFinding && window.Overlaps(finding.StartMs, finding.EndMs))
            {
                var hits = ++plannedHits[window.EventId];
                if (hits == 1)
                {
                    Increment(truePositives, window.Kind);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The labels-file kind a finding of <paramref name="kind"/> corresponds to.</summary>
    public static string LabelKindOf(FindingKind kind) => kind switch
    {
        FindingKind.Spike => "spike",
        FindingKind.Dip => "dip",
        FindingKind.LevelShift => "level_shift",
        FindingKind.VarianceChange => "variance",
        FindingKind.Stuck => "stuck",
        FindingKind.Missing => "gap",
        FindingKind.SeasonalityBreak => "seasonality_break",
        FindingKind.TrendChange => "drift",
        _ => "shape",
    };

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
