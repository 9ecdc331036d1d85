namespace Nunchi.Core.Questions;

/// <summary>The English words questions are built from: time words, question words, number words and fillers.</summary>
/// <remarks>Common inflections are listed (spike, spiked, spikes, spiking) rather than stemmed, so nothing is guessed.</remarks>
internal static class EnglishWords
{
    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static void AddTo(Lexicon<Word> words)
    {
        Add(words, WordClass.Day, 0, "today");
        Add(words, WordClass.Day, -1, "yesterday");
        Add(words, WordClass.Day, -2, "day before yesterday", "the day before yesterday");
        Add(words, WordClass.Day, 1, "tomorrow");
        Add(words, WordClass.Day, 2, "day after tomorrow", "the day after tomorrow");
        Add(words, WordClass.Night, -1, "last night", "overnight", "yesterday night", "yesterday evening night");
        Add(words, WordClass.Night, 0, "tonight");
        Add(words, WordClass.DayPart, (int)PartOfDay.Dawn, "dawn", "early morning", "small hours");
        Add(words, WordClass.DayPart, (int)PartOfDay.Morning, "morning", "am", "a.m.");
        Add(words, WordClass.DayPart, (int)PartOfDay.Afternoon, "afternoon", "pm", "p.m.");
        Add(words, WordClass.DayPart, (int)PartOfDay.Evening, "evening");
        Add(words, WordClass.DayPart, (int)PartOfDay.Night, "night", "nighttime", "night shift");
        Add(words, WordClass.Period, (int)CalendarPeriod.ThisWeek, "this week", "the week so far");
        Add(words, WordClass.Period, (int)CalendarPeriod.LastWeek, "last week", "previous week", "the week before");
        Add(words, WordClass.Period, (int)CalendarPeriod.NextWeek, "next week", "coming week");
        Add(words, WordClass.Period, (int)CalendarPeriod.ThisMonth, "this month", "month to date", "the month so far");
        Add(words, WordClass.Period, (int)CalendarPeriod.LastMonth, "last month", "previous month");
        Add(words, WordClass.Period, (int)CalendarPeriod.NextMonth, "next month");
        Add(words, WordClass.Period, (int)CalendarPeriod.ThisYear, "this year", "year to date");
        Add(words, WordClass.Period, (int)CalendarPeriod.LastYear, "last year", "previous year");
        Add(words, WordClass.Past, 0, "last", "past", "previous", "recent", "recently", "preceding", "latest");
        Add(words, WordClass.Future, 0, "next", "coming", "upcoming", "following", "ahead");
        Add(words, WordClass.Ago, 0, "ago", "back", "before now", "earlier");
        Add(words, WordClass.Later, 0, "later", "from now", "hence");
        Add(words, WordClass.From, 0, "from", "since", "between", "starting", "after");
        Add(words, WordClass.Until, 0, "until", "till", "til", "through", "thru", "up to", "before");
        Add(words, WordClass.Clock, 12 * 60, "noon", "midday", "lunchtime");
        Add(words, WordClass.Clock, 0, "midnight");
        Add(words, WordClass.At, 0, "at");
        Add(words, WordClass.During, 0, "during");
        Add(words, WordClass.Approximately, 0, "around", "about", "approximately", "roughly", "circa", "ish");
        Add(words, WordClass.Duration, Word.Span(30, Counter.Minute), "half an hour", "half hour");
        Add(words, WordClass.Duration, Word.Span(2, Counter.Week), "fortnight");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Minute), "minute");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Hour), "hour");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Day), "day");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Week), "week");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Month), "month");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Year), "year");
        for (int month = 1; month <= 12; month++)
        {
            words.TryAdd(Months[month - 1], new Word(WordClass.Month, month));
            words.TryAdd(Months[month - 1][..3], new Word(WordClass.Month, month));
        }

        words.TryAdd("sept", new Word(WordClass.Month, 9));
        AddWeekdays(words);
        AddNumbers(words);

        Add(words, WordClass.Anomaly, 0,
            "anomaly", "anomalies", "anomalous", "unusual", "abnormal", "abnormality", "abnormalities", "irregular", "irregularity",
            "issue", "issues", "problem", "problems", "alert", "alerts", "alarm", "alarms", "incident", "incidents", "outlier", "outliers",
            "strange", "weird", "odd", "wrong", "fault", "faults", "failure", "failures", "finding", "findings", "glitch", "glitches",
            "trouble", "out of the ordinary", "than expected", "than usual", "than normal", "detected", "flagged", "deviation", "deviations", "events", "anything off");
        Add(words, WordClass.Explain, 0,
            "why", "cause", "caused", "causes", "causing", "reason", "reasons", "explain", "explanation", "what happened", "what went wrong",
            "how come", "whats wrong", "what is wrong", "what was wrong", "what's going on", "whats going on", "what is going on", "what was going on",
            "root cause", "happened", "happening", "due to");
        Add(words, WordClass.Forecast, 0,
            "forecast", "forecasts", "forecasting", "predict", "predicted", "prediction", "predictions", "projection", "projected", "project",
            "outlook", "expect", "expected", "expecting", "will be", "going to be", "will", "estimate");
        Add(words, WordClass.Compare, 0, "compare", "compared", "comparing", "comparison", "versus", "vs", "side by side", "difference", "differ", "against");
        Add(words, WordClass.Show, 0,
            "show", "shows", "showing", "display", "plot", "graph", "chart", "draw", "list", "give", "tell", "see", "view", "get", "fetch",
            "pull up", "bring up", "look at", "what is", "what was", "whats", "what were", "what are", "how is", "how was", "how were");
        Add(words, WordClass.Data, 0, "data", "readings", "reading", "values", "value", "series", "sensor", "sensors", "measurements",
            "measurement", "metrics", "metric", "trend", "trends", "level", "levels", "numbers", "status", "history");
        Add(words, WordClass.Machine, 0, "machine", "equipment", "device", "asset", "unit");
        Add(words, WordClass.Machine, 1, "machines", "devices", "assets", "units");
        Add(words, WordClass.Which, 0, "which", "what machine", "which one", "who");
        Add(words, WordClass.Rank, 1, "highest", "most", "largest", "biggest", "greatest", "maximal", "peak", "top one");
        Add(words, WordClass.Rank, 2, "worst", "most problems", "most issues", "most trouble", "most anomalies");
        Add(words, WordClass.Rank, -1, "lowest", "least", "fewest", "smallest", "minimal");
        Add(words, WordClass.Top, 0, "top", "rank", "ranking", "ranked", "leaderboard");
        Add(words, WordClass.Aggregate, (int)QuestionAggregation.Mean, "mean", "average", "avg", "averaged", "typical");
        Add(words, WordClass.Aggregate, (int)QuestionAggregation.Max, "max", "maximum", "peaked");
        Add(words, WordClass.Aggregate, (int)QuestionAggregation.Min, "min", "minimum");
        Add(words, WordClass.Count, 0, "how many", "how often", "number of", "count", "how many times", "total number");
        Add(words, WordClass.Movement, 1, "spike", "spikes", "spiked", "spiking", "jump", "jumped", "jumps", "surge", "surged", "rise", "rising",
            "rose", "risen", "increase", "increased", "increasing", "climb", "climbed", "climbing", "soar", "soared", "up", "higher", "high");
        Add(words, WordClass.Movement, -1, "drop", "drops", "dropped", "dropping", "fall", "falling", "fell", "dip", "dips", "dipped",
            "decrease", "decreased", "decreasing", "decline", "declined", "plunge", "plunged", "down", "lower", "low", "sag", "sagged");
        Add(words, WordClass.All, 0, "all", "every", "everything", "each", "whole plant", "entire plant", "overall");
        Add(words, WordClass.Line, 0, "line", "lines", "production line");
        Add(words, WordClass.Heat, 2, "hottest", "warmest");
        Add(words, WordClass.Heat, 1, "hot", "hotter", "overheating", "overheated");
        Add(words, WordClass.Heat, -2, "coldest", "coolest");
        Add(words, WordClass.Heat, -1, "cold", "colder");

        Add(words, WordClass.Stop, 0,
            "the", "a", "an", "of", "for", "in", "on", "to", "by", "with", "me", "my", "us", "our", "please", "pls", "can", "could", "would",
            "you", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "did", "do", "does", "there", "any", "anything",
            "what", "how", "it", "its", "this", "that", "these", "those", "and", "or", "than", "then", "now", "over", "within",
            "i", "we", "want", "know", "need", "look", "like", "so", "far", "much", "many", "per", "into", "out", "plant", "factory",
            "happen", "occur", "occurred", "there any", "something", "somewhere", "some", "when", "where", "whether", "if", "as", "just",
            "also", "again", "still", "ever", "currently", "right", "hey", "hi", "okay", "ok", "thanks", "thank", "should", "shall",
            "may be", "might", "let", "lets", "let's", "same", "other", "others", "time", "period", "range", "window", "go", "went",
            "going", "happens", "seen", "saw", "had any", "experienced", "experience", "interval",
            "s", "t", "d", "re", "ll", "ve", "doing", "do you", "reported", "report", "recorded", "record", "made", "produced", "run", "running",
            "been any", "did it", "does it");
    }

    private static void AddWeekdays(Lexicon<Word> words)
    {
        string[] names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        string[][] shortNames = [["sun"], ["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"]];
        for (int day = 0; day < names.Length; day++)
        {
            words.TryAdd(names[day], new Word(WordClass.Weekday, day));
            foreach (string name in shortNames[day])
            {
                words.TryAdd(name, new Word(WordClass.Weekday, day));
            }
        }
    }

    // one … nineteen, twenty … ninety, and every "twenty four" / "twenty-four" in between.
    private static void AddNumbers(Lexicon<Word> words)
    {
        for (int n = 1; n < Units.Length; n++)
        {
            words.TryAdd(Units[n], new Word(WordClass.Number, n));
        }

        for (int t = 2; t < Tens.Length; t++)
        {
            words.TryAdd(Tens[t], new Word(WordClass.Number, t * 10));
            for (int u = 1; u <= 9; u++)
            {
                words.TryAdd(Tens[t] + " " + Units[u], new Word(WordClass.Number, (t * 10) + u));
            }
        }

        words.TryAdd("hundred", new Word(WordClass.Number, 100));
        words.TryAdd("a dozen", new Word(WordClass.Number, 12));
        words.TryAdd("dozen", new Word(WordClass.Number, 12));
        words.TryAdd("a couple of", new Word(WordClass.Number, 2));
        words.TryAdd("couple of", new Word(WordClass.Number, 2));
        words.TryAdd("a couple", new Word(WordClass.Number, 2));
        words.TryAdd("a few", new Word(WordClass.Number, 3));
        words.TryAdd("few", new Word(WordClass.Number, 3));
    }

    private static void Add(Lexicon<Word> words, WordClass wordClass, int value, params string[] texts)
    {
        foreach (string text in texts)
        {
            words.TryAdd(text, new Word(wordClass, value));
        }
    }
}
