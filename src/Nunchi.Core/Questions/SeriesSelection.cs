using Nunchi.Core.Language;

namespace Nunchi.Core.Questions;

/// <summary>
/// The series a question names (CONVENTIONS.md, <c>series</c>): machines, lines and single series on one side,
/// quantities on the other; names on the same side add up (<c>1라인과 2라인</c>), the two sides intersect
/// (<c>1라인 압력</c>: the pressures of line 1). Nothing named selects everything.
/// </summary>
/// <remarks>
/// Names the catalog cannot account for are collected instead of guessed: a machine number it does not have
/// (<c>5호기</c>, <c>press 9</c>), a quantity it does not measure (<c>습도</c>), a machine without the quantity asked
/// for (<c>oven-1 vibration</c>), or an unknown place (<c>서울의</c>, <c>in Seoul</c>).
/// </remarks>
internal sealed partial class SeriesSelection
{
    private SeriesSelection(int[] series, List<NameEntry> machines, List<NameEntry> quantities, List<string> unresolved)
    {
        Series = series;
        Machines = machines;
        Quantities = quantities;
        Unresolved = unresolved;
    }

    /// <summary>Indices into the catalog's series, ascending; empty when nothing was named.</summary>
    public int[] Series { get; }

    /// <summary>The machine-side names used (machines, lines, single series).</summary>
    public List<NameEntry> Machines { get; }

    /// <summary>The quantity-side names used.</summary>
    public List<NameEntry> Quantities { get; }

    /// <summary>What the question names that the data does not have.</summary>
    public List<string> Unresolved { get; }

    public bool NamesNothing => Machines.Count == 0 && Quantities.Count == 0;

    public static SeriesSelection Read(QuestionText text, List<Lexeme> lexemes, bool[] used, QuestionCatalog catalog, bool heat)
    {
        var machines = new List<NameEntry>();
        var quantities = new List<NameEntry>();
        var unresolved = new List<string>();
        NameEntry? numbered = null;
        for (int k = 0; k < lexemes.Count; k++)
        {
            var lexeme = lexemes[k];
            if (used[k])
            {
                continue;
            }

            if (numbered is not null && Sibling(catalog, numbered, lexeme) is { } sibling)
            {
                // 오븐 1호기랑 2호기, oven 1 and 2: the second machine is of the same kind as the first.
                AddOnce(machines, sibling);
                continue;
            }

            if (lexeme.Kind == LexemeKind.Name)
            {
                var entry = catalog.Entries[lexeme.Name];
                if (NumberedName.TryParse(entry.Text, out _, out _, out _) && entry.Kind is NameKind.Entity or NameKind.Series)
                {
                    numbered = entry;
                }

                if (entry.Kind == NameKind.Series)
                {
                    // One series named whole (oven-2 temperature) is its machine and its quantity: "oven-1 and oven-2 temperature".
                    AddOnce(machines, EntityOf(catalog, entry.Series[0]));
                    AddOnce(quantities, FieldOf(catalog, entry.Series[0]));
                }
                else if (entry.Kind == NameKind.Absent)
                {
                    unresolved.Add(text.Written(lexeme.Start, lexeme.End));
                }
                else if (entry.Kind == NameKind.Group && k + 1 < lexemes.Count && lexemes[k + 1] is { Kind: LexemeKind.Number } number && lexemes[k + 1].Start == lexeme.End)
                {
                    // press 9: a kind of machine the data has, with a number it does not.
                    unresolved.Add(text.Written(lexeme.Start, number.End));
                    k++;
                }
                else
                {
                    AddOnce(entry.IsQuantity ? quantities : machines, entry);
                }
            }
            else if (lexeme.Kind == LexemeKind.Quantity && lexeme.Counter is Counter.MachineNumber or Counter.LineNumber)
            {
                unresolved.Add(text.Written(lexeme.Start, lexeme.End));
            }
            else if (lexeme.Is(WordClass.Line) && k + 1 < lexemes.Count && lexemes[k + 1].Kind == LexemeKind.Number)
            {
                unresolved.Add(text.Written(lexeme.Start, lexemes[k + 1].End));
                k++;
            }
            else if (UnknownPlace(text, lexemes, k) is { } place)
            {
                unresolved.Add(place);
            }
        }

        if (heat && quantities.Count == 0 && catalog.Names.TryGet("temperature", out int temperature) && catalog.Entries[temperature].Kind == NameKind.Field)
        {
            // "the hottest machine": temperature, when the data has it.
            quantities.Add(catalog.Entries[temperature]);
        }

        var series = Combine(machines, quantities);
        if (series.Length == 0 && !(machines.Count == 0 && quantities.Count == 0) && unresolved.Count == 0)
        {
            // oven-1 vibration: both exist, the combination does not.
            unresolved.Add(Describe(machines, quantities, NarrativeLanguage.English));
        }

        return new SeriesSelection(series, machines, quantities, unresolved);
    }

