namespace Nunchi.Core.Scenarios;

/// <summary>
/// Places a scenario's labelled events after the learning period: spread over the remaining days, aligned to the
/// sample grid, inside the range, and never overlapping another event on the same series.
/// </summary>
/// <remarks>
/// Each template's events are spread by splitting the time after the learning period into as many equal segments as
/// there are events and placing one in each. Every series keeps a list of reserved spans (the event plus a margin),
/// and a candidate that touches one is drawn again. All choices come from one seeded stream, in a fixed order.
/// </remarks>
internal sealed class EventPlanner
{
    // Counts in the templates are for 21 days after the learning period, i.e. the default 35-day range.
    private const double CountBasisDays = 21;
    private const int AttemptsPerEvent = 200;

    private readonly ScenarioDefinition _definition;
    private readonly ScenarioOptions _options;
    private readonly long _stepMs;
    private readonly PlacementCalendar _calendar;
    private readonly List<(long Start, long End)>[] _reserved;
    private readonly List<ScenarioEvent> _events = [];

    public EventPlanner(ScenarioDefinition definition, ScenarioOptions options, long stepMs, PlacementCalendar calendar)
    {
        _definition = definition;
        _options = options;
        _stepMs = stepMs;
        _calendar = calendar;
        _reserved = new List<(long, long)>[definition.Series.Count];
        for (var i = 0; i < _reserved.Length; i++)
        {
            _reserved[i] = [];
        }

        LearningEndMs = options.FromMs + ScenarioOptions.LearningPeriodMs;
        MarginMs = Math.Max(LocalClock.HourMs, 2 * stepMs);
    }

    /// <summary>No event starts before this instant.</summary>
    public long LearningEndMs { get; }

    /// <summary>Quiet time kept between two events on the same series, so each can be told apart.</summary>
    public long MarginMs { get; }

    /// <summary>True when the range extends past the learning period.</summary>
    public bool HasRoom => LearningEndMs < _options.ToMs;

    /// <summary>The placed events sorted by start time (then group and series, so the order is total).</summary>
    public IReadOnlyList<ScenarioEvent> Events
    {
        get
        {
            var sorted = _events.ToArray();
            Array.Sort(sorted, static (a, b) =>
            {
                var byStart = a.Label.StartMs.CompareTo(b.Label.StartMs);
                if (byStart != 0)
                {
                    return byStart;
                }

                var byGroup = a.Group.CompareTo(b.Group);
                return byGroup != 0 ? byGroup : a.FirstSeries.CompareTo(b.FirstSeries);
            });
            return sorted;
        }
    }

    /// <summary>How many events of a template fit <paramref name="days"/> after the learning period.</summary>
    public static int Count(int countPer21Days, double days)
    {
        var count = (int)Math.Round(countPer21Days * days / CountBasisDays, MidpointRounding.AwayFromZero);
        return count == 0 && days >= 2 && countPer21Days > 0 ? 1 : count;
    }

