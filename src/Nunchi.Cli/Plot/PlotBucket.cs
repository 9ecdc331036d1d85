namespace Nunchi.Cli.Plot;

/// <summary>
/// The summary of a run of consecutive points that a plot keeps instead of the points themselves.
/// </summary>
/// <remarks>
/// A mutable struct on purpose: buckets live in one preallocated array and are updated in place per point.
/// Non-finite inputs count as missing: a bucket may hold points (<see cref="Count"/>) but no value.
/// Min/max are exact whatever the merging, so a one-point spike survives any amount of downsampling.
/// </remarks>
internal struct PlotBucket
{
    /// <summary>Earliest timestamp in the bucket, Unix milliseconds.</summary>
    public long StartMs;

    /// <summary>Latest timestamp in the bucket, Unix milliseconds.</summary>
    public long EndMs;

    /// <summary>Points added, including those with a missing value.</summary>
    public long Count;

    /// <summary>Points with a finite value.</summary>
    public long ValueCount;

    public double ValueMin;
    public double ValueMax;

    /// <summary>Value of the first point added (in arrival order).</summary>
    public double ValueFirst;

    /// <summary>Value of the last point added (in arrival order).</summary>
    public double ValueLast;

    public double ValueSum;
    public long ExpectedCount;
    public double ExpectedSum;

    /// <summary>Lowest lower bound of the prediction interval; NaN when none was given.</summary>
    public double LowerMin;

    /// <summary>Highest upper bound of the prediction interval; NaN when none was given.</summary>
    public double UpperMax;

    public readonly bool IsEmpty => Count == 0;

    public readonly bool HasValue => ValueCount > 0;

    public readonly bool HasExpected => ExpectedCount > 0;

    public readonly bool HasBand => Count > 0 && !double.IsNaN(LowerMin) && !double.IsNaN(UpperMax);

    public readonly double ValueMean => ValueCount > 0 ? ValueSum / ValueCount : double.NaN;

    public readonly double ExpectedMean => ExpectedCount > 0 ? ExpectedSum / ExpectedCount : double.NaN;

    public void Add(long timestampMs, double value, double expected, double lower, double upper)
    {
        if (Count == 0)
        {
            Reset(timestampMs);
        }
        else
        {
            StartMs = Math.Min(StartMs, timestampMs);
            EndMs = Math.Max(EndMs, timestampMs);
        }

        Count++;
        if (double.IsFinite(value))
        {
            if (ValueCount == 0)
            {
                ValueMin = ValueMax = ValueFirst = value;
            }
            else
            {
                ValueMin = Math.Min(ValueMin, value);
                ValueMax = Math.Max(ValueMax, value);
            }

            ValueLast = value;
            ValueSum += value;
            ValueCount++;
        }

        if (double.IsFinite(expected))
        {
            ExpectedSum += expected;
            ExpectedCount++;
        }

        if (double.IsFinite(lower) && !(lower >= LowerMin))
        {
            LowerMin = lower;
        }

        if (double.IsFinite(upper) && !(upper <= UpperMax))
        {
            UpperMax = upper;
        }
    }

    /// <summary>Folds in a bucket whose points arrived after this one's.</summary>
    public void Merge(in PlotBucket later)
    {
        if (later.Count == 0)
        {
            return;
        }

        if (Count == 0)
        {
            this = later;
            return;
        }

        StartMs = Math.Min(StartMs, later.StartMs);
        EndMs = Math.Max(EndMs, later.EndMs);
        Count += later.Count;
        if (later.ValueCount > 0)
        {
            if (ValueCount == 0)
            {
                ValueMin = later.ValueMin;
                ValueMax = later.ValueMax;
                ValueFirst = later.ValueFirst;
            }
            else
            {
                ValueMin = Math.Min(ValueMin, later.ValueMin);
                ValueMax = Math.Max(ValueMax, later.ValueMax);
            }

            ValueLast = later.ValueLast;
            ValueSum += later.ValueSum;
            ValueCount += later.ValueCount;
        }

        ExpectedSum += later.ExpectedSum;
        ExpectedCount += later.ExpectedCount;
        if (!(later.LowerMin >= LowerMin))
        {
            LowerMin = double.IsNaN(later.LowerMin) ? LowerMin : later.LowerMin;
        }

        if (!(later.UpperMax <= UpperMax))
        {
            UpperMax = double.IsNaN(later.UpperMax) ? UpperMax : later.UpperMax;
        }
    }

    private void Reset(long timestampMs)
    {
        this = default;
        StartMs = EndMs = timestampMs;
        ValueMin = ValueMax = ValueFirst = ValueLast = double.NaN;
        LowerMin = UpperMax = double.NaN;
    }
}