    /// <summary>How an answer calls the selection: <c>프레스 1호기와 프레스 2호기 진동</c>, <c>line 2</c>; empty when nothing was named.</summary>
    public string Subject(NarrativeLanguage language) => Describe(Machines, Quantities, language);

    private static string Describe(List<NameEntry> machines, List<NameEntry> quantities, NarrativeLanguage language)
    {
        bool korean = language == NarrativeLanguage.Korean;
        string machine = Join(machines.Select(m => korean ? m.Korean : m.English).ToList(), korean);
        string quantity = Join(quantities.Select(q => korean ? q.Korean : q.English).ToList(), korean);
        return machine.Length == 0 ? quantity : quantity.Length == 0 ? machine : machine + " " + quantity;
    }

    private static string Join(List<string> names, bool korean)
    {
        if (names.Count <= 1)
        {
            return names.Count == 0 ? "" : names[0];
        }

        if (korean)
        {
            var parts = new List<string>();
            for (int i = 0; i < names.Count - 1; i++)
            {
                parts.Add(KoreanParticles.With(names[i], Particle.And));
            }

            parts.Add(names[^1]);
            return string.Join(' ', parts);
        }

        return names.Count == 2 ? $"{names[0]} and {names[1]}" : string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1];
    }

    // A bare number or N호기 after a numbered machine: the machine of that number and the same class, when there is one.
    private static NameEntry? Sibling(QuestionCatalog catalog, NameEntry numbered, Lexeme lexeme)
    {
        string? number = lexeme.Kind switch
        {
            LexemeKind.Number when lexeme.Number is >= 0 and < 10_000 && lexeme.Number % 1 == 0 => ((int)lexeme.Number).ToString(System.Globalization.CultureInfo.InvariantCulture),
            LexemeKind.Name when BareMachineNumber().Match(catalog.Entries[lexeme.Name].Text) is { Success: true } match => match.Groups[1].Value,
            _ => null,
        };
        if (number is null || NumberedName.Sibling(numbered.Text, number) is not { } name || !catalog.Names.TryGet(QuestionText.Compact(name), out int index))
        {
            return null;
        }

        var entry = catalog.Entries[index];
        return entry.Kind is NameKind.Entity or NameKind.Series ? entry : null;
    }

    private static NameEntry EntityOf(QuestionCatalog catalog, int series)
    {
        var entity = catalog.Entities[catalog.EntityOf[series]];
        return new NameEntry(entity.Series, NameKind.Entity, entity.Name) { Korean = entity.KoreanName ?? entity.Name, English = entity.Name };
    }

    private static NameEntry FieldOf(QuestionCatalog catalog, int series)
    {
        string field = catalog.Series[series].Key.Field;
        if (catalog.Names.TryGet(QuestionText.Compact(field), out int index) && catalog.Entries[index].Kind == NameKind.Field)
        {
            return catalog.Entries[index];
        }

        var all = Enumerable.Range(0, catalog.Series.Count).Where(i => catalog.Series[i].Key.Field == field).ToArray();
        return new NameEntry(all, NameKind.Field, field);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+)\s*호기$")]
    private static partial System.Text.RegularExpressions.Regex BareMachineNumber();

    private static int[] Combine(List<NameEntry> machines, List<NameEntry> quantities)
    {
        HashSet<int>? result = null;
        foreach (var side in (List<NameEntry>[])[machines, quantities])
        {
            if (side.Count == 0)
            {
                continue;
            }

            var union = new HashSet<int>(side.SelectMany(entry => entry.Series));
            if (result is null)
            {
                result = union;
            }
            else
            {
                result.IntersectWith(union);
            }
        }

        return result is null ? [] : [.. result.Order()];
    }

    private static void AddOnce(List<NameEntry> names, NameEntry entry)
    {
        foreach (var known in names)
        {
            if (known.Series.AsSpan().SequenceEqual(entry.Series))
            {
                return;
            }
        }

        names.Add(entry);
    }

    // 서울의 온도, the temperature in Seoul: an unknown word named as the owner or place of what is asked.
    private static string? UnknownPlace(QuestionText text, List<Lexeme> lexemes, int k)
    {
        var lexeme = lexemes[k];
        if (lexeme.Kind != LexemeKind.Unknown)
        {
            return null;
        }

        if (QuestionText.IsHangul(text[lexeme.Start]) && lexeme.End - lexeme.Start >= 2 && k + 1 < lexemes.Count
            && lexemes[k + 1].Is(WordClass.Owner) && lexemes[k + 1].Start == lexeme.End)
        {
            return text.Written(lexeme.Start, lexeme.End);
        }

        bool englishPlace = QuestionText.IsLatin(text[lexeme.Start]) && text.WasUpper(lexeme.Start) && lexeme.End - lexeme.Start >= 3 && k > 0
            && (lexemes[k - 1].Is(WordClass.At) || (lexemes[k - 1].Is(WordClass.Stop) && text.Surface(lexemes[k - 1].Start, lexemes[k - 1].End) == "in"));
        return englishPlace ? text.Written(lexeme.Start, lexeme.End) : null;
    }
}
