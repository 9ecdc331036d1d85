namespace Nunchi.Core.Questions.Answers;

/// <summary>What one series did over a question's period, read from the store.</summary>
/// <param name="Series">The series.</param>
/// <param name="Count">Points in the period (0: no data; the other values are then NaN).</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="Min">Smallest value, at <paramref name="MinAtMs"/>.</param>
/// <param name="MinAtMs">When the smallest value was (the first time).</param>
/// <param name="Max">Largest value, at <paramref name="MaxAtMs"/>.</param>
/// <param name="MaxAtMs">When the largest value was (the first time).</param>
/// <param name="First">The first value, at <paramref name="FirstAtMs"/>.</param>
/// <param name="FirstAtMs">When the first value was.</param>
/// <param name="Last">The last value, at <paramref name="LastAtMs"/>.</param>
/// <param name="LastAtMs">When the last value was.</param>
/// <param name="Decimals">Decimals that show the series' values as stored (its resolution), at most 4.</param>
public sealed record SeriesSummary(
    CatalogSeries Series,
    long Count,
    double Mean,
    double Min,
    long MinAtMs,
    double Max,
    long MaxAtMs,
    double First,
    long FirstAtMs,
    double Last,
    long LastAtMs,
    int Decimals)
{
    /// <summary>When the series has data at all, the span it covers (for saying where the data is when a period has none).</summary>
    public (long FromMs, long ToMs)? Stored { get; init; }

    /// <summary>The value of <paramref name="aggregation"/>, with the time it was reached for min and max.</summary>
    public (double Value, long? AtMs) Of(QuestionAggregation aggregation) => aggregation switch
    {
        QuestionAggregation.Min => (Min, MinAtMs),
        QuestionAggregation.Max => (Max, MaxAtMs),
        QuestionAggregation.Count => (Count, null),
        _ => (Mean, null),
    };

    /// <summary>Decimals that show <paramref name="aggregation"/>: the values' own, one more for a mean of whole numbers, none for a count.</summary>
    public int DecimalsOf(QuestionAggregation aggregation) => aggregation switch
    {
        QuestionAggregation.Count => 0,
        QuestionAggregation.Mean when Decimals == 0 => 1,
        _ => Decimals,
    };

    /// <summary>The decimals needed to write each of <paramref name="values"/> exactly, at most 4.</summary>
    public static int DecimalsFor(params ReadOnlySpan<double> values)
    {
        int decimals = 0;
        foreach (double value in values)
        {
            if (!double.IsFinite(value))
            {
                continue;
            }

            // Stored values come from decimal text, so a few digits round-trip; noise beyond 4 is not worth showing.
            while (decimals < 4 && Math.Abs(Math.Round(value, decimals) - value) > 1e-9 * Math.Max(1, Math.Abs(value)))
            {
                decimals++;
            }
        }

        return decimals;
    }
}
