namespace Nunchi.Core.Scenarios;

/// <summary>Pull-based access to a scenario's rows, one timestamp at a time.</summary>
/// <remarks>
/// Each <see cref="Read"/> computes the next timestamp for every group: the process model, then the injected
/// events, then clamping and rounding to each field's resolution. No allocations per timestamp. Not thread-safe.
/// </remarks>
public sealed class ScenarioReader
{
    private readonly Scenario _scenario;
    private readonly ScenarioModel _model;
    private readonly EventInjector _effects;
    private readonly double[] _raw;
    private readonly double[] _values;
    private readonly double[] _previous;
    private readonly int[] _rowGroups;
    private long _next;

    internal ScenarioReader(Scenario scenario)
    {
        _scenario = scenario;
        _model = scenario.Definition.CreateModel(scenario.Options, scenario.StepMs, scenario.Events);
        _effects = new EventInjector(scenario.Events, scenario.StepMs, scenario.Series.Count, scenario.Groups.Count);
        _raw = new double[scenario.Series.Count];
        _values = new double[scenario.Series.Count];
        _previous = new double[scenario.Series.Count];
        _rowGroups = new int[scenario.Groups.Count];
        _next = scenario.Options.FromMs;
        TimestampMs = long.MinValue;
    }

    /// <summary>The current timestamp, Unix milliseconds UTC (valid after <see cref="Read"/> returned true).</summary>
    public long TimestampMs { get; private set; }

    /// <summary>Rows at the current timestamp: one per group, fewer while a gap hides a group.</summary>
    public int RowCount { get; private set; }

    /// <summary>Moves to the next timestamp; false at the end of the range.</summary>
    public bool Read()
    {
        if (_next >= _scenario.Options.ToMs)
        {
            return false;
        }

        var timestampMs = _next;
        _next += _scenario.StepMs;
        TimestampMs = timestampMs;

        // 1. Activate and expire events, 2. run the process model with their noise and schedule effects,
        // 3. apply output effects, clamp, round, hold stuck sensors, 4. list the groups that report.
        _effects.Advance(timestampMs);
        _model.Advance(timestampMs, _effects, _raw);
        var definition = _scenario.Definition;
        for (var s = 0; s < _raw.Length; s++)
        {
            double value;
            if (_effects.Stuck[s])
            {
                // A stuck sensor repeats its previous reading (stuck and gap events never share a series).
                value = _previous[s];
            }
            else
            {
                value = (_raw[s] * _effects.Scale[s]) + _effects.Add[s];
                value = Math.Clamp(value, definition.Minimum[s], definition.Maximum[s]);
                value = Math.Round(value * definition.Scale[s], MidpointRounding.AwayFromZero) / definition.Scale[s];
            }

            _values[s] = value;
            _previous[s] = value;
        }

        var rows = 0;
        for (var g = 0; g < _rowGroups.Length; g++)
        {
            if (!_effects.Missing[g])
            {
                _rowGroups[rows++] = g;
            }
        }

        RowCount = rows;
        return true;
    }

    /// <summary>The <paramref name="index"/>-th row at the current timestamp.</summary>
    public ScenarioRow GetRow(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RowCount);
        var group = _scenario.Groups[_rowGroups[index]];
        return new ScenarioRow(TimestampMs, group, _values.AsSpan(group.FirstSeries, group.Series.Count));
    }

    /// <summary>The group of the <paramref name="index"/>-th row (for callers that cannot hold a <see cref="ScenarioRow"/>).</summary>
    internal SeriesGroup GroupOfRow(int index) => _scenario.Groups[_rowGroups[index]];

    /// <summary>The current value of series <paramref name="seriesIndex"/>.</summary>
    internal double ValueOf(int seriesIndex) => _values[seriesIndex];
}
