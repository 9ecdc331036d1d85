using Nunchi.Core.Numerics;
using System.Diagnostics.CodeAnalysis;
using Nunchi.Core.Analysis.Calibration;
using Nunchi.Core.Analysis.Detectors;
using Nunchi.Core.Analysis.Seasonality;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Analysis;

/// <summary>
/// Learns what normal looks like for one series and judges each point as it arrives: no parameters, no look-ahead.
/// </summary>
/// <remarks>
/// <para>Per point: (1) prepare — order, duplicates, gaps, counters; (2) expect — level × seasonal profile, with a
/// noise scale for this time of the cycle; (3) detect — residual, level shift, variance, drift, stuck, shape;
/// (4) calibrate — each detector's raw score becomes a tail probability fitted on this series' own history;
/// (5) adapt — confirmed shifts become the new normal, earlier regimes are recognised; (6) report findings.</para>
/// <para>O(1) amortised and allocation-free per point after warm-up (a newly found season sizes its profiles once). In
/// memory with default options: about 7 KiB without a season, 14 KiB with a daily profile of 512 bins, 16 KiB at most
/// with a weekly one beside it; profiles and the shape detector are allocated only when a season calls for them.
/// Not thread-safe: one owner per series. State round-trips exactly through <see cref="SaveState(System.Buffers.IBufferWriter{byte})"/>
/// and <see cref="Restore"/>.</para>
/// </remarks>
public sealed partial class SeriesAnalyzer
{
    private const int DetectorCount = 6;
    private const int CalibratedDetectors = 5;
    private const double SigmaPerMeanAbs = 1.2533141373155003; // √(π/2): mean |x| of a Gaussian is σ·√(2/π)
    private const double BandSigmas = 3;
    private const double ClipSigmas = 4;
    private const double LevelClipSigmas = 3;
    private const int ConfirmShiftPoints = 16;
    private const int RegimeHoldPoints = 4;
    private const double ShiftEvidence = 3;
    private const int PersistentPoints = 1024;
    private const int QuietShiftPoints = 64;
    private const double LearnTailBelowSeverity = 0.5;
    private const double MaxMagnitude = 1e30;
    private const double SurprisePerSeverity = 10; // severity = −log10(p) / 10, as NAB's HTM log-likelihood

    private readonly AnalyzerOptions _options;
    private readonly double _log10Detectors = DeterministicMath.Log10(2);
    private readonly double[] _surprise = new double[DetectorCount];
    private readonly Queue<Finding> _events = new(); // its buffer comes with the first finding
    private readonly List<Finding> _pending = [];
    private readonly CadenceTracker _cadence = new();
    private readonly CounterTransform _counter = new();
    private readonly FeedbackMemory _feedback = new();
    private readonly FindingTracker _finding = new();

    private CoarseHistory _history;
    private SeasonalProfile _profile;
    private SeasonalProfile _outer;
    private RegimeMemory _regime = new();
    private LevelBank _bank = new();
    private ShiftDetector _shift = new();
    private VarianceDetector _variance = new();
    private DriftDetector _drift = new();
    private StuckDetector _stuck;
    private ShapeDetector _shape = new();
    private TailCalibrator[] _calibrators = NewCalibrators();

    private long _points;        // points learned since the models were last reset
    private bool _hasLast;
    private long _lastMs;
    private long _firstMs;
    private PendingGap _gap;     // a gap seen but not yet reported: late points may still fill it
    private double _noise;       // exponentially weighted mean |residual|, clipped
    private long _noiseSamples;
    private double _resolution;  // smallest non-zero step between values: the sensor's resolution
    private bool _hasPrepared;
    private double _lastPrepared;
    private double _strength;
    private long _sinceRecentre;
    private int _holdCount;
    private Observation _held;      // the strongest point held back while a regime return was being checked
    private long _heldStartMs;
    private double _heldSeverity;   // what the held points would have scored
    private int _shiftConfirm;
    private int _quietShift;
    private double _lastSeverity;
    private double _evidence;       // −log10 p of the last point, uncapped (severity caps at 1)

