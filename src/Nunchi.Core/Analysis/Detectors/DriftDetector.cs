using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Detectors;

/// <summary>
/// Slow drift and trend changes: a medium-term mean of the deseasonalised value against a long-term reference,
/// in units of how much that gap usually wanders.
/// </summary>
/// <remarks>
/// A creep of 0.5 °C per hour hides in the residuals because the level follows it, but it opens a growing gap
/// between a 64-point and a 1 024-point mean. The gap's usual spread is learned from non-anomalous points, with a
/// floor from the residual noise so that a perfectly flat series does not turn every wobble into a trend.
/// The slope (units per hour) of the medium mean is tracked for the explanation.
/// Both means take clipped steps (at most 4 noise scales from where they are, a Huber-type M-estimate): a single
/// outlier 100 sigmas out would otherwise move the 64-point mean by a sigma and a half and read as a strong trend
/// for a hundred points; a real drift moves every point a little and passes the clip untouched.
/// </remarks>
internal sealed class DriftDetector
{
    private const double MediumRate = 1.0 / 64;
    private const double ReferenceRate = 1.0 / 1024;
    private const double SpreadRate = 1.0 / 2048;
    private const double SlopeRate = 1.0 / 64;
    private const double ClipSigmas = 4;
    private static readonly double NoiseFloor = Math.Sqrt(MediumRate / (2 - MediumRate));

    private long _count;
    private double _medium;
    private double _reference;
    private double _spreadSquare;
    private double _slopePerHour;
    private long _lastMs;

    /// <summary>Signed raw score (positive = drifting up).</summary>
    public double Raw { get; private set; }

    public double SlopePerHour => _slopePerHour;

    /// <summary>The medium-term mean minus the long-term reference, in units.</summary>
    public double Gap => _medium - _reference;

    public void Update(long timestampMs, double value, double sigma, bool learnSpread)
    {
        _count++;
        if (_count == 1)
        {
            _medium = value;
            _reference = value;
            _spreadSquare = sigma * sigma * MediumRate;
            _lastMs = timestampMs;
            return;
        }

        var warm = 1.0 / _count;
        var previous = _medium;
        var clip = ClipSigmas * sigma;
        _medium += Math.Max(MediumRate, warm) * Math.Clamp(value - _medium, -clip, clip);
        _reference += Math.Max(ReferenceRate, warm) * Math.Clamp(value - _reference, -clip, clip);
        var hours = (timestampMs - _lastMs) / 3_600_000.0;
        if (hours > 0)
        {
            _slopePerHour += SlopeRate * (((_medium - previous) / hours) - _slopePerHour);
        }

        _lastMs = timestampMs;
        var gap = _medium - _reference;
        if (learnSpread)
        {
            _spreadSquare += Math.Max(SpreadRate, warm) * ((gap * gap) - _spreadSquare);
        }

        var floor = sigma * NoiseFloor;
        var spread = Math.Max(Math.Sqrt(_spreadSquare), floor);
        Raw = spread > 0 ? gap / spread : 0;
    }

    /// <summary>Moves both means by <paramref name="offset"/>: the level was re-expressed, nothing changed.</summary>
    public void Translate(double offset)
    {
        _medium += offset;
        _reference += offset;
    }

    /// <summary>Accepts the current value as the reference (after an adopted change).</summary>
    public void Rebase(double value)
    {
        _medium = value;
        _reference = value;
        Raw = 0;
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_count);
        writer.Write(_medium);
        writer.Write(_reference);
        writer.Write(_spreadSquare);
        writer.Write(_slopePerHour);
        writer.Write(_lastMs);
        writer.Write(Raw);
    }

    public void Load(ref StateReader reader)
    {
        _count = reader.ReadInt64();
        _medium = reader.ReadDouble();
        _reference = reader.ReadDouble();
        _spreadSquare = reader.ReadDouble();
        _slopePerHour = reader.ReadDouble();
        _lastMs = reader.ReadInt64();
        Raw = reader.ReadDouble();
    }
}
