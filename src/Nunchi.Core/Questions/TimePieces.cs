namespace Nunchi.Core.Questions;

/// <summary>Gathers the time words of a question into pieces: each a part of a <see cref="TimeClause"/> and the lexemes it spans.</summary>
internal static class TimePieces
{
    /// <summary>A particle, filler or 쯤/around, which time words may have between them.</summary>
    public static bool Skippable(Lexeme lexeme) => lexeme.Is(WordClass.Stop) || lexeme.Is(WordClass.Approximately);

    public static List<Piece> Collect(QuestionText text, List<Lexeme> lexemes, LocalCalendar calendar, bool[] used)
    {
        var pieces = new List<Piece>();
        for (int k = 0; k < lexemes.Count; k++)
        {
            if (used[k])
            {
                continue;
            }

            var clause = new TimeClause();
            int first = k;
            int last = k;
            var lexeme = lexemes[k];
            switch (lexeme.Kind)
            {
                case LexemeKind.Word:
                    if (!Word(lexemes, k, clause, ref first, ref last, used))
                    {
                        continue;
                    }

                    break;
                case LexemeKind.Quantity:
                    if (!Quantity(text, lexemes, k, calendar, clause, ref first, ref last, used))
                    {
                        continue;
                    }

                    break;
                case LexemeKind.ClockTime:
                    int minutes = (int)lexeme.Number;
                    clause.Clock = (minutes / 60, minutes % 60, MeridiemAfter(lexemes, k, ref last));
                    break;
                case LexemeKind.Date:
                    clause.Date = lexeme.Date;
                    break;
                case LexemeKind.Number when NextMonthName(lexemes, k) is int m && DayNumber(lexeme) is int d
                    && !(Next(lexemes, m) is int after && DayNumber(lexemes[after]) is not null):
                    // 18 November, 18th of November
                    clause.Date = (0, lexemes[m].Word.Value, d);
                    last = m;
                    break;
                default:
                    continue;
            }

            for (int i = first; i <= last; i++)
            {
                used[i] = true;
            }

            pieces.Add(new Piece(first, last, clause));
            k = last;
        }

        return pieces;
    }

    private static bool Word(List<Lexeme> lexemes, int k, TimeClause clause, ref int first, ref int last, bool[] used)
    {
        var word = lexemes[k].Word;
        switch (word.Class)
        {
            case WordClass.Day:
                clause.DayOffset = word.Value;
                return true;
            case WordClass.Night:
                clause.Night = word.Value;
                return true;
            case WordClass.DayPart:
                clause.Part = (PartOfDay)word.Value;
                return true;
            case WordClass.Clock:
                clause.Clock = (word.Value / 60, word.Value % 60, Meridiem.None);
                return true;
            case WordClass.Period:
                if (Next(lexemes, k) is int w && lexemes[w].Is(WordClass.Weekday))
                {
                    // 지난주 월요일: that day of that week.
                    var week = (CalendarPeriod)word.Value switch
                    {
                        CalendarPeriod.LastWeek => WeekQualifier.LastWeek,
                        CalendarPeriod.NextWeek => WeekQualifier.NextWeek,
                        _ => WeekQualifier.ThisWeek,
                    };
                    clause.Weekday = ((DayOfWeek)lexemes[w].Word.Value, week);
                    last = w;
                    return true;
                }

                clause.Period = (CalendarPeriod)word.Value;
                return true;
            case WordClass.Weekday:
                var qualifier = WeekQualifier.Latest;
                if (Previous(lexemes, k) is int p && !used[p] && (lexemes[p].Is(WordClass.Past) || lexemes[p].Is(WordClass.Future)))
                {
                    qualifier = lexemes[p].Is(WordClass.Past) ? WeekQualifier.Previous : WeekQualifier.Coming;
                    first = p;
                }

                clause.Weekday = ((DayOfWeek)word.Value, qualifier);
                return true;
            case WordClass.Month:
                return MonthName(lexemes, k, clause, ref last);
            case WordClass.At:
                if (Next(lexemes, k) is int n && lexemes[n].Kind == LexemeKind.Number && lexemes[n].Number is >= 0 and <= 24 && lexemes[n].Number % 1 == 0)
                {
                    // at 3, at 3 pm
                    last = n;
                    clause.Clock = ((int)lexemes[n].Number, 0, MeridiemAfter(lexemes, n, ref last));
                    return true;
                }

                return false;
            case WordClass.Duration:
                var (amount, unit) = word.AsSpan;
                clause.Span = (amount, unit, Direction(lexemes, k, ref first, ref last, used));
                return true;
            default:
                return false;
        }
    }

