using Nunchi.Core.Questions;
using Nunchi.Storage;

namespace Nunchi.Engine.Questions;

/// <content>The catalog's vocabulary, built once per catalog state.</content>
public sealed partial class QuestionAnswerer
{
    private readonly Lock _gate = new();
    private IReadOnlyList<SeriesEntry> _entries = [];
    private QuestionCatalog _catalog = QuestionCatalog.Build([]);

    /// <summary>
    /// The vocabulary of the catalog as it is now. Catalog entries are immutable and replaced whole when a series gains
    /// a unit or an alias, so comparing them by reference finds any change in O(series) without reading names.
    /// </summary>
    public QuestionCatalog Catalog()
    {
        var entries = engine.Catalog.All();
        lock (_gate)
        {
            if (!Same(entries, _entries))
            {
                _catalog = QuestionCatalog.Build([.. entries.Select(e => new CatalogSeries(e.Id, e.Key, e.Unit, e.Aliases))]);
                _entries = entries;
            }

            return _catalog;
        }
    }

    private static bool Same(IReadOnlyList<SeriesEntry> a, IReadOnlyList<SeriesEntry> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
