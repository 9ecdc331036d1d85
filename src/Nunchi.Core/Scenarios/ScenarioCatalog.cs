namespace Nunchi.Core.Scenarios;

/// <summary>The vocabulary of a scenario: every tag value and field with its English and Korean names and aliases.</summary>
/// <remarks>The language layer resolves words to series with it ("3호기 진동" → machine=press-3, field=vibration).</remarks>
/// <param name="TagValues">Tag values with names (machines, lines, site; hosts, roles; channels).</param>
/// <param name="Fields">Fields with unit, resolution and names.</param>
public sealed record ScenarioCatalog(IReadOnlyList<TagValueInfo> TagValues, IReadOnlyList<FieldInfo> Fields)
{
    /// <summary>The entry for one tag value, or null.</summary>
    public TagValueInfo? FindTagValue(string tag, string value)
    {
        foreach (var entry in TagValues)
        {
            if (string.Equals(entry.Tag, tag, StringComparison.Ordinal) && string.Equals(entry.Value, value, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The entry for one field, or null.</summary>
    public FieldInfo? FindField(string field)
    {
        foreach (var entry in Fields)
        {
            if (string.Equals(entry.Field, field, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
