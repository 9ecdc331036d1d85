using System.Text;
using System.Text.RegularExpressions;
using Nunchi.Core.Series;

namespace Nunchi.Core.Questions;

/// <content>Building the vocabulary from the series and their aliases.</content>
public sealed partial class QuestionCatalog
{
    /// <summary>Builds the vocabulary of <paramref name="series"/>.</summary>
    public static QuestionCatalog Build(IReadOnlyList<CatalogSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var (entities, entityOf) = GroupEntities(series);
        var names = new Lexicon<int>();
        var entries = new List<NameEntry>();
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        void Register(string text, IEnumerable<int> selected, FieldWords.Quantity? quantity = null, bool field = false)
        {
            var set = selected.Distinct().Order().ToArray();
            if (string.IsNullOrWhiteSpace(text) || QuestionText.Compact(text).Length == 0)
            {
                return;
            }

            var kind = quantity is not null && set.Length == 0 ? NameKind.Absent : field ? NameKind.Field : KindOf(set, series, entityOf);
            if (names.TryAdd(text, entries.Count))
            {
                entries.Add(new NameEntry(set, kind, text.Trim(), quantity));
                AddSpellings(spellings, text);
            }
        }

        // 1. Aliases, each selecting every series that carries it; then the spoken variants of numbered names.
        var aliases = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < series.Count; i++)
        {
            foreach (string alias in series[i].Aliases)
            {
                if (!aliases.TryGetValue(alias.Trim(), out var carriers))
                {
                    aliases[alias.Trim()] = carriers = [];
                }

                carriers.Add(i);
            }
        }

        foreach (var (alias, carriers) in aliases)
        {
            Register(alias, carriers);
        }

