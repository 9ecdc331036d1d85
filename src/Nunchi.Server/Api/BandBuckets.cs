using Nunchi.Core.Analysis;

namespace Nunchi.Server.Api;

/// <summary>
/// Folds per-point expectations into the buckets <c>/points</c> uses for the same range (start at <c>from</c>, width
/// ⌈(to − from) / maxPoints⌉), so the band lines up with the values: expected is the bucket's mean, lower its
/// minimum, upper its maximum. One bucket per point when the range holds no more points than buckets, as there.
/// </summary>
internal sealed class BandBuckets
{
    private readonly long _fromMs;
    private readonly long _toMs;
    private readonly long _width;
    private readonly int _maxBuckets;
    private readonly List<BandBucketDto> _buckets = [];
    private readonly List<BandBucketDto> _single = [];
    private long _total;
    private long _index = -1;
    private int _count;
    private double _sum;
    private double _lower;
    private double _upper;

    public BandBuckets(long fromMs, long toMs, int maxBuckets)
    {
        _fromMs = fromMs;
        _toMs = toMs;
        _maxBuckets = maxBuckets;
        long span = toMs - fromMs;
        _width = (span / maxBuckets) + (span % maxBuckets == 0 ? 0 : 1);
    }

    /// <summary>
    /// Adds the analyzer's verdict on the stored point at <paramref name="timestampMs"/> (time order). Every stored
    /// point counts towards the choice between one bucket per point and equal buckets, as in <c>/points</c>; a point
    /// without an expectation (still warming up, or a value the analyzer skipped) adds nothing else.
    /// </summary>
    public void Add(long timestampMs, PointResult result)
    {
        _total++;
        if (!double.IsFinite(result.Expected) || !double.IsFinite(result.Lower) || !double.IsFinite(result.Upper))
        {
            return;
        }

        if (_single.Count < _maxBuckets)
        {
            _single.Add(new BandBucketDto(timestampMs, timestampMs + 1, 1, result.Expected, result.Lower, result.Upper));
        }

        long index = (timestampMs - _fromMs) / _width;
        if (_count > 0 && index != _index)
        {
            Close();
        }

        if (_count == 0)
        {
            _index = index;
            _sum = 0;
            _lower = double.PositiveInfinity;
            _upper = double.NegativeInfinity;
        }

        _sum += result.Expected;
        _lower = Math.Min(_lower, result.Lower);
        _upper = Math.Max(_upper, result.Upper);
        _count++;
    }

    /// <summary>The buckets, once every point in the range was added.</summary>
    public List<BandBucketDto> Finish()
    {
        if (_total <= _maxBuckets)
        {
            return _single;
        }

        if (_count > 0)
        {
            Close();
        }

        return _buckets;
    }

    private void Close()
    {
        long start = _fromMs + (_index * _width);
        long end = _toMs - start <= _width ? _toMs : start + _width;
        _buckets.Add(new BandBucketDto(start, end, _count, _sum / _count, _lower, _upper));
        _count = 0;
    }
}
