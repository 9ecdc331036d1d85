namespace Nunchi.Core.Questions;

/// <summary>Words and names matched in a <see cref="QuestionText"/>, longest first, ignoring spaces and hyphens.</summary>
/// <remarks>
/// A match must begin and end on a word boundary of Latin letters and digits (<c>press3</c> is not found in
/// <c>press31</c>, <c>sat</c> not in <c>is at</c>), and may not join two English words the entry keeps apart
/// (<c>at e</c> is not <c>ate</c>); Korean matches need no boundary, since particles follow nouns directly.
/// Lookups do not allocate. Not thread-safe while being built; safe to read from several threads afterwards.
/// </remarks>
/// <typeparam name="T">What a word means.</typeparam>
internal sealed class Lexicon<T>
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lexicon()
    {
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest key, in compact characters.</summary>
    public int MaxLength { get; private set; }

    public int Count => _entries.Count;

    /// <summary>Every key in compact form.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>Adds <paramref name="word"/>; false (and nothing changes) when its compact form is already there.</summary>
    public bool TryAdd(string word, T value)
    {
        var text = new QuestionText(word);
        if (text.Length == 0 || text.Length > 64)
        {
            return false;
        }

        ulong breaks = 0;
        for (int i = 1; i < text.Length; i++)
        {
            if (text.SpaceBefore(i))
            {
                breaks |= 1UL << i;
            }
        }

        string key = new(text.Chars);
        if (!_entries.TryAdd(key, new Entry(value, breaks)))
        {
            return false;
        }

        MaxLength = Math.Max(MaxLength, key.Length);
        return true;
    }

    /// <summary>Adds or replaces <paramref name="word"/>.</summary>
    public void Set(string word, T value)
    {
        string key = QuestionText.Compact(word);
        _entries.Remove(key);
        TryAdd(word, value);
    }

    /// <summary>The value of a word given in compact form, if any.</summary>
    public bool TryGet(ReadOnlySpan<char> compact, out T value)
    {
        if (_lookup.TryGetValue(compact, out var entry))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The longest entry that matches at <paramref name="start"/>.</summary>
    public bool TryMatch(QuestionText text, int start, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (start >= text.Length || !text.IsWordStart(start))
        {
            return false;
        }

        var chars = text.Chars;
        int longest = Math.Min(MaxLength, text.Length - start);
        for (int n = longest; n >= 1; n--)
        {
            if (_lookup.TryGetValue(chars.Slice(start, n), out var entry) && text.IsWordEnd(start + n) && KeepsWordsApart(text, start, n, entry.Breaks))
            {
                length = n;
                value = entry.Value;
                return true;
            }
        }

        return false;
    }

    // A break in the question between two Latin letters must be one the entry has too.
    private static bool KeepsWordsApart(QuestionText text, int start, int length, ulong breaks)
    {
        for (int k = 1; k < length; k++)
        {
            int at = start + k;
            if (text.SpaceBefore(at) && QuestionText.IsLatin(text[at]) && QuestionText.IsLatin(text[at - 1]) && (breaks & (1UL << k)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Entry(T Value, ulong Breaks);
}