        var classes = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, carriers) in aliases)
        {
            var variants = NumberedName.Variants(alias, out string? machineClass);
            foreach (string variant in variants)
            {
                Register(variant, carriers);
            }

            AddClass(classes, machineClass, carriers);
        }

        // 2. Tag values, as written and after their key (press-3, machine press-3, line 2, 2라인).
        var tagValues = new Dictionary<(string Key, string Value), List<int>>();
        for (int i = 0; i < series.Count; i++)
        {
            foreach (var tag in series[i].Key.Tags)
            {
                if (!tagValues.TryGetValue((tag.Key, tag.Value), out var carriers))
                {
                    tagValues[(tag.Key, tag.Value)] = carriers = [];
                }

                carriers.Add(i);
                NumberedName.Variants(tag.Value, out string? machineClass);
                AddClass(classes, machineClass, [i]);
            }
        }

        foreach (var ((key, value), carriers) in tagValues)
        {
            if (value.Any(char.IsLetter) && value.Length >= 2)
            {
                Register(value, carriers);
            }

            Register(key + " " + value, carriers);
            if (string.Equals(key, "line", StringComparison.OrdinalIgnoreCase))
            {
                Register(value + "라인", carriers);
                Register(value + "번 라인", carriers);
                Register(value + "호 라인", carriers);
            }
        }

        // 3. Fields by their key and by the words for their quantity; quantities not measured are known to be absent.
        var fields = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < series.Count; i++)
        {
            string field = series[i].Key.Field;
            if (!fields.TryGetValue(field, out var carriers))
            {
                fields[field] = carriers = [];
            }

            carriers.Add(i);
        }

        foreach (var quantity in FieldWords.All)
        {
            var measured = new List<int>();
            foreach (var (field, carriers) in fields)
            {
                if (FieldWords.Measures(field, quantity))
                {
                    measured.AddRange(carriers);
                }
            }

            foreach (string word in quantity.Words)
            {
                Register(word, measured, quantity, field: measured.Count > 0);
            }
        }

        foreach (var (field, carriers) in fields)
        {
            Register(field, carriers, field: true);
            Register(field.Replace('_', ' '), carriers, field: true);
        }

        // 4. Classes of numbered machines (프레스 from 프레스 1호기, press from press-1), with English plurals.
        var tagKeys = new HashSet<string>(tagValues.Keys.Select(tag => tag.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var (machineClass, members) in classes)
        {
            // "line 1" names a line, not a machine of the kind "line".
            if (tagKeys.Contains(machineClass))
            {
                continue;
            }

            Register(machineClass, members);
            if (machineClass.All(c => c < 128))
            {
                Register(machineClass + (machineClass.EndsWith('s') ? "es" : "s"), members);
            }
        }

        NameDisplays(entries, series, entities, entityOf);
        return new QuestionCatalog(series, names, entries, entities, entityOf, [.. spellings.Order(StringComparer.Ordinal)]);
    }

    private static void AddClass(Dictionary<string, HashSet<int>> classes, string? machineClass, IEnumerable<int> members)
    {
        if (machineClass is null)
        {
            return;
        }

        if (!classes.TryGetValue(machineClass, out var known))
        {
            classes[machineClass] = known = [];
        }

        known.UnionWith(members);
    }

    // What answers call each name: the machine's own name when it selects one machine, the quantity's name for a field,
    // otherwise the name itself in the answer's script, taken from any name that selects the same series.
    private static void NameDisplays(List<NameEntry> entries, IReadOnlyList<CatalogSeries> series, List<CatalogEntity> entities, int[] entityOf)
    {
        var korean = new Dictionary<string, string>(StringComparer.Ordinal);
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            string key = entry.Kind + ":" + string.Join(',', entry.Series);
            var target = SeriesNaming.HasHangul(entry.Text) ? korean : english;
            target.TryAdd(key, entry.Text);
        }

        foreach (var entry in entries)
        {
            string key = entry.Kind + ":" + string.Join(',', entry.Series);
            if (entry.Quantity is { } quantity)
            {
                (entry.Korean, entry.English) = (quantity.Korean, quantity.English);
            }
            else if (entry.Kind == NameKind.Entity || (entry.Kind == NameKind.Series && entities[entityOf[entry.Series[0]]].Series.Length == 1))
            {
                var entity = entities[entityOf[entry.Series[0]]];
                (entry.Korean, entry.English) = (entity.KoreanName ?? entity.Name, entity.Name);
            }
            else if (entry.Kind == NameKind.Series)
            {
                var label = series[entry.Series[0]].Label;
                (entry.Korean, entry.English) = (label.KoreanName ?? label.Name, label.Name);
            }
            else
            {
                entry.Korean = korean.GetValueOrDefault(key, entry.Text);
                entry.English = english.GetValueOrDefault(key, entry.Text);
            }
        }
    }

    private static (List<CatalogEntity> Entities, int[] EntityOf) GroupEntities(IReadOnlyList<CatalogSeries> series)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        var entityOf = new int[series.Count];
        for (int i = 0; i < series.Count; i++)
        {
            var text = new StringBuilder(series[i].Key.Measurement);
            foreach (var tag in series[i].Key.Tags)
            {
                text.Append(',').Append(tag.Key).Append('=').Append(tag.Value);
            }

            string key = text.ToString();
            if (!byKey.TryGetValue(key, out var members))
            {
                byKey[key] = members = [];
                order.Add(key);
            }

            members.Add(i);
        }

        var entities = new List<CatalogEntity>(order.Count);
        foreach (string key in order)
        {
            var members = byKey[key];
            foreach (int i in members)
            {
                entityOf[i] = entities.Count;
            }

            var labels = members.Select(i => series[i].Label).ToList();
            string name = CommonName(labels.Select(l => l.Name).ToList()) ?? key;
            var korean = labels.All(l => l.KoreanName is not null) ? CommonName(labels.Select(l => l.KoreanName!).ToList()) : null;
            entities.Add(new CatalogEntity([.. members], name, korean));
        }

        return (entities, entityOf);
    }

    /// <summary>
    /// The words the names of one machine's series share (<c>press-3 temperature</c>, <c>press-3 vibration</c> → <c>press-3</c>);
    /// one series alone is named without its last word, the field.
    /// </summary>
    private static string? CommonName(List<string> names)
    {
        var words = names[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int shared = names.Count == 1 ? words.Length - 1 : words.Length;
        foreach (string name in names)
        {
            var other = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int n = 0;
            while (n < shared && n < other.Length && other[n] == words[n])
            {
                n++;
            }

            shared = Math.Min(shared, n);
        }

        return shared == 0 ? null : string.Join(' ', words, 0, shared);
    }

    private static NameKind KindOf(int[] set, IReadOnlyList<CatalogSeries> series, int[] entityOf)
    {
        if (set.Length == 1)
        {
            return NameKind.Series;
        }

        bool oneEntity = true;
        bool oneField = true;
        foreach (int i in set)
        {
            oneEntity &= entityOf[i] == entityOf[set[0]];
            oneField &= series[i].Key.Field == series[set[0]].Key.Field;
        }

        return oneEntity ? NameKind.Entity : oneField ? NameKind.Field : NameKind.Group;
    }

    // Words of a name that a misspelling may be corrected to: English words of four letters or more, Korean words of two syllables or more.
    private static void AddSpellings(HashSet<string> spellings, string text)
    {
        foreach (string word in text.Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            string compact = QuestionText.Compact(word);
            bool latin = compact.Length >= 4 && compact.All(QuestionText.IsLatin);
            bool hangul = compact.Length >= 2 && compact.All(QuestionText.IsHangul);
            if (latin || hangul)
            {
                spellings.Add(compact);
            }
        }

        string whole = QuestionText.Compact(text);
        if (whole.Length >= 2 && whole.All(QuestionText.IsHangul))
        {
            spellings.Add(whole);
        }
    }
}
