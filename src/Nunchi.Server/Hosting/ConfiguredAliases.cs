using Nunchi.Core.Questions;
using Nunchi.Engine.Questions;
using Nunchi.Storage;

namespace Nunchi.Server.Hosting;

/// <summary>
/// The aliases file named in configuration (<c>Nunchi:AliasesFile</c>), read and checked before the server starts,
/// applied to the catalog at start and to series created since whenever a question is asked.
/// </summary>
internal sealed class ConfiguredAliases
{
    private readonly AliasBook? _book;
    private readonly Lock _gate = new();
    private int _appliedUpTo;

    private ConfiguredAliases(AliasBook? book) => _book = book;

    /// <summary>Reads the file <paramref name="path"/> (none when null or empty).</summary>
    /// <exception cref="InvalidOperationException">The file cannot be read or is not an aliases file (the message is one line).</exception>
    public static ConfiguredAliases Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new ConfiguredAliases(null);
        }

        if (!CatalogAliases.TryRead(path, out var book, out string? error))
        {
            throw new InvalidOperationException($"Nunchi:AliasesFile: {error}");
        }

        return new ConfiguredAliases(book);
    }

    /// <summary>Gives the series created since the last call the aliases the file has for them.</summary>
    public void ApplyToNewSeries(ISeriesCatalog catalog)
    {
        if (_book is null || catalog.Count <= Volatile.Read(ref _appliedUpTo))
        {
            return;
        }

        lock (_gate)
        {
            int count = catalog.Count;
            CatalogAliases.Apply(catalog, _book, _appliedUpTo + 1);
            _appliedUpTo = count;
        }
    }
}