    /// <summary>Creates an analyzer with <paramref name="options"/> (validated) or the defaults.</summary>
    public SeriesAnalyzer(AnalyzerOptions? options = null)
    {
        _options = options ?? AnalyzerOptions.Default;
        _options.Validate();
        _history = new CoarseHistory(_options.HistoryBuckets);
        _profile = new SeasonalProfile(_options.MaxProfileBins);
        _outer = new SeasonalProfile(_options.MaxOuterBins);
        _stuck = new StuckDetector(StuckBins());
    }

    /// <summary>The options this analyzer runs with.</summary>
    public AnalyzerOptions Options => _options;

    /// <summary>What has been learned so far.</summary>
    public AnalyzerSummary Summary => new(
        _points,
        _cadence.CadenceMs,
        _counter.Mode,
        _profile.Active ? _profile.PeriodMs : 0,
        _profile.Active ? _strength : 0,
        Sigma(0, _bank.Level),
        _bank.Level,
        _outer.Active ? _outer.PeriodMs : 0);

    /// <summary>Takes the next finding that opened or closed; <see cref="Finding.IsOpen"/> tells which.</summary>
    public bool TryTakeEvent([NotNullWhen(true)] out Finding? finding) => _events.TryDequeue(out finding);

    /// <summary>
    /// Tells the analyzer that the input has ended (a file was read to its end): findings it was holding back while
    /// the series' cycle was still unknown are released as events, since no cycle will now explain them; so is the
    /// finding still open, if it was being held back for the same reason (a spike in the last few points).
    /// </summary>
    public void Complete()
    {
        if (_gap.Open)
        {
            RaiseGap(_gap.FromMs, _gap.ToMs, _gap.CadenceMs);
            _gap = default;
        }

        if (_profile.Active)
        {
            _pending.Clear();
            return;
        }

        foreach (var finding in _pending)
        {
            _events.Enqueue(finding);
        }

        _pending.Clear();
        if (_finding.IsOpen && _finding.Provisional)
        {
            // Reported as it stands (still open); should more points come after all, its close is reported as usual.
            _finding.Provisional = false;
            _events.Enqueue(_finding.Snapshot());
        }
    }

    /// <summary>The finding open right now, if any.</summary>
    public Finding? OpenFinding => _finding.IsOpen ? _finding.Snapshot() : null;

    /// <summary>Analyses one point. Timestamps are Unix milliseconds and should mostly increase.</summary>
    public PointResult Update(long timestampMs, double value)
    {
        if (!double.IsFinite(value))
        {
            return PointResult.Unscored(PointStatus.NonFinite);
        }

        if (Math.Abs(value) > MaxMagnitude)
        {
            // Beyond what any sensor reports, and beyond what the model's single-precision profiles can hold:
            // certainly anomalous, and never learned from.
            return new PointResult(1, double.NaN, double.NaN, double.NaN, PointStatus.NonFinite);
        }

        if (_hasLast && timestampMs <= _lastMs)
        {
            if (FillGap(timestampMs))
            {
                // A late point inside a gap not yet reported: the data was delayed (concurrent writers, retries),
                // not missing. It is judged like any late point.
                return ScoreWithoutLearning(timestampMs, value, PointStatus.Late);
            }

            if (timestampMs < _lastMs && _lastMs - timestampMs > _options.ReorderSteps * Math.Max(1, _cadence.CadenceMs))
            {
                return PointResult.Unscored(PointStatus.TooLate);
            }

            return ScoreWithoutLearning(timestampMs, value, timestampMs == _lastMs ? PointStatus.Duplicate : PointStatus.Late);
        }

        var flags = PointStatus.None;
        if (_hasLast)
        {
            var step = timestampMs - _lastMs;
            var cadence = _cadence.CadenceMs;
            if (_gap.Open && (timestampMs - _gap.ToMs > GapHoldMs() || step > _options.GapSteps * cadence))
            {
                // The stream has moved on past the gap's hold (or into a new gap) without filling it: missing.
                RaiseGap(_gap.FromMs, _gap.ToMs, _gap.CadenceMs);
                _gap = default;
                flags |= PointStatus.FindingEvent;
            }

            if (cadence > 0 && Learned(FindingKind.Missing) && step > _options.GapSteps * cadence)
            {
                _gap = new PendingGap(_lastMs, timestampMs, cadence);
                flags |= PointStatus.AfterGap;
            }

            _cadence.Add(step);
        }

        if (!_hasLast)
        {
            _firstMs = timestampMs;
        }

        _hasLast = true;
        _lastMs = timestampMs;
        if (_counter.Observe(timestampMs, value, out var prepared, out var usable))
        {
            ResetModels();
        }

        if (!usable)
        {
            return PointResult.Unscored(flags | PointStatus.Warmup);
        }

        return Analyse(timestampMs, prepared, flags);
    }

