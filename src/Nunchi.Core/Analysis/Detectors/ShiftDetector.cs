using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Detectors;

/// <summary>
/// Level shifts: an exponentially weighted mean of the clipped standardised residuals. A single spike moves it by
/// at most a quarter of a sigma; a sustained offset of δ sigmas moves it to δ within about 16 points.
/// </summary>
/// <remarks>
/// The raw score is the mean divided by its standard deviation under the null (√(α/(2−α)) for unit-variance
/// residuals), a z-like scale for the tail calibrator. While the mean stays on one side, the residuals are summed
/// in the series' units so that the size of the shift is known when it is adopted.
/// </remarks>
internal sealed class ShiftDetector
{
    private const double Rate = 1.0 / 16;
    private const double Clip = 4;
    private static readonly double NullSd = Math.Sqrt(Rate / (2 - Rate));

    private double _mean;
    private double _runSum;
    private double _runIndexSum;        // Σ i
    private double _runIndexSquareSum;  // Σ i²
    private double _runCrossSum;        // Σ i·r
    private long _runCount;
    private long _runStartMs;

    /// <summary>The exponentially weighted mean of the clipped standardised residuals.</summary>
    public double Mean => _mean;

    /// <summary>Signed raw score (positive = upward shift).</summary>
    public double Raw => _mean / NullSd;

    /// <summary>Mean residual, in units, since the current run of same-signed evidence began.</summary>
    public double RunOffset => _runCount > 0 ? _runSum / _runCount : 0;

    public long RunCount => _runCount;

    /// <summary>
    /// True when the run's residuals grow steadily rather than jumping once: the least-squares slope across the
    /// run accounts for at least as much as the run's mean offset. A ramp is a trend, not a level shift.
    /// </summary>
    public bool RunIsRamp
    {
        get
        {
            var n = (double)_runCount;
            var denominator = (n * _runIndexSquareSum) - (_runIndexSum * _runIndexSum);
            if (_runCount < 8 || denominator <= 0)
            {
                return false;
            }

            var slope = ((n * _runCrossSum) - (_runIndexSum * _runSum)) / denominator;
            return Math.Abs(slope * n) >= Math.Abs(_runSum / n) && Math.Sign(slope) == Math.Sign(_runSum);
        }
    }

    /// <summary>When the current run of same-signed evidence began.</summary>
    public long RunStartMs => _runStartMs;

    public void Update(long timestampMs, double z, double residual)
    {
        var previous = _mean;
        _mean += Rate * (Math.Clamp(z, -Clip, Clip) - _mean);

        // A run is the stretch where the mean stays clearly on one side; it restarts when the sign flips.
        if (Math.Abs(_mean) < 0.5 * NullSd || (_mean > 0) != (previous > 0))
        {
            ClearRun();
            _runStartMs = timestampMs;
            return;
        }

        if (_runCount == 0)
        {
            _runStartMs = timestampMs;
        }

        double index = _runCount;
        _runSum += residual;
        _runIndexSum += index;
        _runIndexSquareSum += index * index;
        _runCrossSum += index * residual;
        _runCount++;
    }

    public void Reset()
    {
        _mean = 0;
        ClearRun();
    }

    private void ClearRun()
    {
        _runSum = 0;
        _runIndexSum = 0;
        _runIndexSquareSum = 0;
        _runCrossSum = 0;
        _runCount = 0;
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_mean);
        writer.Write(_runSum);
        writer.Write(_runIndexSum);
        writer.Write(_runIndexSquareSum);
        writer.Write(_runCrossSum);
        writer.Write(_runCount);
        writer.Write(_runStartMs);
    }

    public void Load(ref StateReader reader)
    {
        _mean = reader.ReadDouble();
        _runSum = reader.ReadDouble();
        _runIndexSum = reader.ReadDouble();
        _runIndexSquareSum = reader.ReadDouble();
        _runCrossSum = reader.ReadDouble();
        _runCount = reader.ReadInt64();
        _runStartMs = reader.ReadInt64();
    }
}
