namespace Nunchi.Core.Scenarios;

/// <summary>One group's values at one timestamp: one measurement and tag set with one value per field.</summary>
/// <remarks>A view into the generator's buffer: valid until the generator moves to the next timestamp.</remarks>
public readonly ref struct ScenarioRow
{
    internal ScenarioRow(long timestampMs, SeriesGroup group, ReadOnlySpan<double> values)
    {
        TimestampMs = timestampMs;
        Group = group;
        Values = values;
    }

    /// <summary>Unix milliseconds UTC.</summary>
    public long TimestampMs { get; }

    /// <summary>The group the values belong to.</summary>
    public SeriesGroup Group { get; }

    /// <summary>One value per field, in <see cref="SeriesGroup.Series"/> order, already rounded to each field's resolution.</summary>
    public ReadOnlySpan<double> Values { get; }
}