    private PointResult Analyse(long t, double y, PointStatus flags)
    {
        // 1. Remember the series coarsely and look for seasonality when enough new history has accumulated.
        if (!_history.Started && _cadence.CadenceMs > 0)
        {
            _history.Start(t, _cadence.CadenceMs);
        }

        if (_history.Started && _history.Add(t, y) && ShouldLookForSeason())
        {
            LookForSeason();
        }

        // 2. Expected value and noise scale at this phase of the cycle.
        var expectation = Expect(t);
        var at = expectation.At;
        var seasonal = expectation.Offset;
        var expected = _bank.Level + seasonal;
        var sigma = Sigma(expectation.Scale, expected);
        if (!double.IsFinite(expected) || !double.IsFinite(sigma))
        {
            // Safety net: a model that has become non-finite (extreme inputs) starts learning again rather than
            // answering NaN for ever.
            ResetModels();
            return PointResult.Unscored(flags | PointStatus.Warmup);
        }

        var residual = y - expected;
        var slackLow = expectation.SlackLow;
        var slackHigh = expectation.SlackHigh;
        var excess = Excess(residual, expectation);
        var z = excess / sigma;
        _points++;
        var warm = _points <= _options.WarmupPoints;
        var learnNormal = _lastSeverity < _options.KeepSeverity;

        // 3. Detectors.
        _shift.Update(t, z, excess);
        // A point the timing tolerance absorbed (on a ramp, a bin late or early) says nothing about the noise.
        var tolerated = Math.Abs(residual - excess) > 0.5 * sigma;
        // The usual noise is learned only where the scale is the bin's own: hours read against a borrowed, wider
        // scale would teach it that residuals are small, and the next ordinary hour would look like a variance rise.
        var binLearned = BinLearned(expectation);
        // Where the series does not vary at all (output is 0 all night) a residual of 0 says nothing about its
        // noise; counting those hours would make every morning look twice as noisy after a long weekend.
        var noiseless = SigmaPerMeanAbs * (_profile.Active ? expectation.Scale : _noise) <= 0.5 * _resolution;
        if (!tolerated && !noiseless)
        {
            _variance.Update(z, _shift.Mean, learnLong: learnNormal && binLearned);
        }

        // The drift detector follows the level plus what the band does not explain.
        _drift.Update(t, _bank.Level + excess, sigma, learnSpread: learnNormal);
        _stuck.Update(t, y, StuckBin(expectation), learn: !(_finding.IsOpen && _finding.Kind == FindingKind.Stuck), trusted: binLearned);
        var shapeRaw = _options.DetectShapes ? _shape.Update(y, sigma, PeriodInPoints()) : 0;

        // 4. Calibrate each detector against its own history and combine.
        var severity = 0.0;
        var dominant = DetectorId.Residual;
        var direction = z >= 0 ? Direction.Up : Direction.Down;
        if (!warm)
        {
            severity = Calibrate(Math.Abs(z), shapeRaw, at, out dominant, out direction, z);
        }

        // 5. A return to the previous regime is recognised and restored rather than reported.
        severity = CheckRegimeReturn(y, expectation, sigma, z, severity);

        // 6. Learn, with residuals clipped so that anomalies do not teach the model.
        Learn(t, y, expectation, residual, excess, sigma, anomalous: severity >= _options.KeepSeverity && !Persistent(), tolerated);

        var lower = expected + slackLow - (BandSigmas * sigma);
        var upper = expected + slackHigh + (BandSigmas * sigma);
        var observation = new Observation(t, severity, warm ? 0 : _evidence, expected, lower, upper, y, z, direction);
        if (TrackFindings(observation, dominant, at, y, seasonal))
        {
            flags |= PointStatus.FindingEvent;
        }

        SettlePending();
        _lastSeverity = severity;
        if (_events.Count > 0)
        {
            flags |= PointStatus.FindingEvent;
        }

        return new PointResult(severity, expected, lower, upper, warm ? flags | PointStatus.Warmup : flags);
    }

