namespace Nunchi.Storage.Points;

/// <summary>Folds points into equal time buckets as they stream past (min, max, mean, first, last, count).</summary>
/// <remarks>
/// Keeps the first <c>maxBuckets</c> points as well: when the range holds no more points than that, the answer is one
/// bucket per point instead. Memory is O(maxBuckets) whatever the number of points.
/// </remarks>
internal struct BucketingSink : IPointSink
{
    private readonly long _fromMs;
    private readonly long _toMs;
    private readonly ulong _width;
    private readonly int _maxBuckets;
    private readonly List<PointBucket> _buckets;
    private readonly long[] _firstTs;
    private readonly double[] _firstValues;
    private long _total;
    private ulong _index;
    private int _count;
    private double _min;
    private double _max;
    private double _sum;
    private double _first;
    private double _last;

    public BucketingSink(long fromMs, long toMs, int maxBuckets)
    {
        _fromMs = fromMs;
        _toMs = toMs;
        _maxBuckets = maxBuckets;
        var span = (ulong)(toMs - fromMs);
        _width = (span / (ulong)maxBuckets) + (span % (ulong)maxBuckets == 0 ? 0UL : 1UL);
        _buckets = [];
        _firstTs = new long[Math.Min(maxBuckets, 4096)];
        _firstValues = new double[_firstTs.Length];
    }

    public void Accept(ReadOnlySpan<long> timestampsMs, ReadOnlySpan<double> values)
    {
        for (var i = 0; i < timestampsMs.Length; i++)
        {
            var t = timestampsMs[i];
            var v = values[i];
            if (_total < _firstTs.Length)
            {
                _firstTs[_total] = t;
                _firstValues[_total] = v;
            }

            _total++;
            var index = (ulong)(t - _fromMs) / _width;
            if (_count > 0 && index != _index)
            {
                Close();
            }

            if (_count == 0)
            {
                _index = index;
                _min = v;
                _max = v;
                _sum = 0;
                _first = v;
            }

            _min = Math.Min(_min, v);
            _max = Math.Max(_max, v);
            _sum += v;
            _last = v;
            _count++;
        }
    }

    /// <summary>The buckets, once every point has been accepted.</summary>
    public List<PointBucket> Finish()
    {
        if (_total <= _maxBuckets && _total <= _firstTs.Length)
        {
            _buckets.Clear();
            for (var i = 0; i < _total; i++)
            {
                var v = _firstValues[i];
                _buckets.Add(new PointBucket(_firstTs[i], _firstTs[i] + 1, 1, v, v, v, v, v));
            }

            return _buckets;
        }

        if (_count > 0)
        {
            Close();
        }

        return _buckets;
    }

    private void Close()
    {
        var start = (long)((ulong)_fromMs + (_index * _width));
        var end = (ulong)(_toMs - start) <= _width ? _toMs : (long)((ulong)start + _width);
        _buckets.Add(new PointBucket(start, end, _count, _min, _max, _sum / _count, _first, _last));
        _count = 0;
    }
}
