using Nunchi.Core.Scenarios;
using Nunchi.Core.Series;

namespace Nunchi.Core.Questions;

/// <summary>
/// The words people use for tag values (a machine, a line), fields and whole series, from an aliases file
/// (<c>NAME.aliases.json</c>, as <c>nunchi gen</c> writes it) or straight from a scenario.
/// </summary>
/// <remarks>
/// The catalog keeps aliases per series, so <see cref="For"/> spreads the book over one series: its own names first
/// (the English one, then the Korean one: the first Latin and the first Hangul alias are how a series is displayed),
/// then the names of each of its tag values, then those of its field. An alias carried by several series names all of
/// them together: <c>3호기</c> on every press-3 series is how a question finds the machine. Immutable; thread-safe.
/// </remarks>
public sealed class AliasBook
{
    private readonly Dictionary<(string Tag, string Value), TermNames> _tags;
    private readonly Dictionary<string, TermNames> _fields;
    private readonly Dictionary<string, List<string>> _series;
    private readonly Dictionary<string, string> _units;
    private readonly string? _groupTag;

    internal AliasBook(
        Dictionary<(string Tag, string Value), TermNames> tags,
        Dictionary<string, TermNames> fields,
        Dictionary<string, List<string>> series,
        Dictionary<string, string> units,
        string? groupTag)
    {
        _tags = tags;
        _fields = fields;
        _series = series;
        _units = units;
        _groupTag = groupTag;
    }

    /// <summary>How many tag values, fields and series the book names.</summary>
    public int Count => _tags.Count + _fields.Count + _series.Count;

    /// <summary>The book of a generated scenario: the same words its aliases file holds.</summary>
    public static AliasBook From(IScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var tags = new Dictionary<(string, string), TermNames>();
        foreach (var tag in scenario.Catalog.TagValues)
        {
            tags[(tag.Tag, tag.Value)] = TermNames.Of(tag.Names);
        }

        var fields = new Dictionary<string, TermNames>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in scenario.Catalog.Fields)
        {
            fields[field.Field] = TermNames.Of(field.Names);
            units[FieldUnitKey(field.Field)] = field.Unit;
        }

        var series = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var info in scenario.Series)
        {
            var names = new List<string> { info.Label.Name };
            if (info.Label.KoreanName is { } korean)
            {
                names.Add(korean);
            }

            series[info.Key.ToString()] = names;
        }

        return new AliasBook(tags, fields, series, units, scenario.GroupTag);
    }

    /// <summary>The unit the book gives <paramref name="key"/>: the series' own, else its field's; null when it gives none.</summary>
    public string? UnitFor(SeriesKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _units.GetValueOrDefault(key.ToString()) ?? _units.GetValueOrDefault(FieldUnitKey(key.Field));
    }

    // Units of series are kept by their key, units of fields by the field after a prefix no series key can have.
    internal static string FieldUnitKey(string field) => "\u0000field:" + field;

    /// <summary>Every alias the book gives <paramref name="key"/>, in order and without repeats; empty when it names nothing of it.</summary>
    public IReadOnlyList<string> For(SeriesKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string alias)
        {
            var trimmed = alias.Trim();
            if (trimmed.Length > 0 && seen.Add(trimmed))
            {
                result.Add(trimmed);
            }
        }

        _fields.TryGetValue(key.Field, out var field);
        if (_series.TryGetValue(key.ToString(), out var own))
        {
            own.ForEach(Add);
        }
        else if (_groupTag is not null && key.Tag(_groupTag) is { } group)
        {
            // No name of its own: named like the generator names series, the group and the field.
            _tags.TryGetValue((_groupTag, group), out var groupNames);
            Add(group + " " + key.Field);
            if (groupNames?.Korean is { } groupKorean && field?.Korean is { } fieldKorean)
            {
                Add(groupKorean + " " + fieldKorean);
            }
        }

        foreach (var tag in key.Tags)
        {
            if (_tags.TryGetValue((tag.Key, tag.Value), out var names))
            {
                names.Aliases.ForEach(Add);
            }
        }

        field?.Aliases.ForEach(Add);
        return result;
    }

    /// <summary>The names of one tag value or field: the Korean display name and every alias, English first.</summary>
    internal sealed record TermNames(string? Korean, List<string> Aliases)
    {
        public static TermNames Of(AliasSet names)
        {
            var aliases = new List<string> { names.English };
            aliases.AddRange(names.EnglishAliases);
            aliases.Add(names.Korean);
            aliases.AddRange(names.KoreanAliases);
            return new TermNames(names.Korean, aliases);
        }
    }
}
