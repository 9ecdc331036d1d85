using Nunchi.Core.Questions;
using Nunchi.Storage;

namespace Nunchi.Engine.Questions;

/// <summary>Puts the names of an aliases file on the catalog's series, where questions find them.</summary>
public static class CatalogAliases
{
    /// <summary>Reads an aliases file (<c>NAME.aliases.json</c>); on failure <paramref name="error"/> is one line naming the file, the place and the reason.</summary>
    public static bool TryRead(string path, out AliasBook? book, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        book = null;
        try
        {
            using var stream = File.OpenRead(path);
            return AliasBookJson.TryRead(stream, path, out book, out error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read the aliases file: {e.Message}";
            return false;
        }
    }

    /// <summary>
    /// Adds to every series from <paramref name="fromId"/> on the aliases <paramref name="book"/> gives it (aliases it
    /// has are kept, new ones appended), and its unit when it has none; returns how many series the book names.
    /// </summary>
    public static int Apply(ISeriesCatalog catalog, AliasBook book, int fromId = 1)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(book);
        int named = 0;
        foreach (var series in catalog.All())
        {
            if (series.Id < fromId)
            {
                continue;
            }

            var aliases = book.For(series.Key);
            if (aliases.Count > 0)
            {
                catalog.AddAliases(series.Id, aliases);
                named++;
            }

            // A unit the data did not carry (line protocol has none) comes from the book; one already set is kept.
            if (series.Unit is null && book.UnitFor(series.Key) is { } unit)
            {
                catalog.SetUnit(series.Id, unit);
            }
        }

        return named;
    }
}
