using Nunchi.Core.Analysis.Detectors;
using Nunchi.Core.Analysis.State;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Analysis;

/// <summary>
/// The one finding a series may have open: when it started, its worst point, its kind (upgraded as stronger
/// evidence arrives, e.g. a spike that turns out to be a level shift) and the kind-specific facts.
/// Produces immutable <see cref="Finding"/> snapshots only when a finding opens or closes.
/// </summary>
internal sealed class FindingTracker
{
    private long _nextId = 1;
    private long _lastEndMs = long.MinValue;
    private long _id;
    private long _startMs;
    private long _endMs;
    private long _points;
    private int _quiet;
    private Observation _peak;
    private int _farAbove;   // active points 2σ or more above the expectation
    private int _farBelow;   // and below it
    private double _zSum;
    private double _zSquareSum;
    private long _zCount;
    private double _residualSum;
    private double _residualSquareSum;
    private double _expectedSum;
    private double _expectedSquareSum;

    public bool IsOpen { get; private set; }

    public FindingKind Kind { get; set; }

    public DetectorId Detector { get; set; }

    public long StartMs => _startMs;

    public long Points => _points;

    /// <summary>Consecutive points below the keep threshold.</summary>
    public int Quiet => _quiet;

    public double PeakSurprise => _peak.Surprise;

    public Direction PeakDirection => _peak.Direction;

    public double? ShiftSize { get; set; }

    public double? VarianceRatio { get; set; }

    public double? SlopePerHour { get; set; }

    public double? StuckValue { get; set; }

    public long? NormalAtPhaseMs { get; set; }

    public long? SeasonalPeriodMs { get; set; }

    public bool BecameNormal { get; set; }

    public bool ReturnedToKnownRegime { get; set; }

    public bool DampedByFeedback { get; set; }

    /// <summary>Opened before the cycle was known: reported only when it closes, if its kind allows.</summary>
    public bool Provisional { get; set; }

    public void Open(FindingKind kind, DetectorId detector, long startMs, in Observation at)
    {
        IsOpen = true;
        _id = _nextId++;
        Kind = kind;
        Detector = detector;
        _startMs = Math.Max(Math.Min(startMs, at.TimestampMs), _lastEndMs + 1);
        _endMs = at.TimestampMs;
        _points = 1;
        _quiet = 0;
        _peak = at;
        _zSum = 0;
        _zSquareSum = 0;
        _zCount = 0;
        _farAbove = 0;
        _farBelow = 0;
        _residualSum = 0;
        _residualSquareSum = 0;
        _expectedSum = 0;
        _expectedSquareSum = 0;
        Accumulate(at);
        ShiftSize = null;
        VarianceRatio = null;
        SlopePerHour = null;
        StuckValue = null;
        NormalAtPhaseMs = null;
        SeasonalPeriodMs = null;
        BecameNormal = false;
        ReturnedToKnownRegime = false;
        DampedByFeedback = false;
        Provisional = false;
    }

    /// <summary>Active points whose standardised residuals were accumulated.</summary>
    public long ResidualCount => _zCount;

    /// <summary>Mean standardised residual over the finding's active points: far from 0 for a shift.</summary>
    public double MeanZ => _zCount > 0 ? _zSum / _zCount : 0;

    /// <summary>Variance of the standardised residuals around their mean: well above 1 for a variance change.</summary>
    public double VarianceZ => _zCount > 0 ? Math.Max(0, (_zSquareSum / _zCount) - (MeanZ * MeanZ)) : 0;

    /// <summary>
    /// True when the values kept following the cycle's shape, offset by a constant, while the expected value moved
    /// by much more than the noise: the whole pattern shifted, it did not swap phases.
    /// </summary>
    public bool TracksExpected(double sigma)
    {
        if (_zCount < 2)
        {
            return false;
        }

        var n = (double)_zCount;
        var expectedMean = _expectedSum / n;
        var expectedVariance = (_expectedSquareSum / n) - (expectedMean * expectedMean);
        var residualMean = _residualSum / n;
        var residualVariance = (_residualSquareSum / n) - (residualMean * residualMean);
        return expectedVariance > 4 * sigma * sigma && residualVariance < 0.25 * expectedVariance;
    }

