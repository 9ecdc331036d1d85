using Nunchi.Core.Analysis.Detectors;
using Nunchi.Core.Analysis.State;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Analysis;

/// <summary>
/// What a user said was not an anomaly: the detector, direction, phase and strength of each dismissed finding.
/// Later evidence that looks the same (same detector and direction, same part of the cycle, not much stronger)
/// has its surprise scaled down so the dismissed kind of event no longer alerts, while a clearly bigger one still does.
/// </summary>
/// <remarks>Holds the 8 most recent verdicts. O(8) per point only when a rule exists.</remarks>
internal sealed class FeedbackMemory
{
    private const int Capacity = 8;
    private const double StrongerFactor = 2;

    // Allocated by the first verdict: most series never get one.
    private Verdict[] _verdicts = [];
    private int _count;
    private int _next;

    public int Count => _count;

    /// <summary>Remembers a dismissed finding; <paramref name="bin"/> is its coarse phase bin or −1.</summary>
    public void Dismiss(DetectorId detector, Direction direction, int bin, double surprise)
    {
        if (_verdicts.Length == 0)
        {
            _verdicts = new Verdict[Capacity];
        }

        _verdicts[_next] = new Verdict((int)detector, (int)direction, bin, surprise);
        _next = (_next + 1) % Capacity;
        _count = Math.Min(_count + 1, Capacity);
    }

    /// <summary>Returns the surprise after applying any matching verdict, scaled so the dismissed event itself falls to <paramref name="quietSurprise"/>.</summary>
    public double Damp(DetectorId detector, Direction direction, int bin, double surprise, double quietSurprise, out bool damped)
    {
        damped = false;
        var result = surprise;
        for (var i = 0; i < _count; i++)
        {
            ref readonly var verdict = ref _verdicts[i];
            if (verdict.Detector != (int)detector || verdict.Direction != (int)direction
                || (verdict.Bin >= 0 && bin >= 0 && verdict.Bin != bin)
                || surprise > StrongerFactor * verdict.Surprise)
            {
                continue;
            }

            var scaled = surprise * Math.Min(1, quietSurprise / verdict.Surprise);
            if (scaled < result)
            {
                result = scaled;
                damped = true;
            }
        }

        return result;
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_count);
        writer.Write(_next);
        for (var i = 0; i < Capacity; i++)
        {
            // Slots never filled are written as zeros, as they always were.
            var verdict = i < _verdicts.Length ? _verdicts[i] : default;
            writer.Write(verdict.Detector);
            writer.Write(verdict.Direction);
            writer.Write(verdict.Bin);
            writer.Write(verdict.Surprise);
        }
    }

    public void Load(ref StateReader reader)
    {
        _count = reader.ReadInt32();
        _next = reader.ReadInt32();
        if (_count is < 0 or > Capacity || _next is < 0 or >= Capacity)
        {
            throw new InvalidDataException("Feedback state holds an impossible number of verdicts.");
        }

        _verdicts = _count > 0 ? new Verdict[Capacity] : [];
        for (var i = 0; i < Capacity; i++)
        {
            var verdict = new Verdict(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadDouble());
            if (_count > 0)
            {
                _verdicts[i] = verdict;
            }
        }
    }

    /// <summary>One dismissed finding: its detector and direction (as stored), coarse phase bin (−1: none) and surprise.</summary>
    private readonly record struct Verdict(int Detector, int Direction, int Bin, double Surprise);
}
