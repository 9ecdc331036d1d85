using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Seasonality;

/// <summary>
/// A bounded, multi-resolution memory of the series as bucket means, used to find seasonal periods and to seed a
/// seasonal profile. It starts at one bucket per cadence step and halves its resolution (merging neighbours)
/// each time it fills, until it spans <see cref="TargetSpanMs"/>; after that it slides.
/// </summary>
/// <remarks>
/// Memory is fixed: <c>capacity</c> floats. Empty buckets (gaps) hold NaN. O(1) amortised per point; a merge is
/// O(capacity) and happens O(log(span)) times.
/// </remarks>
internal sealed class CoarseHistory
{
    /// <summary>Long enough to hold several weeks, so that weekly patterns can be validated on more than two cycles.</summary>
    public const long TargetSpanMs = 35L * 24 * 3600 * 1000;

    private readonly float[] _buckets;
    private int _count;          // finished buckets in the ring
    private int _head;           // index of the oldest finished bucket
    private long _bucketMs;      // bucket width
    private long _originMs;      // start time of the oldest bucket
    private long _currentIndex;  // absolute index (from origin) of the open bucket
    private double _sum;
    private int _n;
    private bool _started;
    private long _finishedSinceChange;

    public CoarseHistory(int capacity)
    {
        _buckets = new float[capacity];
    }

    public int Count => _count;

    public int Capacity => _buckets.Length;

    public long BucketMs => _bucketMs;

    /// <summary>Start time of the oldest bucket.</summary>
    public long OriginMs => _originMs;

    /// <summary>Buckets finished since the resolution last changed or detection last ran.</summary>
    public long FinishedSinceMark => _finishedSinceChange;

    public bool Started => _started;

    /// <summary>Starts the history with the series' cadence as the first bucket width.</summary>
    public void Start(long firstTimestampMs, long cadenceMs)
    {
        _bucketMs = Math.Max(1, cadenceMs);
        _originMs = firstTimestampMs;
        _currentIndex = 0;
        _count = 0;
        _head = 0;
        _sum = 0;
        _n = 0;
        _started = true;
        _finishedSinceChange = 0;
    }

    public void MarkDetected() => _finishedSinceChange = 0;

    /// <summary>Adds one value; returns true when at least one bucket was finished.</summary>
    public bool Add(long timestampMs, double value)
    {
        var index = (timestampMs - _originMs) / _bucketMs;
        if (index - _currentIndex > 2L * _buckets.Length)
        {
            // A gap longer than the whole history: nothing before it helps to find a period any more.
            Start(timestampMs, _bucketMs);
            index = 0;
        }

        var finished = false;
        while (index > _currentIndex)
        {
            if (_count == _buckets.Length && (long)_count * _bucketMs < TargetSpanMs)
            {
                // Full but not yet spanning enough time: halve the resolution. The open bucket becomes the first
                // half of a wider open bucket, so its running sum carries on.
                MergePairs();
                index = (timestampMs - _originMs) / _bucketMs;
                continue;
            }

            // Close the open bucket; buckets skipped by a gap are stored as NaN. Sliding moves the origin, so the
            // point's bucket index is taken again.
            Push(_n > 0 ? (float)(_sum / _n) : float.NaN);
            _sum = 0;
            _n = 0;
            _currentIndex++;
            finished = true;
            index = (timestampMs - _originMs) / _bucketMs;
        }

        if (index == _currentIndex)
        {
            _sum += value;
            _n++;
        }

        return finished;
    }

    /// <summary>Copies the finished buckets, oldest first, into <paramref name="target"/>; returns the count.</summary>
    public int CopyTo(Span<double> target)
    {
        for (var i = 0; i < _count; i++)
        {
            target[i] = _buckets[(_head + i) % _buckets.Length];
        }

        return _count;
    }

    private void Push(float mean)
    {
        if (_count == _buckets.Length)
        {
            // Spanning enough time already: slide, dropping the oldest bucket.
            _head = (_head + 1) % _buckets.Length;
            _count--;
            _originMs += _bucketMs;
            _currentIndex--;
        }

        _buckets[(_head + _count) % _buckets.Length] = mean;
        _count++;
        _finishedSinceChange++;
    }

    private void MergePairs()
    {
        // Merging only happens before the ring has ever slid, so it is linear (head = 0) and full, with the open
        // bucket right after the last finished one.
        var pairs = _count / 2;
        for (var i = 0; i < pairs; i++)
        {
            var a = _buckets[2 * i];
            var b = _buckets[(2 * i) + 1];
            _buckets[i] = float.IsNaN(a) ? b : float.IsNaN(b) ? a : 0.5f * (a + b);
        }

        _buckets.AsSpan(pairs).Fill(float.NaN);
        _count = pairs;
        _bucketMs *= 2;
        _currentIndex /= 2;
        _finishedSinceChange = _count;
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_buckets);
        writer.Write(_count);
        writer.Write(_head);
        writer.Write(_bucketMs);
        writer.Write(_originMs);
        writer.Write(_currentIndex);
        writer.Write(_sum);
        writer.Write(_n);
        writer.Write(_started);
        writer.Write(_finishedSinceChange);
    }

    public void Load(ref StateReader reader)
    {
        reader.ReadInto<float>(_buckets);
        _count = reader.ReadInt32();
        _head = reader.ReadInt32();
        _bucketMs = reader.ReadInt64();
        _originMs = reader.ReadInt64();
        _currentIndex = reader.ReadInt64();
        _sum = reader.ReadDouble();
        _n = reader.ReadInt32();
        _started = reader.ReadBool();
        _finishedSinceChange = reader.ReadInt64();
    }
}
