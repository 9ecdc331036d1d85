using System.Text;

namespace Nunchi.Core.Series;

/// <summary>
/// Identity of one series: a measurement, its tags and one field, as in InfluxDB's data model
/// (a line with four fields carries four series).
/// </summary>
/// <remarks>
/// Tags are kept sorted by key so that the canonical text (<see cref="ToString"/>) is the same whatever order
/// the tags arrived in. The canonical text is line-protocol-like: <c>machine,line=1,machine=press-1 temperature</c>.
/// Immutable and safe to share between threads.
/// </remarks>
public sealed class SeriesKey : IEquatable<SeriesKey>, IComparable<SeriesKey>
{
    private readonly KeyValuePair<string, string>[] _tags;
    private readonly string _canonical;

    /// <summary>Creates a key; <paramref name="tags"/> may come in any order.</summary>
    public SeriesKey(string measurement, IEnumerable<KeyValuePair<string, string>> tags, string field)
    {
        ArgumentException.ThrowIfNullOrEmpty(measurement);
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(tags);
        Measurement = measurement;
        Field = field;
        _tags = [.. tags];
        Array.Sort(_tags, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        _canonical = BuildCanonical(measurement, _tags, field);
    }

    /// <summary>Creates a key without tags, e.g. for one column of a CSV file.</summary>
    public SeriesKey(string measurement, string field) : this(measurement, [], field)
    {
    }

    /// <summary>The measurement (a CSV file's name, or the line protocol measurement).</summary>
    public string Measurement { get; }

    /// <summary>The field (a CSV column, or a line protocol field key).</summary>
    public string Field { get; }

    /// <summary>Tags sorted by key.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags => _tags;

    /// <summary>The value of a tag, or null when the series does not carry it.</summary>
    public string? Tag(string key)
    {
        foreach (var tag in _tags)
        {
            if (string.Equals(tag.Key, key, StringComparison.Ordinal))
            {
                return tag.Value;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(SeriesKey? other) => other is not null && string.Equals(_canonical, other._canonical, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SeriesKey);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_canonical);

    /// <inheritdoc/>
    public int CompareTo(SeriesKey? other) => other is null ? 1 : string.CompareOrdinal(_canonical, other._canonical);

    public static bool operator ==(SeriesKey? left, SeriesKey? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SeriesKey? left, SeriesKey? right) => !(left == right);

    public static bool operator <(SeriesKey? left, SeriesKey? right) => Compare(left, right) < 0;

    public static bool operator <=(SeriesKey? left, SeriesKey? right) => Compare(left, right) <= 0;

    public static bool operator >(SeriesKey? left, SeriesKey? right) => Compare(left, right) > 0;

    public static bool operator >=(SeriesKey? left, SeriesKey? right) => Compare(left, right) >= 0;

    /// <summary>The canonical text, <c>measurement,tag=value,... field</c>.</summary>
    public override string ToString() => _canonical;

    private static int Compare(SeriesKey? left, SeriesKey? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static string BuildCanonical(string measurement, KeyValuePair<string, string>[] tags, string field)
    {
        var text = new StringBuilder(measurement);
        foreach (var tag in tags)
        {
            text.Append(',').Append(tag.Key).Append('=').Append(tag.Value);
        }

        return text.Append(' ').Append(field).ToString();
    }
}
