using Nunchi.Core.Series;

namespace Nunchi.Core.Scenarios;

/// <summary>A scenario definition bound to options: the planned events, and reads that replay the same values.</summary>
internal sealed class Scenario : IScenario
{
    public Scenario(ScenarioDefinition definition, ScenarioOptions options)
    {
        Definition = definition;
        StepMs = options.StepMs ?? definition.DefaultStepMs;
        Options = options with { StepMs = StepMs };
        Events = definition.PlanEvents(Options, StepMs);
        var labels = new ScenarioLabel[Events.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = Events[i].Label;
        }

        Labels = labels;
    }

    public ScenarioDefinition Definition { get; }

    /// <summary>The planned events, sorted by start time.</summary>
    public IReadOnlyList<ScenarioEvent> Events { get; }

    public string Name => Definition.Name;

    public ScenarioOptions Options { get; }

    public long StepMs { get; }

    public string Measurement => Definition.Measurement;

    public string GroupTag => Definition.GroupTag;

    public IReadOnlyList<SeriesGroup> Groups => Definition.Groups;

    public IReadOnlyList<SeriesInfo> Series => Definition.Series;

    public ScenarioCatalog Catalog => Definition.Catalog;

    public IReadOnlyList<ScenarioLabel> Labels { get; }

    public ScenarioReader CreateReader() => new(this);

    public void Run(IScenarioSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var reader = CreateReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.RowCount; i++)
            {
                sink.OnRow(reader.GetRow(i));
            }

            sink.OnTimestampEnd(reader.TimestampMs);
        }
    }

    public IEnumerable<DataPoint> Points()
    {
        var reader = CreateReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.RowCount; i++)
            {
                foreach (var series in reader.GroupOfRow(i).Series)
                {
                    yield return new DataPoint(series.Key, reader.TimestampMs, reader.ValueOf(series.Index));
                }
            }
        }
    }
}
