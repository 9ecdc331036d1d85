using System.Runtime.InteropServices;
using Nunchi.Core.Analysis.State;
using Nunchi.Core.Numerics;

namespace Nunchi.Core.Analysis.Detectors;

/// <summary>
/// Stuck or flat sensors: how improbable the current run of identical readings is, given how this series repeats
/// itself at this phase of its cycle.
/// </summary>
/// <remarks>
/// <para>Per phase bin (the seasonal profile's bins, or one bin without a season) it learns P(repeat),
/// P(repeat | the previous step repeated) — a two-state Markov model of repeats — and the longest run that passed
/// through that bin. A run of L repeats has probability P(repeat)·P(repeat|repeat)^(L−1); its −log10 is the
/// surprise, and it counts only once the run is three times as long as any run normally seen at this phase. Output that is
/// legitimately 0 all night repeats there with probability ≈ 1 and long runs are normal there; a vibration sensor
/// that freezes during production stands out within a few dozen points. A run teaches the bins it crossed only when
/// it ends, so a frozen sensor never makes its own run look normal while it lasts; where values keep changing, the longest run
/// fades by half over four visits.</para>
/// <para>Probabilities are stored as bytes and run lengths at half precision: 4 bytes a bin.</para>
/// </remarks>
internal sealed class StuckDetector
{
    private const double Rate = 1.0 / 64;
    private const double MinProbability = 1e-3;
    private const double MaxProbability = 1 - 1e-6;
    private const int MinRun = 10;
    private const int MinChanges = 32;
    private const double LongestMultiple = 3;

    // Sized to the bins in use: one for a series without a season.
    private readonly int _maxBins;
    private byte[] _repeat = new byte[1];
    private byte[] _persist = new byte[1];
    private Half[] _longest = new Half[1];
    private int _bins = 1;
    private double _longestDecay = 1;
    private double _log10Chances;
    private bool _hasLast;
    private double _last;
    private long _run;
    private long _changes;
    private int _runStartBin;
    private long _runStartMs;
    private long _previousMs;
    private double _logProbability;

    public StuckDetector(int maxBins)
    {
        _maxBins = maxBins;
        Reset(1, 1);
    }

    /// <summary>Consecutive repeats of the current value (0 when the last step changed).</summary>
    public long Run => _run;

    public long RunStartMs => _runStartMs;

    public double Value => _last;

    /// <summary>−log10 of the probability of the current run; 0 when the run is not remarkable.</summary>
    public double Surprise { get; private set; }

    /// <summary>
    /// Starts over with <paramref name="bins"/> phase bins, each seen <paramref name="samplesPerVisit"/> times per cycle
    /// (where values keep changing, a bin's longest run then fades by half over four visits). What was learned so far seeds
    /// every bin. Keeps the current run.
    /// </summary>
    public void Reset(int bins, double samplesPerVisit)
    {
        var repeat = _repeat[0];
        var persist = _persist[0];
        var longest = _longest[0];
        Resize(bins);
        _longestDecay = DeterministicMath.Pow(0.5, 1 / (4 * Math.Max(1, samplesPerVisit)));
        _log10Chances = DeterministicMath.Log10(Math.Max(1, samplesPerVisit));
        Array.Fill(_repeat, repeat == 0 ? (byte)128 : repeat);
        Array.Fill(_persist, persist == 0 ? (byte)128 : persist);
        Array.Fill(_longest, longest);
        _runStartBin = 0;
        Surprise = 0;
    }

    /// <summary>
    /// Moves to a cycle <paramref name="repeats"/> times as long (a week found where a day was known), split into
    /// <paramref name="bins"/> bins: each new bin starts from what the old bin at the same time of the shorter cycle
    /// learned, so that a night known to repeat 0 is not taken for a frozen sensor on the first night of the week.
    /// </summary>
    public void Rebin(int bins, double samplesPerVisit, int repeats)
    {
        var oldBins = _bins;
        var (repeat, persist, longest) = (_repeat, _persist, _longest);
        _repeat = new byte[bins];
        _persist = new byte[bins];
        _longest = new Half[bins];
        _bins = bins;
        _longestDecay = DeterministicMath.Pow(0.5, 1 / (4 * Math.Max(1, samplesPerVisit)));
        _log10Chances = DeterministicMath.Log10(Math.Max(1, samplesPerVisit));
        for (var b = 0; b < bins; b++)
        {
            var phase = ((b + 0.5) * repeats / bins) % 1;
            var old = Math.Min(oldBins - 1, (int)(phase * oldBins));
            _repeat[b] = repeat[old];
            _persist[b] = persist[old];
            _longest[b] = longest[old];
        }

        _runStartBin = 0;
        Surprise = 0;
    }

