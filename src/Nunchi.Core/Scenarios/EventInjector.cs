using Nunchi.Core.Numerics;
namespace Nunchi.Core.Scenarios;

/// <summary>
/// The effects of the events active at the current timestamp, as per-series and per-group arrays the model and the
/// reader apply: additive offset, factor, noise scale, stuck flag; missing and forced-on flags per group.
/// </summary>
/// <remarks>Events are few and sorted by start, so each timestamp touches only the active ones: O(active) per step.</remarks>
internal sealed class EventInjector
{
    private const double DecayPerSample = 0.7;

    private readonly IReadOnlyList<ScenarioEvent> _events;
    private readonly long _stepMs;
    private readonly List<ScenarioEvent> _active = [];
    private int _next;

    public EventInjector(IReadOnlyList<ScenarioEvent> events, long stepMs, int seriesCount, int groupCount)
    {
        _events = events;
        _stepMs = stepMs;
        Add = new double[seriesCount];
        Scale = new double[seriesCount];
        NoiseScale = new double[seriesCount];
        Stuck = new bool[seriesCount];
        Missing = new bool[groupCount];
        ForceOn = new bool[groupCount];
        Array.Fill(Scale, 1.0);
        Array.Fill(NoiseScale, 1.0);
    }

    /// <summary>Per series: offset added to the value.</summary>
    public double[] Add { get; }

    /// <summary>Per series: factor applied to the value (before the offset).</summary>
    public double[] Scale { get; }

    /// <summary>Per series: factor on the process noise; the model reads it.</summary>
    public double[] NoiseScale { get; }

    /// <summary>Per series: repeat the last emitted value.</summary>
    public bool[] Stuck { get; }

    /// <summary>Per group: emit no row.</summary>
    public bool[] Missing { get; }

    /// <summary>Per group: run although the schedule says stop; the model reads it.</summary>
    public bool[] ForceOn { get; }

    /// <summary>Moves to <paramref name="timestampMs"/> (called with increasing timestamps).</summary>
    public void Advance(long timestampMs)
    {
        foreach (var active in _active)
        {
            Reset(active);
        }

        for (var i = _active.Count - 1; i >= 0; i--)
        {
            if (_active[i].Label.EndMs < timestampMs)
            {
                _active.RemoveAt(i);
            }
        }

        while (_next < _events.Count && _events[_next].Label.StartMs <= timestampMs)
        {
            var started = _events[_next++];
            if (started.Label.EndMs >= timestampMs && started.Effect != EventEffect.ModelOnly)
            {
                _active.Add(started);
            }
        }

        foreach (var active in _active)
        {
            Apply(active, timestampMs);
        }
    }

    private void Apply(ScenarioEvent e, long timestampMs)
    {
        var elapsed = timestampMs - e.Label.StartMs;
        var strength = e.Shape switch
        {
            EventShape.Decaying => DeterministicMath.Pow(DecayPerSample, elapsed / _stepMs),
            EventShape.Ramp => elapsed / (double)LocalClock.HourMs,
            _ => 1.0,
        };
        switch (e.Effect)
        {
            case EventEffect.Missing:
                Missing[e.Group] = true;
                return;
            case EventEffect.ForceOn:
                ForceOn[e.Group] = true;
                return;
            default:
                break;
        }

        for (var s = e.FirstSeries; s < e.FirstSeries + e.SeriesCount; s++)
        {
            switch (e.Effect)
            {
                case EventEffect.Add:
                    Add[s] += e.Magnitude * strength;
                    break;
                case EventEffect.Multiply:
                    Scale[s] *= 1 + ((e.Magnitude - 1) * strength);
                    break;
                case EventEffect.NoiseScale:
                    NoiseScale[s] *= e.Magnitude;
                    break;
                case EventEffect.Stuck:
                    Stuck[s] = true;
                    break;
                default:
                    break;
            }
        }
    }

    private void Reset(ScenarioEvent e)
    {
        Missing[e.Group] = false;
        ForceOn[e.Group] = false;
        for (var s = e.FirstSeries; s < e.FirstSeries + e.SeriesCount; s++)
        {
            Add[s] = 0;
            Scale[s] = 1;
            NoiseScale[s] = 1;
            Stuck[s] = false;
        }
    }
}
