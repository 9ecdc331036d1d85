namespace Nunchi.Core.Questions;

/// <summary>
/// What questions can name: every series with its aliases, and the names that select series — aliases (carried by
/// one series or shared by several, as <c>3호기</c> is by every press-3 series), tag values (<c>press-3</c>,
/// <c>line 2</c>), fields and their Korean and English words (<c>온도</c>, <c>power</c>), and classes of machines
/// read off numbered names (<c>프레스</c>, <c>presses</c>).
/// </summary>
/// <remarks>
/// Built once per catalog state (<see cref="Build"/> is O(total aliases)); immutable and thread-safe afterwards.
/// </remarks>
public sealed partial class QuestionCatalog
{
    private QuestionCatalog(
        IReadOnlyList<CatalogSeries> series,
        Lexicon<int> names,
        List<NameEntry> entries,
        List<CatalogEntity> entities,
        int[] entityOf,
        List<string> spellings)
    {
        Series = series;
        Names = names;
        Entries = entries;
        Entities = entities;
        EntityOf = entityOf;
        Spellings = spellings;
    }

    /// <summary>Every series, in the order given to <see cref="Build"/>.</summary>
    public IReadOnlyList<CatalogSeries> Series { get; }

    /// <summary>Names, each to an index into <see cref="Entries"/>.</summary>
    internal Lexicon<int> Names { get; }

    internal IReadOnlyList<NameEntry> Entries { get; }

    /// <summary>The machines (tag sets), in order of their first series.</summary>
    internal IReadOnlyList<CatalogEntity> Entities { get; }

    /// <summary>The entity of each series, by series index.</summary>
    internal int[] EntityOf { get; }

    /// <summary>Words of names a misspelt word may be corrected to, in compact form.</summary>
    internal IReadOnlyList<string> Spellings { get; }

    /// <summary>The index of the series with this id, or −1.</summary>
    internal int IndexOf(int id)
    {
        for (int i = 0; i < Series.Count; i++)
        {
            if (Series[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
