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
/// The clip widens when large deviations keep coming: its scale is a robust running scale of the deviations from
/// the medium mean, updated with the deviation's square capped at the clip itself (the bounded scale recursion of
/// Gelper, Fried &amp; Croux, "Robust forecasting with exponential and Holt-Winters smoothing", J. Forecasting 2010),
/// and never narrower than 4 noise scales. One outlier widens it by about a tenth, and the width decays back over the
/// medium mean's memory; a fast real change (a step, a steep ramp) widens it by a tenth per point until the means can
/// follow, instead of being held back for hundreds of points.
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
    private double _clipWidthSquare = 1; // (robust scale of the deviations / noise scale)², at least 1

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
        var width = Math.Sqrt(_clipWidthSquare);
        var clip = ClipSigmas * sigma * width;
        var deviation = value - _medium;
        if (sigma > 0)
        {
            // The robust scale recursion, in units of the noise scale: a capped square keeps one outlier's pull bounded.
            var square = deviation * deviation / (sigma * sigma);
            var cap = ClipSigmas * ClipSigmas * _clipWidthSquare;
            _clipWidthSquare = Math.Max(1, _clipWidthSquare + (MediumRate * (Math.Min(square, cap) - _clipWidthSquare)));
        }

        _medium += Math.Max(MediumRate, warm) * Math.Clamp(deviation, -clip, clip);
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
        _clipWidthSquare = 1;
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
        writer.Write(_clipWidthSquare);
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
        _clipWidthSquare = reader.ReadDouble();
    }
}
