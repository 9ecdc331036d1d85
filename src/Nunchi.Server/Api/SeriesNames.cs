using System.Text;
using Nunchi.Core.Series;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>How a series is named to people: its tag values and field, and its Korean alias when it has one.</summary>
internal static class SeriesNames
{
    /// <summary>
    /// A readable name: the first alias without Hangul when there is one, otherwise the tag values and the field
    /// (<c>press-3 vibration</c>), or the measurement and the field when there are no tags.
    /// </summary>
    public static string Display(SeriesEntry series)
    {
        foreach (string alias in series.Aliases)
        {
            if (!HasHangul(alias))
            {
                return alias;
            }
        }

        var text = new StringBuilder();
        foreach (var tag in series.Key.Tags)
        {
            text.Append(tag.Value).Append(' ');
        }

        if (text.Length == 0)
        {
            text.Append(series.Key.Measurement).Append(' ');
        }

        return text.Append(series.Key.Field).ToString();
    }

    /// <summary>The first alias written in Hangul, or null.</summary>
    public static string? Korean(SeriesEntry series)
    {
        foreach (string alias in series.Aliases)
        {
            if (HasHangul(alias))
            {
                return alias;
            }
        }

        return null;
    }

    /// <summary>The label the narratives use.</summary>
    public static SeriesLabel Label(SeriesEntry series) => new(Display(series), Korean(series), series.Unit);

    private static bool HasHangul(string text)
    {
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
