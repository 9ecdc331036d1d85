namespace Nunchi.Core.Numerics;

/// <summary>
/// Medians and other order statistics by selection (introselect) rather than a full sort: the same values a sort
/// would give, in expected linear time.
/// </summary>
/// <remarks>
/// The k-th smallest element of a multiset is one value whatever algorithm finds it, so replacing
/// <c>values.Sort(); values[k]</c> by <see cref="Select"/> changes no result (up to the sign of a zero among equal
/// zeros). A three-way split around a median-of-three pivot (branch-free Lomuto passes), with a depth limit after which the remaining range is
/// sorted, so the worst case stays O(n log n). Inputs must not contain NaN. Pure, thread-safe, allocation-free.
/// </remarks>
internal static class OrderStatistics
{
    private const int SmallRange = 16;

    /// <summary>
    /// The median of <paramref name="values"/> (the mean of the two middle values for an even count), which are
    /// reordered in place. Equal to sorting and taking the middle.
    /// </summary>
    public static double Median(Span<double> values)
    {
        var middle = values.Length / 2;
        var upper = Select(values, middle);
        if ((values.Length & 1) == 1)
        {
            return upper;
        }

        // After selection everything before the middle is ≤ it: the lower middle value is the largest of those.
        var lower = values[0];
        for (var i = 1; i < middle; i++)
        {
            if (values[i] > lower)
            {
                lower = values[i];
            }
        }

        return 0.5 * (lower + upper);
    }

    /// <summary>
    /// The <paramref name="k"/>-th smallest of <paramref name="values"/> (0-based). Reorders them so that it sits at
    /// index <paramref name="k"/> with nothing larger before it and nothing smaller after it.
    /// </summary>
    public static double Select(Span<double> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        int lo = 0, hi = values.Length - 1;
        var depth = 2 * (32 - int.LeadingZeroCount(values.Length));
        while (hi - lo >= SmallRange)
        {
            if (depth-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return values[k];
            }

            // 1. Median of three as pivot.
            var mid = lo + ((hi - lo) / 2);
            Order(values, lo, mid);
            Order(values, mid, hi);
            Order(values, lo, mid);
            var pivot = values[mid];

            // 2. Three-way split in at most two branch-free passes (the comparisons are unpredictable, so a
            //    conditional increment beats branching on them): [lo, less) < pivot, [less, equal) = pivot, the rest >.
            var less = Partition(values, lo, hi, pivot, orEqual: false);
            if (k < less)
            {
                hi = less - 1;
                continue;
            }

            var equal = Partition(values, less, hi, pivot, orEqual: true);
            if (k < equal)
            {
                return values[k];
            }

            lo = equal;
        }

        InsertionSort(values[lo..(hi + 1)]);
        return values[k];
    }

    /// <summary>
    /// Moves the values of [lo, hi] below <paramref name="pivot"/> (or not above it) to the front, keeping the rest
    /// behind them; returns the end of the front part (Lomuto's scheme without branches on the comparison).
    /// </summary>
    private static int Partition(Span<double> values, int lo, int hi, double pivot, bool orEqual)
    {
        var range = values[lo..(hi + 1)];
        var store = 0;
        for (var i = 0; i < range.Length; i++)
        {
            var value = range[i];
            var front = orEqual ? value <= pivot : value < pivot;
            range[i] = range[store];
            range[store] = value;
            store += front ? 1 : 0;
        }

        return lo + store;
    }

    private static void Order(Span<double> values, int a, int b)
    {
        if (values[b] < values[a])
        {
            (values[a], values[b]) = (values[b], values[a]);
        }
    }

    private static void InsertionSort(Span<double> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var value = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > value)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = value;
        }
    }
}