    private double Calibrate(double absZ, double shapeRaw, PhasePosition at, out DetectorId dominant, out Direction direction, double z)
    {
        // Only the extreme stays out of the tail it is judged against: what keeps coming back at moderate
        // strength becomes part of normal.
        var learnBelow = LearnTailBelowSeverity * SurprisePerSeverity;
        _surprise[(int)DetectorId.Residual] = _calibrators[0].ScoreAndLearn(absZ, learnBelow);
        _surprise[(int)DetectorId.Shift] = _calibrators[1].ScoreAndLearn(Math.Abs(_shift.Raw), learnBelow);
        _surprise[(int)DetectorId.Variance] = _calibrators[2].ScoreAndLearn(Math.Max(0, _variance.Raw), learnBelow);
        _surprise[(int)DetectorId.Drift] = _calibrators[3].ScoreAndLearn(Math.Abs(_drift.Raw), learnBelow);
        _surprise[(int)DetectorId.Shape] = shapeRaw > 0 ? _calibrators[4].ScoreAndLearn(shapeRaw, learnBelow) : 0;
        _surprise[(int)DetectorId.Stuck] = _stuck.Surprise;

        var damped = false;
        if (_feedback.Count > 0)
        {
            var bin = FeedbackBin(at);
            for (var d = 0; d < DetectorCount; d++)
            {
                _surprise[d] = _feedback.Damp((DetectorId)d, DirectionOf((DetectorId)d, z), bin, _surprise[d], _options.KeepSeverity * SurprisePerSeverity * 0.8, out var hit);
                damped |= hit;
            }
        }

        dominant = DetectorId.Residual;
        for (var d = 1; d < DetectorCount; d++)
        {
            if (_surprise[d] > _surprise[(int)dominant])
            {
                dominant = (DetectorId)d;
            }
        }

        direction = DirectionOf(dominant, z);
        if (damped && _finding.IsOpen)
        {
            _finding.DampedByFeedback = true;
        }

        // A small correction for several detectors looking at once (they are correlated, so not a full Bonferroni).
        var combined = _surprise[(int)dominant] - _log10Detectors;
        _evidence = Math.Max(0, combined);
        return Math.Clamp(combined / SurprisePerSeverity, 0, 1);
    }

    private Direction DirectionOf(DetectorId detector, double z) => detector switch
    {
        DetectorId.Residual => z >= 0 ? Direction.Up : Direction.Down,
        DetectorId.Shift => _shift.Raw >= 0 ? Direction.Up : Direction.Down,
        DetectorId.Variance => Direction.Up,
        DetectorId.Drift => _drift.Raw >= 0 ? Direction.Up : Direction.Down,
        _ => Direction.None,
    };

    /// <summary>
    /// How far the stream may run past a gap before the gap is reported: a delayed stretch can be overtaken by about
    /// as much data as it holds (two writers racing with batches of that size), so as long as the gap itself, at least
    /// the reorder window and at most four gap sizes, which bounds how late an outage is reported.
    /// </summary>
    private long GapHoldMs()
    {
        var cadence = _gap.CadenceMs;
        var length = _gap.ToMs - _gap.FromMs;
        return Math.Max(_options.ReorderSteps * cadence, Math.Min(length, 4L * _options.GapSteps * cadence));
    }

