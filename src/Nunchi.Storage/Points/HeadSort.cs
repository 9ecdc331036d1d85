namespace Nunchi.Storage.Points;

/// <summary>Puts points in arrival order into time order, keeping the last arrival of each timestamp.</summary>
internal static class HeadSort
{
    /// <summary>Sorts in place (stable, so arrival order breaks ties) and drops all but the last of equal timestamps.</summary>
    /// <returns>The number of points left.</returns>
    /// <remarks>
    /// Insertion sort: heads are small (the seal limit) and usually sorted or nearly so, where it is O(n).
    /// </remarks>
    public static int SortAndDedupe(Span<long> timestamps, Span<double> values)
    {
        var n = timestamps.Length;
        for (var i = 1; i < n; i++)
        {
            var t = timestamps[i];
            if (t >= timestamps[i - 1])
            {
                continue;
            }

            var v = values[i];
            var j = i - 1;
            while (j >= 0 && timestamps[j] > t)
            {
                timestamps[j + 1] = timestamps[j];
                values[j + 1] = values[j];
                j--;
            }

            timestamps[j + 1] = t;
            values[j + 1] = v;
        }

        if (n < 2)
        {
            return n;
        }

        var kept = 0;
        for (var i = 0; i < n; i++)
        {
            if (i + 1 < n && timestamps[i + 1] == timestamps[i])
            {
                continue;
            }

            timestamps[kept] = timestamps[i];
            values[kept] = values[i];
            kept++;
        }

        return kept;
    }
}
