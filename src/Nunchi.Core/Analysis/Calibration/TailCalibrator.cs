using System.Runtime.InteropServices;
using Nunchi.Core.Numerics;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Calibration;

/// <summary>
/// Turns a stream of non-negative raw scores into tail probabilities by peaks-over-threshold: the raw score's
/// 98th percentile is tracked online and the excesses above it are fitted with a Generalized Pareto
/// distribution, so that "how unusual is this score" is learned from the series itself and needs no threshold.
/// </summary>
/// <remarks>
/// Follows SPOT/DSPOT (Siffer et al., "Anomaly Detection in Streams with Extreme Value Theory", KDD 2017), with two
/// changes that make it O(1) in time and memory per point: the threshold is a stochastic-approximation quantile
/// rather than a sorted initial batch, and the GPD is fitted by the method of moments on exponentially weighted
/// excess moments rather than by maximum likelihood on stored peaks. A prior of ten pseudo-excesses from an
/// exponential tail (ξ = 0) gives calibrated, slightly conservative answers before any data arrives.
/// Raw scores are expected on a z-like scale (about 2.3 at the 98th percentile of a well-behaved series).
/// Exceedances are declustered (Coles 2001, §5.3): a run of consecutive scores above the threshold contributes only its
/// maximum, once the run ends. Smoothed detectors (a level-shift mean, a variance ratio) produce long runs, and
/// learning every point of a run would let a real shift fatten the tail it is being judged against.
/// A struct, so that an analyzer's five calibrators live in one array rather than as five objects (every series has
/// them): keep it in a variable or an array element, never a copy, when it learns.
/// </remarks>
[StructLayout(LayoutKind.Auto)] // the two flags need not cost eight bytes each
internal struct TailCalibrator
{
    private const double Quantile = 0.98;
    private const double NegLog10TailMass = 1.6989700043360187; // -log10(1 - 0.98)
    private const double PriorThreshold = 2.33;
    private const double PriorExcessMean = 0.6;
    private const double PriorWeight = 10;
    private const double Forgetting = 1.0 - 1.0 / 500; // memory of about 500 excesses, ~25 000 points
    // No lighter than exponential: a fitted finite end point is an estimate from a few dozen clusters, too
    // uncertain to make points just past it look impossible. This errs on the quiet side for Gaussian noise
    // (−log10 p at 4σ comes out near 3.5 rather than 4.2).
    private const double MinShape = 0;
    private const double Ln10 = 2.302585092994046;
    private const double RelativeStep = 0.02;

    private readonly double _maxShape;

    private long _count;
    private bool _inCluster;
    private double _clusterMax;
    private bool _clusterLearnable;
    private double _threshold = PriorThreshold;
    private double _weight = PriorWeight;
    private double _excessMean = PriorExcessMean;
    private double _excessSquareMean = 2 * PriorExcessMean * PriorExcessMean;

    // Derived GPD parameters, refreshed whenever the moments change.
    private double _shape;
    private double _scale = PriorExcessMean;

    /// <summary>
    /// Creates a calibrator whose fitted tail may be at most as heavy as <paramref name="maxShape"/>: residuals of
    /// real data can be heavy-tailed (up to 0.45), while smoothed statistics such as exponential means are
    /// averages and have light tails, so there a heavy fit from a few dozen clusters is noise, not evidence.
    /// </summary>
    public TailCalibrator(double maxShape)
    {
        _maxShape = maxShape;
    }

    /// <summary>Number of scores seen.</summary>
    public long Count => _count;

    /// <summary>
    /// Returns −log10 of the probability of a raw score at least this large, then learns from it unless it was
    /// itself an anomaly (<paramref name="learnBelow"/> is the −log10 p above which the excess is not learned,
    /// so anomalies do not fatten the tail they are judged against).
    /// </summary>
    public double ScoreAndLearn(double raw, double learnBelow)
    {
        var surprise = Surprise(raw);
        Learn(raw, surprise < learnBelow);
        return surprise;
    }

