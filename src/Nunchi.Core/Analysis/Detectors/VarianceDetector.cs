using Nunchi.Core.Numerics;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Detectors;

/// <summary>
/// Variance increases (a loose bearing): the ratio of a short and a long exponentially weighted mean of squared
/// standardised residuals around their local mean, on a log scale. Measuring around the local mean keeps a
/// level shift (residuals large but steady) from looking like a variance change.
/// </summary>
/// <remarks>
/// Squares are capped at 16 so that one spike cannot fake a variance change. The long mean learns only from
/// points that were not anomalous, so a lasting change is judged against the old noise until the residual
/// scale itself adapts. The long mean is slow (a running mean at first, then about eight thousand points) because
/// what it corrects is a lasting miscalibration of the noise scales; hours read against a temporarily wide scale
/// (a shift change that did not happen on a Sunday) must not teach it that residuals are small. Raw score: 6 × ln(short/long), about 2.3 at the 98th percentile for Gaussian noise.
/// </remarks>
internal sealed class VarianceDetector
{
    private const double ShortRate = 1.0 / 32;
    private const double LongRate = 1.0 / 8192;
    private const double FirstLongRate = 1.0 / 1024;
    private const double Cap = 16;
    private const double Gain = 6;

    private double _short = 1;
    private double _long = 1;
    private long _longSamples;

    public double Raw => Gain * DeterministicMath.Log(_short / _long);

    /// <summary>The recent noise scale relative to the usual one (a ratio of standard deviations).</summary>
    public double Ratio => Math.Sqrt(_short / _long);

    public void Update(double z, double localMean, bool learnLong)
    {
        var deviation = z - localMean;
        var square = Math.Min(deviation * deviation, Cap);
        _short += ShortRate * (square - _short);
        if (learnLong)
        {
            var rate = Math.Max(LongRate, 1.0 / (++_longSamples + (1.0 / FirstLongRate)));
            _long += rate * (square - _long);
        }
    }

    /// <summary>Drops the recent evidence (after an adopted change whose residuals inflated it).</summary>
    public void Forget() => _short = _long;

    public void Reset()
    {
        _short = 1;
        _long = 1;
        _longSamples = 0;
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_short);
        writer.Write(_long);
        writer.Write(_longSamples);
    }

    public void Load(ref StateReader reader)
    {
        _short = reader.ReadDouble();
        _long = reader.ReadDouble();
        _longSamples = reader.ReadInt64();
    }
}
