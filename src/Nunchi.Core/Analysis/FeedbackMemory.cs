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

    private readonly int[] _detector = new int[Capacity];
    private readonly int[] _direction = new int[Capacity];
    private readonly int[] _bin = new int[Capacity];
    private readonly double[] _surprise = new double[Capacity];
    private int _count;
    private int _next;

    public int Count => _count;

    /// <summary>Remembers a dismissed finding; <paramref name="bin"/> is its coarse phase bin or −1.</summary>
    public void Dismiss(DetectorId detector, Direction direction, int bin, double surprise)
    {
        _detector[_next] = (int)detector;
        _direction[_next] = (int)direction;
        _bin[_next] = bin;
        _surprise[_next] = surprise;
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
            if (_detector[i] != (int)detector || _direction[i] != (int)direction
                || (_bin[i] >= 0 && bin >= 0 && _bin[i] != bin)
                || surprise > StrongerFactor * _surprise[i])
            {
                continue;
            }

            var scaled = surprise * Math.Min(1, quietSurprise / _surprise[i]);
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
            writer.Write(_detector[i]);
            writer.Write(_direction[i]);
            writer.Write(_bin[i]);
            writer.Write(_surprise[i]);
        }
    }

    public void Load(ref StateReader reader)
    {
        _count = reader.ReadInt32();
        _next = reader.ReadInt32();
        for (var i = 0; i < Capacity; i++)
        {
            _detector[i] = reader.ReadInt32();
            _direction[i] = reader.ReadInt32();
            _bin[i] = reader.ReadInt32();
            _surprise[i] = reader.ReadDouble();
        }
    }
}