    /// <summary>−log10 P(score ≥ raw) under the current fit; 0 for non-positive scores.</summary>
    public double Surprise(double raw)
    {
        if (!(raw > 0))
        {
            return 0;
        }

        if (raw <= _threshold)
        {
            // Below the threshold only the ordering matters; a smooth curve from p = 1 at 0 to 1 - q at the
            // threshold keeps scores monotone in the raw value.
            var x = raw / _threshold;
            return NegLog10TailMass * x * x;
        }

        var excess = raw - _threshold;
        double tail;
        if (Math.Abs(_shape) < 1e-6)
        {
            tail = excess / _scale / Ln10;
        }
        else
        {
            tail = DeterministicMath.Log10(1 + (_shape * excess / _scale)) / _shape;
        }

        return NegLog10TailMass + tail;
    }

    private void Learn(double raw, bool learnExcess)
    {
        _count++;
        if (!double.IsFinite(raw))
        {
            return;
        }

        // 1. Robbins-Monro step towards the 98th percentile, taken on the logarithm of the threshold so that it
        //    moves by a fraction of itself: scores of a zero-inflated series (mostly 0, now and then a burst) can
        //    sit orders of magnitude above the prior and must still be reached in a few hundred points.
        var step = RelativeStep * Math.Max(1.0 / (_count + 10), 1.0 / 2000) * 50;
        _threshold *= raw > _threshold ? 1 + (step * Quantile) : 1 / (1 + (step * (1 - Quantile)));
        _threshold = Math.Max(_threshold, 1e-9);

        // 2. Declustering: remember the largest score of the current run above the threshold, learn it when the run ends.
        if (raw > _threshold)
        {
            if (!_inCluster)
            {
                _inCluster = true;
                _clusterMax = raw;
                _clusterLearnable = learnExcess;
            }
            else
            {
                _clusterMax = Math.Max(_clusterMax, raw);
                _clusterLearnable &= learnExcess;
            }

            return;
        }

        if (!_inCluster)
        {
            return;
        }

        _inCluster = false;
        if (!_clusterLearnable || _clusterMax <= _threshold)
        {
            return;
        }

        // 3. Exponentially weighted moments of the cluster excesses over the threshold.
        var excess = _clusterMax - _threshold;
        _weight = (Forgetting * _weight) + 1;
        _excessMean += (excess - _excessMean) / _weight;
        _excessSquareMean += ((excess * excess) - _excessSquareMean) / _weight;
        Fit();
    }

    private void Fit()
    {
        // Method of moments for the GPD: mean = σ/(1-ξ), variance = σ²/((1-ξ)²(1-2ξ)).
        var mean = _excessMean;
        var variance = Math.Max(_excessSquareMean - (mean * mean), 1e-12 * mean * mean);
        var ratio = mean * mean / variance;
        _shape = Math.Clamp(0.5 * (1 - ratio), MinShape, _maxShape);
        _scale = Math.Max(mean * (1 - _shape), 1e-12);
    }

    public string DebugText() => FormattableString.Invariant($"u={_threshold:F2} xi={_shape:F2} sc={_scale:F2} w={_weight:F0} n={_count}");

    public void Save(StateWriter writer)
    {
        writer.Write(_count);
        writer.Write(_threshold);
        writer.Write(_weight);
        writer.Write(_excessMean);
        writer.Write(_excessSquareMean);
        writer.Write(_inCluster);
        writer.Write(_clusterMax);
        writer.Write(_clusterLearnable);
    }

    public void Load(ref StateReader reader)
    {
        _count = reader.ReadInt64();
        _threshold = reader.ReadDouble();
        _weight = reader.ReadDouble();
        _excessMean = reader.ReadDouble();
        _excessSquareMean = reader.ReadDouble();
        _inCluster = reader.ReadBool();
        _clusterMax = reader.ReadDouble();
        _clusterLearnable = reader.ReadBool();
        Fit();
    }
}
