namespace Nunchi.Core.Questions;

/// <summary>
/// Finds the time expression of a question (CONVENTIONS.md, "Time expressions") and resolves it to a
/// <see cref="TimePeriod"/>: days, parts of days, clock times, nights, calendar weeks and months, dates, weekdays,
/// spans back from now or ahead of it, moments ago or later, and ranges between two of these
/// (<c>오후 2시부터 4시까지</c>, <c>from Nov 1 to Nov 10</c>, <c>since Monday</c>).
/// </summary>
/// <remarks>
/// Time words are first gathered into pieces (a date with its year, a clock time with its minutes, a span with 지난 or
/// ago), pieces next to each other form a cluster, and the words 부터/까지, from/to/until/since split clusters into
/// the two ends of a range; without them every piece describes one range together (<c>어제 오후 3시</c>).
/// </remarks>
internal static class TimeGrammar
{
    /// <summary>The period the question names, or null when it names none; marks the lexemes it used.</summary>
    public static TimePeriod? Read(QuestionText text, List<Lexeme> lexemes, LocalCalendar calendar, bool forecast, bool[] used)
    {
        var pieces = TimePieces.Collect(text, lexemes, calendar, used);
        if (pieces.Count == 0)
        {
            return null;
        }

        var clusters = Group(text, lexemes, pieces);
        var (from, until) = Ends(text, lexemes, clusters, used);
        var resolver = new TimeResolver(calendar, forecast);
        if (from is null && until is null)
        {
            var all = new TimeClause();
            clusters.ForEach(cluster => all.Absorb(cluster.Clause));
            return resolver.Resolve(all);
        }

        // Words outside both ends (어제 … 오후 2시부터 4시까지) describe the start.
        var start = from?.Clause ?? new TimeClause();
        foreach (var cluster in clusters)
        {
            if (cluster != from && cluster != until)
            {
                start.Absorb(cluster.Clause);
            }
        }

        return resolver.Between(start.IsEmpty ? null : start, until?.Clause);
    }

    // Pieces separated only by particles, fillers and 쯤/around belong together.
    private static List<Cluster> Group(QuestionText text, List<Lexeme> lexemes, List<TimePieces.Piece> pieces)
    {
        var clusters = new List<Cluster>();
        foreach (var piece in pieces)
        {
            if (clusters.Count > 0 && Adjacent(lexemes, clusters[^1].Last, piece.First) && !Separated(text, lexemes, clusters[^1].Last, piece.First))
            {
                var last = clusters[^1];
                last.Clause.Absorb(piece.Clause);
                clusters[^1] = last with { Last = piece.Last };
            }
            else
            {
                var clause = new TimeClause();
                clause.Absorb(piece.Clause);
                clusters.Add(new Cluster(piece.First, piece.Last, clause));
            }
        }

        return clusters;
    }

    // "2pm to 4pm", "between 2pm and 4pm": two ends, not one time.
    private static bool Separated(QuestionText text, List<Lexeme> lexemes, int last, int first)
    {
        for (int k = last + 1; k < first; k++)
        {
            if (IsEnglishTo(text, lexemes[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Adjacent(List<Lexeme> lexemes, int last, int first)
    {
        for (int k = last + 1; k < first; k++)
        {
            if (!TimePieces.Skippable(lexemes[k]) && !lexemes[k].Is(WordClass.During) && !lexemes[k].Is(WordClass.At))
            {
                return false;
            }
        }

        return true;
    }

    // 부터 and 까지 follow their end (Korean); from, since and until come before it (English); ~ stands between the two.
    private static (Cluster? From, Cluster? Until) Ends(QuestionText text, List<Lexeme> lexemes, List<Cluster> clusters, bool[] used)
    {
        Cluster? from = null;
        Cluster? until = null;
        for (int k = 0; k < lexemes.Count; k++)
        {
            var lexeme = lexemes[k];
            bool isFrom = lexeme.Is(WordClass.From);
            bool isUntil = lexeme.Is(WordClass.Until) || (from is not null && until is null && IsEnglishTo(text, lexeme));
            if (!isFrom && !isUntil)
            {
                continue;
            }

            bool tilde = text[lexeme.Start] == '~';
            bool korean = QuestionText.IsHangul(text[lexeme.Start]);
            var before = clusters.LastOrDefault(c => c.Last < k && Adjacent(lexemes, c.Last, k));
            var after = clusters.FirstOrDefault(c => c.First > k && Adjacent(lexemes, k, c.First));
            if (tilde && before is not null && after is not null)
            {
                from ??= before;
                until = after;
                used[k] = true;
            }
            else if (isFrom && (korean ? before : after) is { } start)
            {
                from = start;
                used[k] = true;
            }
            else if (isUntil && (korean ? before : after) is { } end && end != from)
            {
                until = end;
                used[k] = true;
            }
        }

        return (from, until);
    }

    private static bool IsEnglishTo(QuestionText text, Lexeme lexeme) =>
        lexeme.Is(WordClass.Stop) && text.Surface(lexeme.Start, lexeme.End) is "to" or "and";

    private sealed record Cluster(int First, int Last, TimeClause Clause);
}
