using Nunchi.Core.Series;

namespace Nunchi.Core.Scenarios;

/// <summary>One generated series: its key, the group it belongs to, its field and how people name it.</summary>
/// <param name="Index">Position in <see cref="IScenario.Series"/> (group order, then field order).</param>
/// <param name="Key">The series identity (measurement, tags, field).</param>
/// <param name="Group">The group (machine, host, channel): the value of the scenario's group tag.</param>
/// <param name="Field">The field, with unit, resolution and aliases.</param>
/// <param name="Label">Display names, e.g. <c>press-3 vibration</c> / <c>프레스 3호기 진동</c>, and the unit.</param>
public sealed record SeriesInfo(int Index, SeriesKey Key, string Group, FieldInfo Field, SeriesLabel Label)
{
    /// <summary>The unit symbol, e.g. <c>bar</c>.</summary>
    public string Unit => Field.Unit;

    /// <summary>The wide CSV column name, <c>group.field</c>, e.g. <c>press-1.temperature</c>.</summary>
    public string Column => Group + "." + Field.Field;
}
