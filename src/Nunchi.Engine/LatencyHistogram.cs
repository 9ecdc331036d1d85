namespace Nunchi.Engine;

/// <summary>A lock-free histogram of durations with fixed bucket bounds, in the shape Prometheus exposes.</summary>
public sealed class LatencyHistogram
{
    /// <summary>Upper bounds of the buckets, in seconds (the last, +Inf, is implicit).</summary>
    public static IReadOnlyList<double> BoundsSeconds { get; } =
        [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10];

    private readonly long[] _counts = new long[BoundsSeconds.Count + 1];
    private long _sumMicroseconds;

    /// <summary>Adds one observation.</summary>
    public void Record(TimeSpan duration)
    {
        double seconds = duration.TotalSeconds;
        int bucket = 0;
        while (bucket < BoundsSeconds.Count && seconds > BoundsSeconds[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref _counts[bucket]);
        Interlocked.Add(ref _sumMicroseconds, (long)(duration.Ticks / 10));
    }

    /// <summary>Observations per bucket (not cumulative); the last is above every bound.</summary>
    public long[] Counts()
    {
        var copy = new long[_counts.Length];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = Volatile.Read(ref _counts[i]);
        }

        return copy;
    }

    /// <summary>Sum of every observation, in seconds.</summary>
    public double SumSeconds => Volatile.Read(ref _sumMicroseconds) / 1e6;

    /// <summary>
    /// The upper bound of the bucket holding the <paramref name="quantile"/> (e.g. 0.99), in seconds: an upper
    /// estimate; +Inf when it lies above every bound, NaN when empty.
    /// </summary>
    public double QuantileUpperBound(double quantile)
    {
        var counts = Counts();
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        if (total == 0)
        {
            return double.NaN;
        }

        long rank = (long)Math.Ceiling(quantile * total);
        long seen = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return i < BoundsSeconds.Count ? BoundsSeconds[i] : double.PositiveInfinity;
            }
        }

        return double.PositiveInfinity;
    }
}