    private static bool Quantity(QuestionText text, List<Lexeme> lexemes, int k, LocalCalendar calendar, TimeClause clause, ref int first, ref int last, bool[] used)
    {
        var lexeme = lexemes[k];
        double n = lexeme.Number;
        switch (lexeme.Counter)
        {
            case Counter.Year when Next(lexemes, k) is int m && lexemes[m].Kind == LexemeKind.Quantity && lexemes[m].Counter == Counter.MonthOfYear:
                // 2026년 11월 18일: read from the month, which looks back for its year.
                return false;
            case Counter.MonthOfYear when n is >= 1 and <= 12:
                int year = Previous(lexemes, k) is int y && lexemes[y] is { Kind: LexemeKind.Quantity, Counter: Counter.Year } yearLexeme ? (int)yearLexeme.Number : 0;
                if (year > 0)
                {
                    first = Previous(lexemes, k)!.Value;
                }

                if (Next(lexemes, k) is int d && lexemes[d] is { Kind: LexemeKind.Quantity, Counter: Counter.Day } day && DayNumber(day) is int dayOfMonth)
                {
                    clause.Date = (year, (int)n, dayOfMonth);
                    last = d;
                }
                else
                {
                    clause.Month = (year, (int)n);
                }

                return true;
            case Counter.Day or Counter.Ordinal when IsDayOfMonth(text, lexemes, k) && DayNumber(lexeme) is int onDay:
                // 18일 on its own, the 18th: that day of this month, or of last month when it is still to come.
                var today = calendar.Today;
                var month = onDay <= today.Day ? today : today.AddMonths(-1);
                clause.Date = (month.Year, month.Month, onDay);
                return true;
            case Counter.OClock:
                int minute = (int)Math.Round((n % 1) * 60);
                if (k + 1 < lexemes.Count && lexemes[k + 1] is { Kind: LexemeKind.Quantity, Counter: Counter.Minute } minutes && minutes.Number is >= 0 and < 60)
                {
                    // 3시 30분
                    minute = (int)minutes.Number;
                    last = k + 1;
                }

                clause.Clock = ((int)n, minute, Meridiem.None);
                return n is >= 0 and <= 24;
            case Counter.Am or Counter.Pm:
                clause.Clock = ((int)n, (int)Math.Round((n % 1) * 60), lexeme.Counter == Counter.Am ? Meridiem.Am : Meridiem.Pm);
                return n is >= 0 and <= 12;
            case <= Counter.Year when n > 0:
                clause.Span = (n, lexeme.Counter, Direction(lexemes, k, ref first, ref last, used));
                return true;
            default:
                return false;
        }
    }

    // Korean 18일 with nothing marking a span (지난, 동안, 전), or an English ordinal: a day of the month.
    private static bool IsDayOfMonth(QuestionText text, List<Lexeme> lexemes, int k)
    {
        var lexeme = lexemes[k];
        if (lexeme.Counter == Counter.Ordinal)
        {
            return true;
        }

        bool korean = text[lexeme.End - 1] == '일';
        bool marked = (Previous(lexemes, k) is int p && (lexemes[p].Is(WordClass.Past) || lexemes[p].Is(WordClass.Future)))
            || (Next(lexemes, k) is int n && (lexemes[n].Is(WordClass.Ago) || lexemes[n].Is(WordClass.Later) || lexemes[n].Is(WordClass.During)))
            || (k + 1 < lexemes.Count && lexemes[k + 1].Is(WordClass.During));
        return korean && !marked;
    }

    private static bool MonthName(List<Lexeme> lexemes, int k, TimeClause clause, ref int last)
    {
        int month = lexemes[k].Word.Value;
        if (Next(lexemes, k) is int d && DayNumber(lexemes[d]) is int day)
        {
            // Nov 18, November 18th, Nov 18 2026
            last = d;
            int year = 0;
            if (Next(lexemes, d) is int y && lexemes[y] is { Kind: LexemeKind.Number, Number: >= 1900 and <= 9999 } yearLexeme)
            {
                year = (int)yearLexeme.Number;
                last = y;
            }

            clause.Date = (year, month, day);
            return true;
        }

        // "may" is usually the verb: a month name alone counts only when it is not May.
        if (month == 5)
        {
            return false;
        }

        clause.Month = (0, month);
        return true;
    }

    private static int? DayNumber(Lexeme lexeme) =>
        (lexeme.Kind == LexemeKind.Number || (lexeme.Kind == LexemeKind.Quantity && lexeme.Counter is Counter.Day or Counter.Ordinal))
        && lexeme.Number is >= 1 and <= 31 && lexeme.Number % 1 == 0
            ? (int)lexeme.Number
            : null;

    private static int? NextMonthName(List<Lexeme> lexemes, int k) =>
        Next(lexemes, k) is int m && lexemes[m].Is(WordClass.Month) ? m : null;

    // am or pm written after a clock time: 3:30 pm, at 3 pm.
    private static Meridiem MeridiemAfter(List<Lexeme> lexemes, int k, ref int last)
    {
        if (k + 1 < lexemes.Count && lexemes[k + 1].Is(WordClass.DayPart) && (PartOfDay)lexemes[k + 1].Word.Value is PartOfDay.Morning or PartOfDay.Afternoon)
        {
            last = k + 1;
            return (PartOfDay)lexemes[k + 1].Word.Value == PartOfDay.Morning ? Meridiem.Am : Meridiem.Pm;
        }

        return Meridiem.None;
    }

    // 지난/last before a span, 전/ago or 후/later after it.
    private static SpanDirection Direction(List<Lexeme> lexemes, int k, ref int first, ref int last, bool[] used)
    {
        if (Previous(lexemes, k) is int p && !used[p])
        {
            if (lexemes[p].Is(WordClass.Past) || lexemes[p].Is(WordClass.Future))
            {
                first = p;
                return lexemes[p].Is(WordClass.Past) ? SpanDirection.Past : SpanDirection.Future;
            }
        }

        if (Next(lexemes, k) is int n && (lexemes[n].Is(WordClass.Ago) || lexemes[n].Is(WordClass.Later)))
        {
            last = n;
            return lexemes[n].Is(WordClass.Ago) ? SpanDirection.Ago : SpanDirection.Later;
        }

        return SpanDirection.None;
    }

    private static int? Next(List<Lexeme> lexemes, int k)
    {
        for (int i = k + 1; i < lexemes.Count; i++)
        {
            if (!Skippable(lexemes[i]) && !lexemes[i].Is(WordClass.During))
            {
                return i;
            }
        }

        return null;
    }

    private static int? Previous(List<Lexeme> lexemes, int k)
    {
        for (int i = k - 1; i >= 0; i--)
        {
            if (!Skippable(lexemes[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Part of a time clause and the lexemes [<see cref="First"/>, <see cref="Last"/>] it was read from.</summary>
    public sealed record Piece(int First, int Last, TimeClause Clause);
}