    /// <summary>True when the residuals strayed far to both sides: scatter, not one outlier.</summary>
    public bool ScatteredBothWays => _farAbove >= 1 && _farBelow >= 1;

    private void Accumulate(in Observation at)
    {
        if (at.Z >= 2)
        {
            _farAbove++;
        }
        else if (at.Z <= -2)
        {
            _farBelow++;
        }

        // Clipped so that one enormous spike inside a variance episode does not decide the episode's kind.
        var clipped = Math.Clamp(at.Z, -10, 10);
        _zSum += clipped;
        _zSquareSum += clipped * clipped;
        _zCount++;
        var residual = at.Actual - at.Expected;
        _residualSum += residual;
        _residualSquareSum += residual * residual;
        _expectedSum += at.Expected;
        _expectedSquareSum += at.Expected * at.Expected;
    }

    /// <summary>
    /// Moves the start earlier, e.g. to where a level shift's evidence began, but never back into the previous
    /// finding: evidence that began during one finding does not make the next one overlap it.
    /// </summary>
    public void ExtendStart(long startMs) => _startMs = Math.Max(Math.Min(_startMs, startMs), _lastEndMs + 1);

    /// <summary>Adds a point; <paramref name="active"/> says whether it is still anomalous enough to extend the finding.</summary>
    public void Observe(in Observation at, bool active)
    {
        if (active)
        {
            _quiet = 0;
            _endMs = at.TimestampMs;
            _points++;
            Accumulate(at);
            if (at.Severity > _peak.Severity)
            {
                _peak = at;
            }
        }
        else
        {
            _quiet++;
        }
    }

    public Finding Snapshot() => new()
    {
        Id = _id,
        Kind = Kind,
        StartMs = _startMs,
        EndMs = _endMs,
        PeakMs = _peak.TimestampMs,
        Severity = _peak.Severity,
        Expected = _peak.Expected,
        Lower = _peak.Lower,
        Upper = _peak.Upper,
        Actual = _peak.Actual,
        IsOpen = IsOpen,
        Facts = new FindingFacts
        {
            Detector = DetectorName(Detector),
            Direction = ReportedDirection(),
            Deviation = _peak.Actual - _peak.Expected,
            DeviationSigma = _peak.Z,
            Points = _points,
            Evidence = _peak.Surprise,
            ShiftSize = ShiftSize,
            VarianceRatio = VarianceRatio,
            SlopePerHour = SlopePerHour,
            StuckValue = StuckValue,
            NormalAtPhaseMs = NormalAtPhaseMs,
            SeasonalPeriodMs = SeasonalPeriodMs,
            BecameNormal = BecameNormal,
            ReturnedToKnownRegime = ReturnedToKnownRegime,
            DampedByFeedback = DampedByFeedback,
        },
    };

    /// <summary>Closes the finding and returns its final snapshot.</summary>
    public Finding Close()
    {
        IsOpen = false;
        _lastEndMs = _endMs;
        return Snapshot();
    }

    /// <summary>Hands out an id for a finding that opens and closes at once (missing data).</summary>
    public long TakeId() => _nextId++;

    public static string DetectorName(DetectorId detector) => detector switch
    {
        DetectorId.Residual => "residual",
        DetectorId.Shift => "level",
        DetectorId.Variance => "variance",
        DetectorId.Drift => "trend",
        DetectorId.Shape => "shape",
        DetectorId.Stuck => "stuck",
        _ => "gap",
    };

