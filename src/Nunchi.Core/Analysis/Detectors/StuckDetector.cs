using Nunchi.Core.Numerics;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Detectors;

/// <summary>
/// Stuck or flat sensors: how improbable the current run of identical readings is, given how often this series
/// repeats itself at this time of the cycle.
/// </summary>
/// <remarks>
/// Learns, per coarse phase bin, P(repeat) and P(repeat | the previous step repeated) — a two-state Markov model
/// of repeats — and the longest run seen in normal operation. A run of L repeats has probability
/// P(repeat)·P(repeat|repeat)^(L−1); its −log10 is the surprise. Output that is legitimately 0 all night repeats
/// at night with probability ≈ 1 and is never flagged; a vibration sensor that freezes during production is,
/// within a few dozen points. A run must also be twice the longest normal run in its bin.
/// </remarks>
internal sealed class StuckDetector
{
    public const int MaxBins = 24;
    private const double Rate = 1.0 / 256;
    private const double MinProbability = 1e-3;
    private const double MaxProbability = 1 - 1e-6;
    private const float LongestDecay = 0.98f;
    private const int MinRun = 5;

    private readonly float[] _repeat = new float[MaxBins];
    private readonly float[] _persist = new float[MaxBins];
    private readonly float[] _longest = new float[MaxBins];
    private bool _hasLast;
    private double _last;
    private long _run;
    private long _runStartMs;
    private long _previousMs;
    private double _logProbability;

    public StuckDetector()
    {
        Reset();
    }

    /// <summary>Consecutive repeats of the current value (0 when the last step changed).</summary>
    public long Run => _run;

    public long RunStartMs => _runStartMs;

    public double Value => _last;

    /// <summary>−log10 of the probability of the current run; 0 when the run is not remarkable.</summary>
    public double Surprise { get; private set; }

    public void Reset()
    {
        Array.Fill(_repeat, 0.5f);
        Array.Fill(_persist, 0.5f);
        Array.Clear(_longest);
        _hasLast = false;
        _run = 0;
        Surprise = 0;
    }

    /// <summary>Spreads the learned single-bin statistics to all bins when seasonality is found.</summary>
    public void SpreadFromFirstBin()
    {
        Array.Fill(_repeat, _repeat[0]);
        Array.Fill(_persist, _persist[0]);
        Array.Fill(_longest, _longest[0]);
    }

    public void Update(long timestampMs, double value, int bin, bool learn)
    {
        if (!_hasLast)
        {
            _hasLast = true;
            _last = value;
            _previousMs = timestampMs;
            return;
        }

        // Exact equality on purpose: a frozen sensor repeats the identical reading, noise never does.
        var same = value == _last;
        var previousRun = _run;
        if (same)
        {
            if (_run == 0)
            {
                _runStartMs = _previousMs;
                _logProbability = DeterministicMath.Log10(Math.Clamp(_repeat[bin], MinProbability, MaxProbability));
            }
            else
            {
                _logProbability += DeterministicMath.Log10(Math.Clamp(_persist[bin], MinProbability, MaxProbability));
            }

            _run++;
        }
        else
        {
            if (learn && _run > _longest[bin])
            {
                _longest[bin] = _run;
            }

            _run = 0;
        }

        if (learn)
        {
            var hit = same ? 1f : 0f;
            _repeat[bin] += (float)(Rate * (hit - _repeat[bin]));
            if (previousRun > 0)
            {
                _persist[bin] += (float)(Rate * (hit - _persist[bin]));
            }

            if (!same)
            {
                _longest[bin] *= LongestDecay;
            }
        }

        Surprise = _run >= MinRun && _run > 2 * _longest[bin] ? -_logProbability : 0;
        _last = value;
        _previousMs = timestampMs;
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_repeat);
        writer.Write(_persist);
        writer.Write(_longest);
        writer.Write(_hasLast);
        writer.Write(_last);
        writer.Write(_run);
        writer.Write(_runStartMs);
        writer.Write(_previousMs);
        writer.Write(_logProbability);
        writer.Write(Surprise);
    }

    public void Load(ref StateReader reader)
    {
        reader.ReadInto<float>(_repeat);
        reader.ReadInto<float>(_persist);
        reader.ReadInto<float>(_longest);
        _hasLast = reader.ReadBool();
        _last = reader.ReadDouble();
        _run = reader.ReadInt64();
        _runStartMs = reader.ReadInt64();
        _previousMs = reader.ReadInt64();
        _logProbability = reader.ReadDouble();
        Surprise = reader.ReadDouble();
    }
}
