namespace Nunchi.Core.Questions;

/// <summary>What the words of a question ask, besides names and times: the cues intents, aggregates and limits are read from.</summary>
internal sealed class QuestionCues
{
    public bool Anomaly { get; private set; }

    /// <summary>An explanation asked for in so many words (what happened, 원인), not a bare 왜/why.</summary>
    public bool ExplainStrongly { get; private set; }

    public bool Explain { get; private set; }

    public bool Forecast { get; private set; }

    public bool Compare { get; private set; }

    public bool Show { get; private set; }

    public bool Data { get; private set; }

    public bool Machine { get; private set; }

    public bool MachinePlural { get; private set; }

    public bool Which { get; private set; }

    /// <summary>Everything was asked for: 전체, all.</summary>
    public bool All { get; private set; }

    /// <summary>A superlative was said (가장, highest).</summary>
    public bool Rank { get; private set; }

    /// <summary>The lowest or fewest was asked for.</summary>
    public bool RankLow { get; private set; }

    /// <summary>"worst": most anomalies.</summary>
    public bool Worst { get; private set; }

    public bool Top { get; private set; }

    public QuestionAggregation? Aggregate { get; private set; }

    public bool Count { get; private set; }

    /// <summary>+1 when a rise was mentioned (spike, 튀었어), −1 a fall, 0 neither.</summary>
    public int Movement { get; private set; }

    /// <summary>+1 hot, −1 cold; ±2 hottest, coldest.</summary>
    public int Heat { get; private set; }

    /// <summary>The limit of a ranking, when a number of machines was said (top 3, 상위 세 대, 기계 3개).</summary>
    public int? Limit { get; private set; }

    public static QuestionCues Read(QuestionText text, List<Lexeme> lexemes, bool[] used)
    {
        var cues = new QuestionCues();
        for (int k = 0; k < lexemes.Count; k++)
        {
            var lexeme = lexemes[k];
            if (used[k])
            {
                continue;
            }

            if (lexeme.Kind == LexemeKind.Quantity && lexeme.Counter == Counter.Items && lexeme.Number is >= 1 and <= 1000)
            {
                cues.Limit ??= (int)lexeme.Number;
            }
            else if (lexeme.Kind == LexemeKind.Number && lexeme.Number is >= 1 and <= 1000 && k > 0 && (lexemes[k - 1].Is(WordClass.Top) || lexemes[k - 1].Is(WordClass.Rank)))
            {
                cues.Limit ??= (int)lexeme.Number;
            }
            else if (lexeme.Kind == LexemeKind.Number && lexeme.Number is >= 1 and <= 1000 && k + 1 < lexemes.Count
                && (lexemes[k + 1].Is(WordClass.Machine) || lexemes[k + 1].Kind == LexemeKind.Name))
            {
                // top 3 machines, the 3 presses with …
                cues.Limit ??= (int)lexeme.Number;
            }

            if (lexeme.Kind == LexemeKind.Word)
            {
                cues.Add(text, lexeme);
            }
        }

        return cues;
    }

    private void Add(QuestionText text, Lexeme lexeme)
    {
        var word = lexeme.Word;
        switch (word.Class)
        {
            case WordClass.Anomaly:
                Anomaly = true;
                break;
            case WordClass.Explain:
                Explain = true;
                ExplainStrongly |= text.Surface(lexeme.Start, lexeme.End) is not ("왜" or "why");
                break;
            case WordClass.Forecast:
                Forecast = true;
                break;
            case WordClass.Compare:
                Compare = true;
                break;
            case WordClass.Show:
                Show = true;
                break;
            case WordClass.Data:
                Data = true;
                break;
            case WordClass.Machine:
                Machine = true;
                MachinePlural |= word.Value == 1;
                break;
            case WordClass.Which:
                Which = true;
                break;
            case WordClass.All:
                All = true;
                break;
            case WordClass.Rank:
                Rank = true;
                RankLow |= word.Value < 0;
                Worst |= word.Value == 2;
                break;
            case WordClass.Top:
                Top = true;
                break;
            case WordClass.Aggregate:
                Aggregate ??= (QuestionAggregation)word.Value;
                break;
            case WordClass.Count:
                Count = true;
                break;
            case WordClass.Movement:
                Movement = Movement == 0 ? word.Value : Movement;
                break;
            case WordClass.Heat:
                Heat = Math.Abs(word.Value) > Math.Abs(Heat) ? word.Value : Heat;
                break;
        }
    }
}