    public void Save(StateWriter writer)
    {
        writer.Write(IsOpen);
        writer.Write(_nextId);
        writer.Write(_lastEndMs);
        writer.Write(_id);
        writer.Write((int)Kind);
        writer.Write((int)Detector);
        writer.Write(_startMs);
        writer.Write(_endMs);
        writer.Write(_points);
        writer.Write(_quiet);
        writer.Write(_farAbove);
        writer.Write(_farBelow);
        writer.Write(_zSum);
        writer.Write(_zSquareSum);
        writer.Write(_zCount);
        writer.Write(_residualSum);
        writer.Write(_residualSquareSum);
        writer.Write(_expectedSum);
        writer.Write(_expectedSquareSum);
        writer.Write(_peak.TimestampMs);
        writer.Write(_peak.Severity);
        writer.Write(_peak.Surprise);
        writer.Write(_peak.Expected);
        writer.Write(_peak.Lower);
        writer.Write(_peak.Upper);
        writer.Write(_peak.Actual);
        writer.Write(_peak.Z);
        writer.Write((int)_peak.Direction);
        writer.Write(ShiftSize ?? double.NaN);
        writer.Write(VarianceRatio ?? double.NaN);
        writer.Write(SlopePerHour ?? double.NaN);
        writer.Write(StuckValue ?? double.NaN);
        writer.Write(NormalAtPhaseMs ?? long.MinValue);
        writer.Write(SeasonalPeriodMs ?? long.MinValue);
        writer.Write(BecameNormal);
        writer.Write(ReturnedToKnownRegime);
        writer.Write(DampedByFeedback);
        writer.Write(Provisional);
    }

    public void Load(ref StateReader reader)
    {
        IsOpen = reader.ReadBool();
        _nextId = reader.ReadInt64();
        _lastEndMs = reader.ReadInt64();
        _id = reader.ReadInt64();
        Kind = (FindingKind)reader.ReadInt32();
        Detector = (DetectorId)reader.ReadInt32();
        _startMs = reader.ReadInt64();
        _endMs = reader.ReadInt64();
        _points = reader.ReadInt64();
        _quiet = reader.ReadInt32();
        _farAbove = reader.ReadInt32();
        _farBelow = reader.ReadInt32();
        _zSum = reader.ReadDouble();
        _zSquareSum = reader.ReadDouble();
        _zCount = reader.ReadInt64();
        _residualSum = reader.ReadDouble();
        _residualSquareSum = reader.ReadDouble();
        _expectedSum = reader.ReadDouble();
        _expectedSquareSum = reader.ReadDouble();
        _peak = new Observation(
            reader.ReadInt64(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(),
            reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), (Direction)reader.ReadInt32());
        ShiftSize = NullIfNaN(reader.ReadDouble());
        VarianceRatio = NullIfNaN(reader.ReadDouble());
        SlopePerHour = NullIfNaN(reader.ReadDouble());
        StuckValue = NullIfNaN(reader.ReadDouble());
        NormalAtPhaseMs = NullIfMin(reader.ReadInt64());
        SeasonalPeriodMs = NullIfMin(reader.ReadInt64());
        BecameNormal = reader.ReadBool();
        ReturnedToKnownRegime = reader.ReadBool();
        DampedByFeedback = reader.ReadBool();
        Provisional = reader.ReadBool();
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    private static long? NullIfMin(long value) => value == long.MinValue ? null : value;

    /// <summary>
    /// The direction a reader should be told: for a shift the way the level moved and for a trend the way the slope
    /// points — the peak's own direction is that of whichever detector peaked first, which for a finding relabelled
    /// as a shift can be the variance detector's "up".
    /// </summary>
    private Direction ReportedDirection() => Kind switch
    {
        FindingKind.LevelShift when ShiftSize is { } size && size != 0 => size > 0 ? Direction.Up : Direction.Down,
        FindingKind.TrendChange when SlopePerHour is { } slope && slope != 0 => slope > 0 ? Direction.Up : Direction.Down,
        _ => _peak.Direction,
    };
}
