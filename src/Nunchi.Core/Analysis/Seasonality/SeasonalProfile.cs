using System.Runtime.InteropServices;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Seasonality;

/// <summary>
/// The seasonal component of the baseline: a mean offset and a noise scale for each phase bin of the period,
/// read with linear interpolation between bin centres and learned by exponential smoothing across cycles.
/// </summary>
/// <remarks>
/// <para>This is the seasonal half of additive Holt-Winters with binned phases, so that a daily profile of a
/// 10-second series costs a few hundred floats instead of 8 640. The per-bin scale lets the noise differ by time
/// of day (a machine is noisier in production than idle, and a shift change is noisier than either), which is
/// what keeps shift starts and stops from looking anomalous. Phase is measured from the Unix epoch, so a daily
/// profile's bins line up with UTC midnight.</para>
/// <para>A bin's first samples are a running mean with the seeded value as a prior worth one visit, then the
/// weight of each new cycle settles at <see cref="CycleRate"/>.</para>
/// </remarks>
internal sealed class SeasonalProfile
{
    private const double CycleRate = 0.2;       // weight of the newest cycle in a bin's mean
    private const double ScaleCycleRate = 0.15; // weight of the newest cycle in a bin's noise scale
    private const int PriorSamples = 16;        // weight of the global scale in a young bin's scale
    private const double OneOffWeight = 0.25;   // weight of an anomalous point in a bin's mean, unless it recurs

    // Sized to the bins in use (none while there is no season): most series have no season or a short one, and
    // thousands of them share one process.
    private readonly int _maxBins;
    private float[] _mean = [];
    private float[] _scale = [];
    private byte[] _samples = [];   // samples seen by each bin, saturating
    private byte[] _anomalousTags = []; // per bin, 2 bits: 1 + (cycle mod 3) of its last anomalous point, 0 = none

    private long _periodMs;
    private int _bins;
    private double _binsPerMs;
    private double _samplesPerVisit;
    private double _meanRate;
    private double _scaleRate;

    public SeasonalProfile(int maxBins)
    {
        _maxBins = maxBins;
    }

    public bool Active => _periodMs > 0;

    public long PeriodMs => _periodMs;

    public int Bins => _bins;

    /// <summary>True once the bin at this phase has been visited for a whole cycle's worth of samples since the period was set.</summary>
    public bool Visited(PhasePosition at) => _samples[at.Nearest] >= Math.Min(byte.MaxValue, _samplesPerVisit);

    /// <summary>How many samples each bin sees per cycle.</summary>
    public double SamplesPerVisit => _samplesPerVisit;

    public ReadOnlySpan<float> Means => _mean.AsSpan(0, _bins);

    /// <summary>Sets a new period; <paramref name="cadenceMs"/> decides how many samples each bin sees per cycle.</summary>
    public void Reset(long periodMs, long cadenceMs)
    {
        _periodMs = periodMs;
        _bins = (int)Math.Clamp(periodMs / Math.Max(1, cadenceMs), 4, _maxBins);
        _binsPerMs = (double)_bins / periodMs;
        _samplesPerVisit = Math.Max(1.0, (double)periodMs / _bins / Math.Max(1, cadenceMs));
        _meanRate = CycleRate / _samplesPerVisit;
        _scaleRate = ScaleCycleRate / _samplesPerVisit;
        Allocate(_bins);
    }

    /// <summary>
    /// Forgets the noise scales (keeping the means): they were learned while part of the pattern was not modelled
    /// (the Sundays of a weekly pattern read against a daily profile) and are too wide now that it is.
    /// </summary>
    public void ForgetScales()
    {
        Array.Clear(_scale);
        Array.Clear(_samples);
    }

    /// <summary>Turns the profile off (no seasonality) and lets its bins go.</summary>
    public void Clear()
    {
        _periodMs = 0;
        _bins = 0;
        Allocate(0);
    }

    /// <summary>Zeroed arrays for <paramref name="bins"/> bins (a period is set rarely: new arrays only when the count changes).</summary>
    private void Allocate(int bins)
    {
        if (_mean.Length != bins)
        {
            _mean = bins == 0 ? [] : new float[bins];
            _scale = bins == 0 ? [] : new float[bins];
            _samples = bins == 0 ? [] : new byte[bins];
            _anomalousTags = bins == 0 ? [] : new byte[(bins + 3) / 4];
            return;
        }

        Array.Clear(_mean);
        Array.Clear(_scale);
        Array.Clear(_samples);
        Array.Clear(_anomalousTags);
    }

