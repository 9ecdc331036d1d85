using System.Text;

namespace Nunchi.Core.Series;

/// <summary>How a series is named to people: its first Latin alias or its tag values and field, and its first Korean alias.</summary>
/// <remarks>
/// The API, the narratives and the answers to questions all name series this way, so a series is called the same
/// everywhere. Thread-safe.
/// </remarks>
public static class SeriesNaming
{
    /// <summary>
    /// A readable name: the first alias without Hangul when there is one, otherwise the tag values and the field
    /// (<c>press-3 vibration</c>), or the measurement and the field when there are no tags.
    /// </summary>
    public static string Display(SeriesKey key, IReadOnlyList<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (string alias in aliases)
        {
            if (!HasHangul(alias))
            {
                return alias;
            }
        }

        var text = new StringBuilder();
        foreach (var tag in key.Tags)
        {
            text.Append(tag.Value).Append(' ');
        }

        if (text.Length == 0)
        {
            text.Append(key.Measurement).Append(' ');
        }

        return text.Append(key.Field).ToString();
    }

    /// <summary>The first alias written in Hangul, or null.</summary>
    public static string? Korean(IReadOnlyList<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (string alias in aliases)
        {
            if (HasHangul(alias))
            {
                return alias;
            }
        }

        return null;
    }

    /// <summary>The label narratives use: display name, Korean name and unit.</summary>
    public static SeriesLabel Label(SeriesKey key, IReadOnlyList<string> aliases, string? unit) =>
        new(Display(key, aliases), Korean(aliases), unit);

    /// <summary>True when <paramref name="text"/> holds a precomposed Hangul syllable.</summary>
    public static bool HasHangul(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (char c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                return true;
            }
        }

        return false;
    }
}
