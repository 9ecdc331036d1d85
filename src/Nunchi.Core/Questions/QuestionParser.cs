using Nunchi.Core.Language;

namespace Nunchi.Core.Questions;

/// <summary>
/// Understands a question about the data in Korean, English or both (<c>press-3 진동 어제</c>): its intent, the
/// series it names, its time range, aggregate and limit. Deterministic and offline; a question of a few dozen
/// characters takes microseconds.
/// </summary>
/// <remarks>
/// <para>Steps: (1) normalise (<see cref="QuestionText"/>); (2) read lexemes by longest match against the catalog's
/// names and the fixed vocabulary (<see cref="QuestionLexer"/>); (3) correct misspelt words within a small edit
/// distance and read again (<see cref="SpellingCorrector"/>); (4) resolve the time expression
/// (<see cref="TimeGrammar"/>); (5) select series (<see cref="SeriesSelection"/>); (6) decide the intent, aggregate,
/// limit and order from the remaining words (<see cref="QuestionCues"/>).</para>
/// <para>A question with nothing about the data in it (no name, no anomaly, machine or data word) is
/// <see cref="QuestionIntent.Unknown"/>, and so is one that names what the data does not have: nothing is guessed.</para>
/// </remarks>
public static class QuestionParser
{
    /// <summary>Reads <paramref name="question"/> asked at <paramref name="nowMs"/> (Unix ms) by someone in <paramref name="zone"/>.</summary>
    public static QuestionInterpretation Parse(string question, QuestionCatalog catalog, long nowMs, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(zone);

        // 1–3. Read, correct spelling, read again.
        var text = new QuestionText(question);
        var lexemes = QuestionLexer.Read(text, catalog);
        var corrections = new List<SpellingCorrection>();
        if (SpellingCorrector.Correct(text, lexemes, catalog, corrections) is { } corrected)
        {
            text = new QuestionText(corrected);
            lexemes = QuestionLexer.Read(text, catalog);
        }

        // 4. Time, 5. series, 6. what is asked.
        var used = new bool[lexemes.Count];
        bool forecastWord = lexemes.Exists(l => l.Is(WordClass.Forecast));
        var period = TimeGrammar.Read(text, lexemes, new LocalCalendar(nowMs, zone), forecastWord, used);
        var cues = QuestionCues.Read(text, lexemes, used);
        var selection = SeriesSelection.Read(text, lexemes, used, catalog, heat: cues.Heat != 0);
        var language = LanguageOf(text, lexemes);
        var intent = Intent(text, lexemes, used, cues, selection, period, nowMs);
        var series = intent == QuestionIntent.Unknown ? [] : selection.Series.Select(i => catalog.Series[i]).ToList();
        bool superlative = cues.Rank || Math.Abs(cues.Heat) == 2;
        bool low = cues.RankLow || cues.Heat < 0;
        QuestionAggregation? aggregation = intent switch
        {
            QuestionIntent.Top when cues.Anomaly || cues.Worst => QuestionAggregation.Count,
            QuestionIntent.Top => cues.Aggregate ?? (superlative ? (low ? QuestionAggregation.Min : QuestionAggregation.Max) : cues.Count ? QuestionAggregation.Count : QuestionAggregation.Max),
            QuestionIntent.Stats => cues.Aggregate ?? (superlative ? (low ? QuestionAggregation.Min : QuestionAggregation.Max) : QuestionAggregation.Count),
            QuestionIntent.Anomalies when cues.Count => QuestionAggregation.Count,
            QuestionIntent.Compare => cues.Aggregate,
            _ => null,
        };
        int? limit = intent == QuestionIntent.Top ? cues.Limit ?? (cues.MachinePlural ? 3 : 1) : null;
        var order = intent == QuestionIntent.Top && low ? RankOrder.Ascending : RankOrder.Descending;
        if (intent != QuestionIntent.Unknown && period is null)
        {
            var (korean, english) = PeriodNames.Default(intent == QuestionIntent.Forecast);
            const long Day = 86_400_000;
            period = intent == QuestionIntent.Forecast
                ? new TimePeriod(nowMs, nowMs + Day, korean, english, Said: false)
                : new TimePeriod(nowMs - Day, nowMs, korean, english, Said: false);
        }

        return new QuestionInterpretation(question, language, intent, series, intent == QuestionIntent.Unknown ? null : period, aggregation, limit, order)
        {
            Unresolved = selection.Unresolved,
            Corrections = corrections,
            Movement = cues.Movement,
            SubjectKorean = selection.Subject(NarrativeLanguage.Korean),
            SubjectEnglish = selection.Subject(NarrativeLanguage.English),
        };
    }

    private static QuestionIntent Intent(QuestionText text, List<Lexeme> lexemes, bool[] used, QuestionCues cues, SeriesSelection selection, TimePeriod? period, long nowMs)
    {
        bool unknownWords = false;
        for (int k = 0; k < lexemes.Count; k++)
        {
            unknownWords |= lexemes[k].Kind == LexemeKind.Unknown && lexemes[k].End - lexemes[k].Start >= 2 && !used[k]
                && text[lexemes[k].Start] is not ('~' or '%');
        }

        bool about = !selection.NamesNothing || selection.Unresolved.Count > 0 || cues.Anomaly || cues.Worst || cues.Machine || cues.Data
            || ((cues.ExplainStrongly || cues.All) && !unknownWords);
        if (!about || selection.Unresolved.Count > 0)
        {
            return QuestionIntent.Unknown;
        }

        bool superlative = cues.Rank || Math.Abs(cues.Heat) == 2;
        bool past = period is { Said: true } p && p.ToMs <= nowMs;
        bool future = period is { Said: true, Ahead: true };
        if (cues.Top || ((superlative || cues.Worst) && (cues.Machine || cues.Which)))
        {
            return QuestionIntent.Top;
        }

        if ((cues.Forecast && !past) || (future && !cues.Anomaly && !cues.Explain))
        {
            return QuestionIntent.Forecast;
        }

        if (cues.Compare)
        {
            return QuestionIntent.Compare;
        }

        if (cues.Explain)
        {
            return QuestionIntent.Explain;
        }

        if (cues.Anomaly || cues.Worst || cues.Movement != 0 || cues.Heat != 0 && !superlative)
        {
            return QuestionIntent.Anomalies;
        }

        return cues.Aggregate is not null || superlative || cues.Count ? QuestionIntent.Stats : QuestionIntent.Show;
    }

    // Korean when Hangul outweighs Latin letters outside the names (a syllable says about as much as two letters).
    private static NarrativeLanguage LanguageOf(QuestionText text, List<Lexeme> lexemes)
    {
        int hangul = 0;
        int latin = 0;
        int allHangul = 0;
        int allLatin = 0;
        foreach (var lexeme in lexemes)
        {
            for (int i = lexeme.Start; i < lexeme.End; i++)
            {
                bool h = QuestionText.IsHangul(text[i]);
                bool l = QuestionText.IsLatin(text[i]);
                allHangul += h ? 1 : 0;
                allLatin += l ? 1 : 0;
                if (lexeme.Kind != LexemeKind.Name)
                {
                    hangul += h ? 1 : 0;
                    latin += l ? 1 : 0;
                }
            }
        }

        if (hangul + latin == 0)
        {
            (hangul, latin) = (allHangul, allLatin);
        }

        return hangul > 0 && hangul * 2 >= latin ? NarrativeLanguage.Korean : NarrativeLanguage.English;
    }
}
