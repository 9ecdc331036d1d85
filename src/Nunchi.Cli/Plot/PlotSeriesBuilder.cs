namespace Nunchi.Cli.Plot;

/// <summary>
/// Accumulates one series of any length into a bounded <see cref="PlotEnvelope"/> plus its findings.
/// </summary>
/// <remarks>
/// Points fall into time buckets of equal width counted from the first timestamp. The width starts at 1 ms;
/// when a point falls past the last bucket, adjacent pairs are merged and the width doubles, so memory stays
/// at <c>maxBuckets</c> buckets whatever the length, and the time range need not be known in advance.
/// While at least one merge has happened, the data spans more than half of the buckets, so
/// <c>maxBuckets = 2 × plot width</c> gives at least one bucket per pixel column.
/// Points earlier than the first one (out of order) are folded into the first bucket.
/// <see cref="Add"/> is O(1) amortised and allocation-free. Not thread-safe.
/// </remarks>
internal sealed class PlotSeriesBuilder
{
    /// <summary>Twice the default plot width in pixels.</summary>
    public const int DefaultMaxBuckets = 2800;

    private readonly PlotBucket[] _buckets;
    private readonly List<PlotFinding> _findings = [];
    private long _originMs;
    private long _widthMs = 1;
    private bool _started;

    public PlotSeriesBuilder(int maxBuckets = DefaultMaxBuckets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBuckets, 4);
        _buckets = new PlotBucket[maxBuckets];
    }

    /// <summary>Earliest timestamp accepted: 0001-01-01, the first instant a date can show.</summary>
    public static long MinTimestampMs { get; } = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();

    /// <summary>Latest timestamp accepted: the end of 9999-12-31.</summary>
    public static long MaxTimestampMs { get; } = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>Maximum number of buckets held; the memory bound.</summary>
    public int MaxBuckets => _buckets.Length;

    /// <summary>Current time width of one bucket in milliseconds (a power of two).</summary>
    public long BucketWidthMs => _widthMs;

    /// <summary>Findings added so far, in the order they were added.</summary>
    public IReadOnlyList<PlotFinding> Findings => _findings;

    /// <summary>Adds one row. Any of the numbers may be NaN: a missing value, or no expectation yet (warm-up).</summary>
    /// <param name="timestampMs">Unix milliseconds, within 0001-01-01 .. 9999-12-31.</param>
    /// <param name="value">The observed value.</param>
    /// <param name="expected">The expected value.</param>
    /// <param name="lower">Lower edge of the prediction interval.</param>
    /// <param name="upper">Upper edge of the prediction interval.</param>
    public void Add(long timestampMs, double value, double expected, double lower, double upper)
    {
        if (timestampMs < MinTimestampMs || timestampMs > MaxTimestampMs)
        {
            ThrowOutOfRange(timestampMs);
        }

        if (!_started)
        {
            _originMs = timestampMs;
            _started = true;
        }

        // Timestamps lie within years 1..9999, so offsets stay below 2^49 ms and cannot overflow; the width
        // never needs to pass 2^49 (offset / width < 1 < buckets), so doubling cannot overflow either.
        var offset = Math.Max(0, timestampMs - _originMs);
        var index = offset / _widthMs;
        while (index >= _buckets.Length)
        {
            MergePairs();
            index = offset / _widthMs;
        }

        _buckets[index].Add(timestampMs, value, expected, lower, upper);
    }

    /// <summary>Adds a finding to draw over the series.</summary>
    /// <param name="startMs">First point of the finding.</param>
    /// <param name="endMs">Last point (inclusive); not before <paramref name="startMs"/>.</param>
    /// <param name="peakMs">The most severe point.</param>
    /// <param name="severity">Calibrated severity in [0, 1].</param>
    /// <param name="label">Short label of the kind, e.g. "spike".</param>
    public void AddFinding(long startMs, long endMs, long peakMs, double severity, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(endMs, startMs);
        if (startMs < MinTimestampMs || endMs > MaxTimestampMs)
        {
            ThrowOutOfRange(startMs < MinTimestampMs ? startMs : endMs);
        }

        _findings.Add(new PlotFinding(startMs, endMs, Math.Clamp(peakMs, startMs, endMs), severity, label));
    }

    /// <summary>A snapshot of the envelope so far; the builder may keep accumulating afterwards.</summary>
    public PlotEnvelope Build()
    {
        var occupied = 0;
        foreach (ref readonly var bucket in _buckets.AsSpan())
        {
            occupied += bucket.IsEmpty ? 0 : 1;
        }

        var result = new PlotBucket[occupied];
        var next = 0;
        foreach (ref readonly var bucket in _buckets.AsSpan())
        {
            if (!bucket.IsEmpty)
            {
                result[next++] = bucket;
            }
        }

        return new PlotEnvelope(result, _widthMs);
    }

    /// <summary>A panel with the envelope so far and a copy of the findings.</summary>
    public PlotPanel ToPanel(string title, string? unit) => new(title, unit, Build(), [.. _findings]);

    private void MergePairs()
    {
        // Slot k takes slots 2k and 2k+1; slots are read before they are overwritten because 2k >= k.
        var n = _buckets.Length;
        var half = (n + 1) / 2;
        for (var k = 0; k < half; k++)
        {
            var merged = _buckets[2 * k];
            if (2 * k + 1 < n)
            {
                merged.Merge(in _buckets[2 * k + 1]);
            }

            _buckets[k] = merged;
        }

        Array.Clear(_buckets, half, n - half);
        _widthMs *= 2;
    }

    private static void ThrowOutOfRange(long timestampMs) =>
        throw new ArgumentOutOfRangeException(nameof(timestampMs), timestampMs, "Timestamp is outside 0001-01-01 .. 9999-12-31.");
}