    public void SetMean(int bin, double mean) => _mean[bin] = (float)mean;

    /// <summary>Locates a timestamp in the profile.</summary>
    public PhasePosition Locate(long timestampMs)
    {
        var phase = timestampMs % _periodMs;
        if (phase < 0)
        {
            phase += _periodMs;
        }

        // Bin centres sit at (b + 0.5) / bins of the period; interpolate between the two around the timestamp.
        var x = (phase * _binsPerMs) - 0.5;
        var floor = Math.Floor(x);
        var bin0 = (int)floor;
        var fraction = x - floor;
        if (bin0 < 0)
        {
            bin0 += _bins;
        }
        else if (bin0 >= _bins)
        {
            bin0 -= _bins;
        }

        var bin1 = bin0 + 1 == _bins ? 0 : bin0 + 1;
        return new PhasePosition(bin0, bin1, fraction);
    }

    /// <summary>The time within the period at the centre of <paramref name="bin"/>.</summary>
    public long BinCentreMs(int bin) => (long)((bin + 0.5) / _binsPerMs);

    /// <summary>
    /// The lowest and highest offsets around this phase: the two bins it lies between and, with
    /// <paramref name="widen"/>, one more bin either side. A value anywhere in that range is as expected as the
    /// interpolated offset itself: a machine that starts its shift a few minutes early or late follows the profile,
    /// only shifted in time, and must not look anomalous on the ramp.
    /// </summary>
    public (double Low, double High) Tolerance(PhasePosition at, bool widen)
    {
        double low = Math.Min(_mean[at.Bin0], _mean[at.Bin1]), high = Math.Max(_mean[at.Bin0], _mean[at.Bin1]);
        if (widen)
        {
            var before = _mean[at.Bin0 == 0 ? _bins - 1 : at.Bin0 - 1];
            var after = _mean[at.Bin1 + 1 == _bins ? 0 : at.Bin1 + 1];
            low = Math.Min(low, Math.Min(before, after));
            high = Math.Max(high, Math.Max(before, after));
        }

        return (low, high);
    }

    public double Offset(PhasePosition at) => (_mean[at.Bin0] * (1 - at.Fraction)) + (_mean[at.Bin1] * at.Fraction);

    /// <summary>
    /// Mean absolute residual at this phase, shrunk towards <paramref name="global"/> while the bin has seen few
    /// samples (a Bayesian blend with the weight of <see cref="PriorSamples"/> samples), so that a bin's scale is
    /// never trusted on the strength of two or three points.
    /// </summary>
    public double Scale(PhasePosition at, double global)
    {
        var local = (_scale[at.Bin0] * (1 - at.Fraction)) + (_scale[at.Bin1] * at.Fraction);
        double samples = _samples[at.Nearest];
        return ((samples * local) + (PriorSamples * global)) / (samples + PriorSamples);
    }

    /// <summary>
    /// Learns from one deseasonalised target (value minus level) and its absolute residual, both clipped by the
    /// caller. The noise scale always learns — what recurs at the same phase every cycle (a shift change that
    /// starts a few minutes early or late) is normal there, and the clipping bounds what a one-off anomaly can do.
    /// The mean learns from an <paramref name="anomalous"/> point at a quarter of the usual rate, so that a one-off
    /// event (a press running through one night) leaves little trace in the expected value — and at the full rate
    /// when this phase was anomalous in the previous cycle too: what comes back at the same time every cycle (a
    /// Monday's traffic step at midnight in a weekly profile, or the trace a one-off event did leave) means the
    /// profile is wrong there.
    /// </summary>
    public void Learn(long timestampMs, PhasePosition at, double target, double absResidual, bool anomalous)
    {
        var nearest = at.Nearest;
        if (_samples[nearest] < byte.MaxValue)
        {
            _samples[nearest]++;
        }

        var scaleRate = Math.Max(_scaleRate, 1.0 / _samples[nearest]);
        _scale[nearest] += (float)(scaleRate * (absResidual - _scale[nearest]));
        var weight = 1.0;
        if (anomalous)
        {
            var cycle = timestampMs / _periodMs;
            weight = AnomalousTag(nearest) == CycleTag(cycle - 1) ? 1 : OneOffWeight;
            SetAnomalousTag(nearest, CycleTag(cycle));
        }

        // Running mean with the current value as a one-visit prior, then exponential smoothing across cycles.
        var rate = weight * Math.Max(_meanRate, 1.0 / (_samples[nearest] + _samplesPerVisit));
        var error = target - Offset(at);
        _mean[at.Bin0] += (float)(rate * (1 - at.Fraction) * error);
        _mean[at.Bin1] += (float)(rate * at.Fraction * error);
    }