    /// <summary>Sets the number of bins, with new arrays when it changes (rarely: when a season is found or lost).</summary>
    private void Resize(int bins)
    {
        if (_repeat.Length != bins)
        {
            _repeat = new byte[bins];
            _persist = new byte[bins];
            _longest = new Half[bins];
        }

        _bins = bins;
    }

    /// <summary>Adds a value seen at phase <paramref name="bin"/>; <paramref name="trusted"/> false mutes the surprise (a bin still learning).</summary>
    public void Update(long timestampMs, double value, int bin, bool learn, bool trusted = true)
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
            var probability = _run == 0 ? ToProbability(_repeat[bin]) : ToProbability(_persist[bin]);
            _logProbability = (_run == 0 ? 0 : _logProbability) + DeterministicMath.Log10(probability);
            if (_run == 0)
            {
                _runStartMs = _previousMs;
                _runStartBin = bin;
            }

            _run++;
        }
        else
        {
            _changes++;
            if (_run > 0)
            {
                // Even a run that was reported teaches the bins it crossed once it is over: if it comes back at the
                // same time every week (a line idle on Thursday nights), it is how this series behaves there.
                RememberRun(bin);
            }

            _run = 0;
        }

        if (learn)
        {
            var hit = same ? 1.0 : 0.0;
            _repeat[bin] = Learn(_repeat[bin], hit);
            if (previousRun > 0)
            {
                _persist[bin] = Learn(_persist[bin], hit);
            }

            if (!same)
            {
                _longest[bin] = (Half)((double)_longest[bin] * _longestDecay);
            }
        }

        // A series that has hardly ever changed is flat by nature, not stuck.
        // A run as improbable as 1 in n turns up by chance about once in n starts, and a bin offers a visit's worth
        // of starts every cycle: its surprise counts net of that many chances.
        Surprise = trusted && _changes >= MinChanges && _run >= MinRun && _run > LongestMultiple * (double)_longest[bin]
            ? Math.Max(0, -_logProbability - _log10Chances)
            : 0;
        _last = value;
        _previousMs = timestampMs;
    }

    private void RememberRun(int endBin)
    {
        // Every bin the finished run passed through has now seen a run this long.
        var bin = _runStartBin;
        for (var step = 0; step < _bins; step++)
        {
            _longest[bin] = (Half)Math.Min(60_000, Math.Max((double)_longest[bin], _run));
            if (bin == endBin)
            {
                break;
            }

            bin = bin + 1 == _bins ? 0 : bin + 1;
        }
    }

    private static double ToProbability(byte stored) => Math.Clamp((stored + 0.5) / 256, MinProbability, MaxProbability);

    private static byte Learn(byte stored, double hit)
    {
        // Exponential smoothing in byte units; the rounding is biased towards the target so that small steps
        // still move the estimate.
        var current = (double)stored;
        var next = current + (Rate * ((hit * 255) - current));
        return (byte)Math.Clamp(next > current ? Math.Ceiling(next) : Math.Floor(next), 0, 255);
    }

    public void Save(StateWriter writer)
    {
        writer.Write(MemoryMarshal.Cast<byte, sbyte>(_repeat.AsSpan(0, _bins)));
        writer.Write(MemoryMarshal.Cast<byte, sbyte>(_persist.AsSpan(0, _bins)));
        writer.Write(_longest.AsSpan(0, _bins));
        writer.Write(_bins);
        writer.Write(_longestDecay);
        writer.Write(_log10Chances);
        writer.Write(_hasLast);
        writer.Write(_last);
        writer.Write(_run);
        writer.Write(_changes);
        writer.Write(_runStartBin);
        writer.Write(_runStartMs);
        writer.Write(_previousMs);
        writer.Write(_logProbability);
        writer.Write(Surprise);
    }

    public void Load(ref StateReader reader)
    {
        var bins = reader.PeekLength();
        if (bins < 1 || bins > _maxBins)
        {
            throw new InvalidDataException($"Stuck detector state holds {bins} bins where 1 to {_maxBins} were expected.");
        }

        Resize(bins);
        reader.ReadInto(MemoryMarshal.Cast<byte, sbyte>(_repeat.AsSpan()));
        reader.ReadInto(MemoryMarshal.Cast<byte, sbyte>(_persist.AsSpan()));
        reader.ReadInto<Half>(_longest);
        if (reader.ReadInt32() != bins)
        {
            throw new InvalidDataException("Stuck detector state has a bin count that does not match its arrays.");
        }

        _longestDecay = reader.ReadDouble();
        _log10Chances = reader.ReadDouble();
        _hasLast = reader.ReadBool();
        _last = reader.ReadDouble();
        _run = reader.ReadInt64();
        _changes = reader.ReadInt64();
        _runStartBin = reader.ReadInt32();
        _runStartMs = reader.ReadInt64();
        _previousMs = reader.ReadInt64();
        _logProbability = reader.ReadDouble();
        Surprise = reader.ReadDouble();
    }
}
