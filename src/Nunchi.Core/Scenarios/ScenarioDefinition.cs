using Nunchi.Core.Numerics;
using Nunchi.Core.Series;

namespace Nunchi.Core.Scenarios;

/// <summary>What a scenario is: its series, vocabulary and bounds, how it plans its events and how its process behaves.</summary>
/// <remarks>Immutable and shared by every <see cref="Scenario"/> created from it.</remarks>
internal abstract class ScenarioDefinition
{
    protected ScenarioDefinition(
        string name,
        long defaultStepMs,
        string measurement,
        string groupTag,
        IReadOnlyList<GroupSpec> groups,
        IReadOnlyList<FieldSpec> fields,
        IReadOnlyList<TagValueInfo> tagValues)
    {
        Name = name;
        DefaultStepMs = defaultStepMs;
        Measurement = measurement;
        GroupTag = groupTag;
        var fieldInfos = new FieldInfo[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            fieldInfos[i] = fields[i].Info;
        }

        Catalog = new ScenarioCatalog(tagValues, fieldInfos);

        var built = new List<SeriesGroup>(groups.Count);
        var series = new List<SeriesInfo>();
        var minimum = new List<double>();
        var maximum = new List<double>();
        var scale = new List<double>();
        foreach (var group in groups)
        {
            var groupNames = Catalog.FindTagValue(groupTag, group.Name)?.Names;
            var members = new SeriesInfo[group.Fields.Count];
            for (var f = 0; f < group.Fields.Count; f++)
            {
                var spec = FindField(fields, group.Fields[f]);
                var info = spec.Info;
                var label = new SeriesLabel(
                    $"{group.Name} {info.Field}",
                    groupNames is null ? null : $"{groupNames.Korean} {info.Names.Korean}",
                    info.Unit);
                members[f] = new SeriesInfo(series.Count, new SeriesKey(measurement, group.Tags, info.Field), group.Name, info, label);
                series.Add(members[f]);
                minimum.Add(spec.Minimum);
                maximum.Add(spec.Maximum);
                scale.Add(DeterministicMath.Pow(10, info.Decimals));
            }

            built.Add(new SeriesGroup(built.Count, group.Name, members[0].Key.Tags, members));
        }

        Groups = built;
        Series = series;
        Minimum = [.. minimum];
        Maximum = [.. maximum];
        Scale = [.. scale];
    }

    public string Name { get; }

    public long DefaultStepMs { get; }

    public string Measurement { get; }

    public string GroupTag { get; }

    public IReadOnlyList<SeriesGroup> Groups { get; }

    public IReadOnlyList<SeriesInfo> Series { get; }

    public ScenarioCatalog Catalog { get; }

    /// <summary>Per series: the lowest reading.</summary>
    public double[] Minimum { get; }

    /// <summary>Per series: the highest reading.</summary>
    public double[] Maximum { get; }

    /// <summary>Per series: 10^decimals, the rounding scale.</summary>
    public double[] Scale { get; }

    /// <summary>Plans the labelled events for a range; none when the range ends within the learning period.</summary>
    public abstract IReadOnlyList<ScenarioEvent> PlanEvents(ScenarioOptions options, long stepMs);

    /// <summary>A fresh process model positioned before <see cref="ScenarioOptions.FromMs"/>.</summary>
    public abstract ScenarioModel CreateModel(ScenarioOptions options, long stepMs, IReadOnlyList<ScenarioEvent> events);

    /// <summary>The index of a group by name.</summary>
    public int GroupIndex(string name)
    {
        foreach (var group in Groups)
        {
            if (string.Equals(group.Name, name, StringComparison.Ordinal))
            {
                return group.Index;
            }
        }

        throw new ArgumentException($"no group '{name}' in scenario {Name}", nameof(name));
    }

    private static FieldSpec FindField(IReadOnlyList<FieldSpec> fields, string field)
    {
        foreach (var spec in fields)
        {
            if (string.Equals(spec.Info.Field, field, StringComparison.Ordinal))
            {
                return spec;
            }
        }

        throw new ArgumentException($"field '{field}' is not defined", nameof(field));
    }
}
