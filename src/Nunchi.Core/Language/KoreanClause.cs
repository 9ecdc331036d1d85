namespace Nunchi.Core.Language;

/// <summary>
/// One predicate of a Korean sentence in its two endings: joining (…이며, …했으며) and sentence-final (…입니다, …했습니다).
/// </summary>
/// <param name="Joining">The form used when another clause follows.</param>
/// <param name="Final">The form that ends the sentence, without the full stop.</param>
internal readonly record struct KoreanClause(string Joining, string Final)
{
    /// <summary>One sentence of the clauses in order: <c>A이며, B했습니다.</c></summary>
    public static string Join(IReadOnlyList<KoreanClause> clauses)
    {
        var parts = new string[clauses.Count];
        for (int i = 0; i < clauses.Count; i++)
            parts[i] = i == clauses.Count - 1 ? clauses[i].Final : clauses[i].Joining;
        return string.Join(", ", parts) + ".";
    }
}