    // Two bits a bin keep the state small; a tag repeats every third cycle, so an anomaly four cycles back is
    // taken for last cycle's, which only means a one-off teaches in full once.
    private static int CycleTag(long cycle) => (int)(((cycle % 3) + 3) % 3) + 1;

    private int AnomalousTag(int bin) => (_anomalousTags[bin >> 2] >> ((bin & 3) * 2)) & 3;

    private void SetAnomalousTag(int bin, int tag)
    {
        var shift = (bin & 3) * 2;
        _anomalousTags[bin >> 2] = (byte)((_anomalousTags[bin >> 2] & ~(3 << shift)) | (tag << shift));
    }

    /// <summary>Removes the mean of the profile and returns it, so the caller can move it into the level.</summary>
    public double Recentre()
    {
        double sum = 0;
        for (var i = 0; i < _bins; i++)
        {
            sum += _mean[i];
        }

        var mean = sum / _bins;
        for (var i = 0; i < _bins; i++)
        {
            _mean[i] -= (float)mean;
        }

        return mean;
    }

    /// <summary>The lowest and highest bin means.</summary>
    public (double Min, double Max) Range()
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var i = 0; i < _bins; i++)
        {
            min = Math.Min(min, _mean[i]);
            max = Math.Max(max, _mean[i]);
        }

        return (min, max);
    }

    /// <summary>The bin whose expected value (plus <paramref name="level"/>) is closest to <paramref name="value"/>, and its distance in scales.</summary>
    public (int Bin, double Distance) ClosestBin(double value, double level, double minScale)
    {
        var best = -1;
        var bestDistance = double.PositiveInfinity;
        for (var i = 0; i < _bins; i++)
        {
            var scale = Math.Max(_scale[i] * 1.2533, minScale);
            var distance = Math.Abs(value - level - _mean[i]) / scale;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }

        return (best, bestDistance);
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_periodMs);
        writer.Write(_bins);
        writer.Write(_binsPerMs);
        writer.Write(_samplesPerVisit);
        writer.Write(_meanRate);
        writer.Write(_scaleRate);
        // Only the bins in use: a short period or no season costs no state.
        writer.Write(_mean.AsSpan(0, _bins));
        writer.Write(_scale.AsSpan(0, _bins));
        writer.Write(MemoryMarshal.Cast<byte, sbyte>(_samples.AsSpan(0, _bins)));
        writer.Write(MemoryMarshal.Cast<byte, sbyte>(_anomalousTags.AsSpan(0, (_bins + 3) / 4)));
    }

    public void Load(ref StateReader reader)
    {
        _periodMs = reader.ReadInt64();
        _bins = reader.ReadInt32();
        _binsPerMs = reader.ReadDouble();
        _samplesPerVisit = reader.ReadDouble();
        _meanRate = reader.ReadDouble();
        _scaleRate = reader.ReadDouble();
        if (_bins < 0 || _bins > _maxBins || (_bins > 0) != (_periodMs > 0))
        {
            throw new InvalidDataException($"Seasonal profile state holds {_bins} bins where 4 to {_maxBins} (or none, without a period) were expected.");
        }

        Allocate(_bins);
        reader.ReadInto<float>(_mean);
        reader.ReadInto<float>(_scale);
        reader.ReadInto(MemoryMarshal.Cast<byte, sbyte>(_samples.AsSpan()));
        reader.ReadInto(MemoryMarshal.Cast<byte, sbyte>(_anomalousTags.AsSpan()));
    }
}
