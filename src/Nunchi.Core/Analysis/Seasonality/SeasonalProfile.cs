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
/// weight of each new cycle settles at <see cref="CycleRate"/>. After a confirmed change of δ
/// (<see cref="BeginRelearn"/>) a change may concern only some phases (a new set point matters in production,
/// not at night): each bin decides on its next visit, by majority of its samples, whether the shift applies to it,
/// and until then accepts both its old value and the shifted one.</para>
/// </remarks>
internal sealed class SeasonalProfile
{
    private const double CycleRate = 0.2;       // weight of the newest cycle in a bin's mean
    private const double ScaleCycleRate = 0.15; // weight of the newest cycle in a bin's noise scale
    private const int PriorSamples = 16;        // weight of the global scale in a young bin's scale
    private const byte Decided = byte.MaxValue;

    private readonly float[] _mean;
    private readonly float[] _scale;
    private readonly byte[] _samples;   // samples seen by each bin, saturating
    private readonly byte[] _votes;     // relearning: samples seen since the change, or Decided
    private readonly byte[] _shifted;   // relearning: how many of them looked shifted

    private long _periodMs;
    private int _bins;
    private double _binsPerMs;
    private double _samplesPerVisit;
    private double _meanRate;
    private double _scaleRate;
    private bool _relearning;
    private long _relearnUntilMs;
    private double _relearnOffset;

    public SeasonalProfile(int maxBins)
    {
        _mean = new float[maxBins];
        _scale = new float[maxBins];
        _samples = new byte[maxBins];
        _votes = new byte[maxBins];
        _shifted = new byte[maxBins];
    }

    public bool Active => _periodMs > 0;

    public long PeriodMs => _periodMs;

    public int Bins => _bins;

    public bool Relearning => _relearning;

    /// <summary>The shift being relearned: undecided bins accept values up to this far from their old value.</summary>
    public double RelearnOffset => _relearnOffset;

    public ReadOnlySpan<float> Means => _mean.AsSpan(0, _bins);

    /// <summary>Sets a new period; <paramref name="cadenceMs"/> decides how many samples each bin sees per cycle.</summary>
    public void Reset(long periodMs, long cadenceMs)
    {
        _periodMs = periodMs;
        _bins = (int)Math.Clamp(periodMs / Math.Max(1, cadenceMs), 4, _mean.Length);
        _binsPerMs = (double)_bins / periodMs;
        _samplesPerVisit = Math.Max(1.0, (double)periodMs / _bins / Math.Max(1, cadenceMs));
        _meanRate = CycleRate / _samplesPerVisit;
        _scaleRate = ScaleCycleRate / _samplesPerVisit;
        _relearning = false;
        _relearnOffset = 0;
        Array.Clear(_mean);
        Array.Clear(_scale);
        Array.Clear(_samples);
    }

    /// <summary>Turns the profile off (no seasonality).</summary>
    public void Clear()
    {
        _periodMs = 0;
        _bins = 0;
        _relearning = false;
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

    /// <summary>True while relearning and either bin around this phase has not decided yet.</summary>
    public bool IsStale(PhasePosition at) =>
        _relearning && (_votes[at.Bin0] != Decided || _votes[at.Bin1] != Decided);

    /// <summary>
    /// Learns from one deseasonalised target (value minus level) and its absolute residual, both clipped by the
    /// caller. With <paramref name="learn"/> false only a pending relearning vote is counted.
    /// </summary>
    public void Learn(PhasePosition at, double target, double absResidual, bool learn)
    {
        var nearest = at.Nearest;
        if (_relearning && _votes[nearest] != Decided)
        {
            Vote(nearest, target);
            return;
        }

        if (!learn)
        {
            return;
        }

        if (_samples[nearest] < byte.MaxValue)
        {
            _samples[nearest]++;
        }

        // Running mean with the current value as a one-visit prior, then exponential smoothing across cycles.
        var rate = Math.Max(_meanRate, 1.0 / (_samples[nearest] + _samplesPerVisit));
        var error = target - Offset(at);
        _mean[at.Bin0] += (float)(rate * (1 - at.Fraction) * error);
        _mean[at.Bin1] += (float)(rate * at.Fraction * error);
        var scaleRate = Math.Max(_scaleRate, 1.0 / _samples[nearest]);
        _scale[nearest] += (float)(scaleRate * (absResidual - _scale[nearest]));
    }

    private void Vote(int bin, double target)
    {
        var deviation = target - _mean[bin];
        _votes[bin]++;
        if (Math.Abs(deviation - _relearnOffset) < Math.Abs(deviation))
        {
            _shifted[bin]++;
        }

        if (_votes[bin] >= Math.Min(3, (int)Math.Round(_samplesPerVisit)))
        {
            Decide(bin);
        }
    }

    private void Decide(int bin)
    {
        // A tie goes to the shift: it was confirmed, so it is the likelier explanation.
        if (2 * _shifted[bin] >= _votes[bin])
        {
            _mean[bin] += (float)_relearnOffset;
        }

        _votes[bin] = Decided;
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

    /// <summary>Starts relearning every bin after a confirmed change of <paramref name="offset"/> at <paramref name="nowMs"/>.</summary>
    public void BeginRelearn(double offset, long nowMs)
    {
        _relearning = true;
        _relearnOffset = offset;
        _relearnUntilMs = nowMs + _periodMs;
        Array.Clear(_votes);
        Array.Clear(_shifted);
    }

    /// <summary>Stops relearning (the previous regime came back); undecided bins keep their old values.</summary>
    public void EndRelearn() => _relearning = false;

    /// <summary>Ends relearning once a whole period has passed since the change; bins decide on what they saw.</summary>
    public void Tick(long nowMs)
    {
        if (!_relearning || nowMs < _relearnUntilMs)
        {
            return;
        }

        for (var i = 0; i < _bins; i++)
        {
            if (_votes[i] != Decided && _votes[i] > 0)
            {
                Decide(i);
            }
        }

        _relearning = false;
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
        writer.Write(_relearning);
        writer.Write(_relearnUntilMs);
        writer.Write(_relearnOffset);
        writer.Write(_mean);
        writer.Write(_scale);
        writer.Write(MemoryMarshal.Cast<byte, sbyte>(_samples.AsSpan()));
        writer.Write(MemoryMarshal.Cast<byte, sbyte>(_votes.AsSpan()));
        writer.Write(MemoryMarshal.Cast<byte, sbyte>(_shifted.AsSpan()));
    }

    public void Load(ref StateReader reader)
    {
        _periodMs = reader.ReadInt64();
        _bins = reader.ReadInt32();
        _binsPerMs = reader.ReadDouble();
        _samplesPerVisit = reader.ReadDouble();
        _meanRate = reader.ReadDouble();
        _scaleRate = reader.ReadDouble();
        _relearning = reader.ReadBool();
        _relearnUntilMs = reader.ReadInt64();
        _relearnOffset = reader.ReadDouble();
        reader.ReadInto<float>(_mean);
        reader.ReadInto<float>(_scale);
        reader.ReadInto(MemoryMarshal.Cast<byte, sbyte>(_samples.AsSpan()));
        reader.ReadInto(MemoryMarshal.Cast<byte, sbyte>(_votes.AsSpan()));
        reader.ReadInto(MemoryMarshal.Cast<byte, sbyte>(_shifted.AsSpan()));
    }
}
