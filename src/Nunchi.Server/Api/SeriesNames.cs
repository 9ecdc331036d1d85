using Nunchi.Core.Series;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>How a series is named to people (<see cref="SeriesNaming"/>), for a catalog entry.</summary>
internal static class SeriesNames
{
    /// <summary>A readable name: the first alias without Hangul, else the tag values and the field.</summary>
    public static string Display(SeriesEntry series) => SeriesNaming.Display(series.Key, series.Aliases);

    /// <summary>The first alias written in Hangul, or null.</summary>
    public static string? Korean(SeriesEntry series) => SeriesNaming.Korean(series.Aliases);

    /// <summary>The label the narratives use.</summary>
    public static SeriesLabel Label(SeriesEntry series) => SeriesNaming.Label(series.Key, series.Aliases, series.Unit);
}