    /// <summary>Places the template's events; an event that finds no free place after many draws is left out.</summary>
    public void Place(EventTemplate template, ScenarioRandom random)
    {
        if (!HasRoom)
        {
            return;
        }

        var span = _options.ToMs - LearningEndMs;
        var count = Count(template.CountPer21Days, span / (double)LocalClock.DayMs);
        for (var i = 0; i < count; i++)
        {
            var segmentStart = LearningEndMs + (span * i / count);
            var segmentEnd = LearningEndMs + (span * (i + 1) / count);
            for (var attempt = 0; attempt < AttemptsPerEvent; attempt++)
            {
                var target = i == 0 && template.LeadWithFirstTarget
                    ? template.Targets[0]
                    : template.Targets[random.NextInt(template.Targets.Count)];
                var durationMs = (long)(random.Uniform(template.MinSeconds, template.MaxSeconds) * 1000);
                var magnitude = random.Uniform(target.MinMagnitude, target.MaxMagnitude);
                if (TryChooseStart(template.Placement, segmentStart, segmentEnd, random, ref durationMs, out var startMs)
                    && TryAdd(template.Kind, target, startMs, durationMs, template.MinSamples, magnitude))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Adds one event covering [<paramref name="startMs"/>, <paramref name="startMs"/> + <paramref name="durationMs"/>)
    /// moved onto the sample grid, unless it leaves the range or touches a reserved span of one of its series.
    /// </summary>
    /// <param name="kind">Label kind.</param>
    /// <param name="target">Series and effect.</param>
    /// <param name="startMs">Wanted start; the event starts at the first sample at or after it.</param>
    /// <param name="durationMs">Wanted duration.</param>
    /// <param name="minSamples">Fewest samples.</param>
    /// <param name="magnitude">Strength of the effect.</param>
    /// <param name="labelSpanMs">When set, the label ends this long after its start instead of at the last sample.</param>
    /// <param name="reserveAfterMs">Extra time after the event kept free of other events on its series.</param>
    public bool TryAdd(
        ScenarioLabelKind kind,
        EventTarget target,
        long startMs,
        long durationMs,
        int minSamples,
        double magnitude,
        long? labelSpanMs = null,
        long reserveAfterMs = 0)
    {
        var startTick = CeilDiv(startMs - _options.FromMs, _stepMs);
        var alignedStart = _options.FromMs + (startTick * _stepMs);
        var samples = Math.Max(Math.Max(minSamples, 1), CeilDiv(startMs + durationMs - alignedStart, _stepMs));
        var endMs = alignedStart + ((samples - 1) * _stepMs);
        var labelEnd = labelSpanMs is { } labelSpan ? alignedStart + labelSpan : endMs;
        if (alignedStart < LearningEndMs || endMs >= _options.ToMs || labelEnd >= _options.ToMs)
        {
            return false;
        }

        var group = _definition.Groups[_definition.GroupIndex(target.Group)];
        var (first, count) = SeriesRange(group, target.Field);
        var reserveStart = alignedStart - MarginMs;
        var reserveEnd = Math.Max(endMs, labelEnd) + reserveAfterMs + MarginMs;
        for (var s = first; s < first + count; s++)
        {
            foreach (var (start, end) in _reserved[s])
            {
                if (start <= reserveEnd && reserveStart <= end)
                {
                    return false;
                }
            }
        }

        for (var s = first; s < first + count; s++)
        {
            _reserved[s].Add((reserveStart, reserveEnd));
        }

        var label = new ScenarioLabel(kind, group.Name, target.Field, alignedStart, labelEnd);
        _events.Add(new ScenarioEvent(label, group.Index, first, count, target.Effect, target.Shape, magnitude));
        return true;
    }

    /// <summary>Picks a start inside a segment that suits the placement; false when this draw does not fit.</summary>
    public bool TryChooseStart(
        EventPlacement placement,
        long segmentStart,
        long segmentEnd,
        ScenarioRandom random,
        ref long durationMs,
        out long startMs)
    {
        var segmentLength = segmentEnd - segmentStart;
        switch (placement)
        {
            case EventPlacement.WorkingHours:
            {
                var day = LocalClock.LocalDay(segmentStart + (long)(random.NextDouble() * segmentLength));
                var windowHours = _calendar.WorkEndHour - _calendar.WorkStartHour;
                var hours = Math.Min(durationMs / (double)LocalClock.HourMs, windowHours);
                durationMs = (long)(hours * LocalClock.HourMs);
                startMs = LocalClock.UtcMs(day, _calendar.WorkStartHour + (random.NextDouble() * (windowHours - hours)));
                return LocalClock.IsIn(_calendar.WorkDays, LocalClock.Weekday(day));
            }

            case EventPlacement.Night:
            {
                var day = LocalClock.LocalDay(segmentStart + (long)(random.NextDouble() * segmentLength));
                startMs = LocalClock.UtcMs(day, _calendar.NightStartHour);
                durationMs = LocalClock.UtcMs(day + 1, _calendar.NightEndHour) - startMs;
                return LocalClock.IsIn(_calendar.NightDays, LocalClock.Weekday(day));
            }

            default:
                startMs = segmentStart + (long)(random.NextDouble() * Math.Max(segmentLength - durationMs, segmentLength / 2));
                return true;
        }
    }

    private static (int First, int Count) SeriesRange(SeriesGroup group, string field)
    {
        if (string.Equals(field, ScenarioLabel.AllFields, StringComparison.Ordinal))
        {
            return (group.FirstSeries, group.Series.Count);
        }

        foreach (var series in group.Series)
        {
            if (string.Equals(series.Field.Field, field, StringComparison.Ordinal))
            {
                return (series.Index, 1);
            }
        }

        throw new ArgumentException($"group {group.Name} has no field '{field}'", nameof(field));
    }

    private static long CeilDiv(long value, long divisor) => -LocalClock.FloorDiv(-value, divisor);
}
