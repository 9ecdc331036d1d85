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
    private readonly Dictionary<int, int> _indexById = [];

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
        for (int i = 0; i < series.Count; i++)
        {
            _indexById[series[i].Id] = i;
        }
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

    /// <summary>The series with this id, or null.</summary>
    public CatalogSeries? ById(int id) => _indexById.TryGetValue(id, out int index) ? Series[index] : null;

    /// <summary>The index of the series with this id, or −1.</summary>
    internal int IndexOf(int id) => _indexById.GetValueOrDefault(id, -1);

    /// <summary>The machine a series belongs to and the quantity it measures, as answers name them: (<c>오븐 1호기</c>, <c>온도</c>).</summary>
    internal (string Machine, string Quantity) Parts(CatalogSeries series, Language.NarrativeLanguage language)
    {
        bool korean = language == Language.NarrativeLanguage.Korean;
        int index = IndexOf(series.Id);
        var entity = index >= 0 ? Entities[EntityOf[index]] : null;
        string machine = entity is null ? series.Key.Measurement : korean ? entity.KoreanName ?? entity.Name : entity.Name;
        string name = korean ? series.Label.KoreanName ?? series.Label.Name : series.Label.Name;
        string quantity = name.StartsWith(machine + " ", StringComparison.Ordinal) ? name[(machine.Length + 1)..] : series.Key.Field;
        return (machine, quantity);
    }

    /// <summary>The machine (tag set) <paramref name="series"/> belongs to: its index, English and Korean names.</summary>
    public (int Index, string Name, string? KoreanName) MachineOf(CatalogSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        int entity = EntityOf[IndexOf(series.Id)];
        return (entity, Entities[entity].Name, Entities[entity].KoreanName);
    }

    /// <summary>The machine an entity is called in <paramref name="language"/>.</summary>
    internal static string NameOf(CatalogEntity entity, Language.NarrativeLanguage language) =>
        language == Language.NarrativeLanguage.Korean ? entity.KoreanName ?? entity.Name : entity.Name;
}