    /// <summary>
    /// Counts a late point against the gap waiting to be reported; true when it fell inside. Delayed points fill a
    /// stretch from its start, so what remains runs from the latest of them; when that is no longer a gap (the
    /// series' own gap size or less) the gap is dropped.
    /// </summary>
    private bool FillGap(long t)
    {
        if (!_gap.Open || t <= _gap.FromMs || t >= _gap.ToMs)
        {
            return false;
        }

        _gap = _gap.ToMs - t <= _options.GapSteps * _gap.CadenceMs ? default : _gap with { FromMs = t };
        return true;
    }

    /// <summary>The part of a residual the band's timing tolerance does not explain.</summary>
    private static double Excess(double residual, in Expectation expectation) =>
        residual > expectation.SlackHigh ? residual - expectation.SlackHigh
        : residual < expectation.SlackLow ? residual - expectation.SlackLow
        : 0;

    private double Sigma(double binScale, double expected)
    {
        var global = SigmaPerMeanAbs * _noise;
        var sigma = binScale > 0 ? SigmaPerMeanAbs * binScale : global;
        var floor = Math.Max(Math.Max(0.5 * _resolution, 1e-9 * Math.Abs(expected)), 1e-12);
        return Math.Max(sigma, floor);
    }

    /// <summary>The coarse time of the cycle (one of 24) a feedback verdict is tied to, or −1 without a season.</summary>
    private int FeedbackBin(PhasePosition at) => _profile.Active ? at.Nearest * 24 / _profile.Bins : -1;

    /// <summary>
    /// The phase bin repeats are judged in: the outer profile's when there is one (a Sunday that repeats one value
    /// all day is normal on Sundays only), else the main profile's, else a single bin.
    /// </summary>
    private int StuckBin(in Expectation expectation) =>
        _outer.Active ? expectation.OuterAt.Nearest : _profile.Active ? expectation.At.Nearest : 0;

    /// <summary>
    /// True once the phase bin this point is judged in has been seen for a whole visit: before that its noise scale
    /// is borrowed (a Sunday read with a weekday's production noise) and says little about the noise here.
    /// </summary>
    private bool BinLearned(in Expectation expectation) =>
        _outer.Active ? _outer.Visited(expectation.OuterAt) : !_profile.Active || _profile.Visited(expectation.At);

    private double PeriodInPoints()
    {
        var cadence = _cadence.CadenceMs;
        return _profile.Active && cadence > 0 ? (double)_profile.PeriodMs / cadence : 0;
    }

    private void Learn(long t, double y, in Expectation expectation, double residual, double excess, double sigma, bool anomalous, bool tolerated)
    {
        // While the shift detector sees one-sided evidence the level holds still: either the shift is adopted
        // exactly (its size measured against the old level) or the evidence fades and nothing was lost.
        var holding = _holdCount > 0;
        var followTrend = _finding.IsOpen && _finding.Kind == FindingKind.TrendChange && !Alarming(DetectorId.Shift);
        var seasonal = expectation.Offset;
        if (Math.Abs(_shift.Raw) >= ShiftEvidence && !_finding.IsOpen && !holding)
        {
            // One-sided evidence that never becomes an alarm is a small, lasting change of the normal level:
            // adopt it quietly rather than hold the level still (and the scores raised) indefinitely.
            if (++_quietShift >= QuietShiftPoints)
            {
                // The drift detector follows level + residual, which this leaves unchanged: a creep stays visible.
                _bank.Rebase(_shift.RunOffset);
                _shift.Reset();
                _quietShift = 0;
            }
        }
        else
        {
            _quietShift = 0;
        }

        if (!holding && (Math.Abs(_shift.Raw) < ShiftEvidence || followTrend))
        {
            // Where the profile is steep (a shift change) its timing, not the level, explains the residual: such a
            // point teaches the level in proportion to how little the timing uncertainty outweighs the noise, so a
            // press starting four minutes late does not drag the level down and then up again. Steps are clipped at
            // the series' usual noise, not the bin's, for the same reason.
            var timing = expectation.SlackHigh - expectation.SlackLow;
            var weight = sigma * sigma / ((sigma * sigma) + (timing * timing));
            _bank.Learn(y - seasonal, LevelClipSigmas * Math.Min(sigma, Sigma(0, y)), select: _lastSeverity < _options.KeepSeverity, slowOnly: _profile.Active, weight);
        }

        var clip = ClipSigmas * sigma;
        if (_profile.Active && !holding)
        {
            // Backfitting: each profile learns what the level and the other profile leave unexplained. Anomalous
            // points do not move the expected value (a shift is then adopted at its true size).
            // The outer profile learns after the inner one has (Gauss-Seidel), so the two never both take up the
            // same residual.
            var absResidual = Math.Min(Math.Abs(residual), clip);
            var inner = Math.Clamp(y - _bank.Level - expectation.Outer, expectation.Inner - clip, expectation.Inner + clip);
            _profile.Learn(t, expectation.At, inner, absResidual, anomalous);
            if (_outer.Active)
            {
                var learnedInner = _profile.Offset(expectation.At);
                var outer = Math.Clamp(y - _bank.Level - learnedInner, expectation.Outer - clip, expectation.Outer + clip);
                _outer.Learn(t, expectation.OuterAt, outer, absResidual, anomalous);
            }

            if (++_sinceRecentre >= _profile.Bins * 8)
            {
                // Keep the profiles centred on zero so that the level means the same thing all cycle long.
                var mean = _profile.Recentre() + (_outer.Active ? _outer.Recentre() : 0);
                _bank.Rebase(mean);
                _drift.Translate(mean);
                _sinceRecentre = 0;
            }
        }

        if (!anomalous && !tolerated)
        {
            var rate = Math.Max(1.0 / 256, 1.0 / ++_noiseSamples);
            _noise += rate * (Math.Min(Math.Abs(excess), clip) - _noise);
        }

        if (_hasPrepared)
        {
            var step = Math.Abs(y - _lastPrepared);
            if (step > 0 && (_resolution == 0 || step < _resolution))
            {
                _resolution = step;
            }
        }

        _hasPrepared = true;
        _lastPrepared = y;
    }

    /// <summary>
    /// True when the open finding has lasted so long, or is about the noise itself, that it is the series'
    /// new behaviour: then the noise scales learn from it again, so that no state can stay anomalous forever.
    /// </summary>
    private bool Persistent() => _finding.IsOpen
        && (_finding.Kind == FindingKind.VarianceChange || _finding.Points > PersistentPoints);

    /// <summary>Bins the stuck detector may need: the main profile's, or the outer one's once a longer season is found.</summary>
    private int StuckBins() => Math.Max(_options.MaxProfileBins, _options.MaxOuterBins);

    private static TailCalibrator[] NewCalibrators()
    {
        // Residuals and shape distances may be heavy-tailed; the smoothed statistics cannot be.
        return
        [
            new TailCalibrator(maxShape: 0.45),
            new TailCalibrator(maxShape: 0),
            new TailCalibrator(maxShape: 0),
            new TailCalibrator(maxShape: 0),
            new TailCalibrator(maxShape: 0.3),
        ];
    }

    private void ResetModels()
    {
        // The series turned out to be a counter (or not): everything learned was about the wrong quantity.
        _history = new CoarseHistory(_options.HistoryBuckets);
        _profile = new SeasonalProfile(_options.MaxProfileBins);
        _outer = new SeasonalProfile(_options.MaxOuterBins);
        _regime = new RegimeMemory();
        _bank = new LevelBank();
        _shift = new ShiftDetector();
        _variance = new VarianceDetector();
        _drift = new DriftDetector();
        _stuck = new StuckDetector(StuckBins());
        _shape = new ShapeDetector();
        _calibrators = NewCalibrators();
        _points = 0;
        _noise = 0;
        _noiseSamples = 0;
        _resolution = 0;
        _hasPrepared = false;
        _strength = 0;
        _holdCount = 0;
        _shiftConfirm = 0;
        _quietShift = 0;
        _lastSeverity = 0;
    }
}
