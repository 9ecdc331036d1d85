using Nunchi.Core.Numerics;
using Nunchi.Core.Analysis.Detectors;
using Nunchi.Core.Analysis.Seasonality;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Analysis;

public sealed partial class SeriesAnalyzer
{
    private const double RegimeAlarmZ = 3;
    private const double RegimeMatchZ = 2;
    private const double BreakMatchScales = 2;
    private const double BreakSeparationSigmas = 3;
    private const int MinPointsToClassify = 4;
    private const double HeldSeverity = 0.45;
    private const int MaxPending = 32;
    private const long SeasonSearchMs = 4 * 86_400_000L; // a daily season is usually found within three days
    private const long CalendarEpochMs = 946_684_800_000; // 2000-01-01: earlier stamps are row indices, not clocks
    private const double OneSidedZ = 2;          // a mean residual of 2 sigmas or more is a shift
    private const double ScatteredZVariance = 4; // residuals scattering with twice the usual sigma

    /// <summary>Opens, grows, upgrades and closes findings; returns true when an event was queued.</summary>
    private bool TrackFindings(in Observation at, DetectorId dominant, PhasePosition phase, double y, double seasonal)
    {
        var before = _events.Count;
        if (!_finding.IsOpen)
        {
            if (_holdCount > 0)
            {
                // Possibly a return to the previous regime: keep the evidence and decide when the hold ends.
                if (_held.TimestampMs == 0 || at.Severity > _held.Severity)
                {
                    _heldStartMs = _held.TimestampMs == 0 ? at.TimestampMs : _heldStartMs;
                    _held = at;
                }

                return false;
            }

            var peak = at;
            var start = at.TimestampMs;
            if (_held.TimestampMs != 0 && _heldSeverity >= at.Severity)
            {
                // The hold ended without a return: what was held back is reported after all.
                peak = _held with { Severity = _heldSeverity, Surprise = Math.Max(_held.Surprise, _heldSeverity * SurprisePerSeverity) };
                start = _heldStartMs;
            }

            _held = default;
            _heldSeverity = 0;
            var kind = KindOf(dominant, peak.Direction);
            if (!Learned(kind) && StrongestReportable(at.Z, out var reportable))
            {
                // The strongest evidence is of a kind that needs the cycle (a trend, a shift start), but another
                // detector alarms on its own about something that does not: report what can be reported, rather
                // than nothing. Its evidence, not the dominant one's, sets the finding's strength.
                dominant = reportable;
                var surprise = _surprise[(int)reportable] - _log10Detectors;
                var direction = DirectionOf(reportable, at.Z);
                kind = KindOf(reportable, direction);
                peak = peak with { Severity = Math.Min(peak.Severity, surprise / SurprisePerSeverity), Surprise = Math.Min(peak.Surprise, surprise), Direction = direction };
            }

            if (Learned(kind) && peak.Severity >= _options.OpenSeverity)
            {
                _finding.Open(kind, dominant, Math.Min(start, StartOf(dominant, at.TimestampMs)), peak);
                _finding.SeasonalPeriodMs = _profile.Active ? _profile.PeriodMs : null;
                _shiftConfirm = 0;
                ClassifySeasonalityBreak(phase, y);
                UpdateFacts();
                // While the cycle is still unknown a finding is provisional: it is reported when it closes, and only
                // if it turned out to be a kind that does not need the cycle (a spike, not a shift start).
                _finding.Provisional = !Learned(FindingKind.LevelShift);
                if (!_finding.Provisional)
                {
                    _events.Enqueue(_finding.Snapshot());
                }
            }

            return _events.Count > before;
        }

        _finding.Observe(at, at.Severity >= _options.KeepSeverity);
        Reclassify(phase, y);
        UpdateFacts();

        // A level shift that keeps being confirmed is the new normal: report it once and adopt it.
        _shiftConfirm = _finding.Kind == FindingKind.LevelShift && Alarming(DetectorId.Shift) ? _shiftConfirm + 1 : 0;
        var confirm = ShiftConfirmation();
        if (_shiftConfirm >= confirm && _shift.RunIsRamp)
        {
            // Growing, not stepped: a drift. The level follows it from now on and the finding lasts as long as it does.
            _finding.Kind = FindingKind.TrendChange;
            _finding.Detector = DetectorId.Drift;
            _shiftConfirm = 0;
        }
        else if (_shiftConfirm >= confirm)
        {
            AdoptShift(at.TimestampMs);
        }
        else if (_finding.Quiet >= _options.QuietPointsToClose || _finding.Points >= _options.MaxFindingPoints)
        {
            if (_finding.Kind == FindingKind.LevelShift && _finding.ResidualCount < confirm)
            {
                // Over before it could be confirmed: a short excursion, not a new level.
                Relabel(_finding.MeanZ >= 0 ? FindingKind.Spike : FindingKind.Dip, DetectorId.Residual);
            }

            CloseFinding();
        }

        return _events.Count > before;
    }

    /// <summary>
    /// Consecutive alarming points before a level shift is adopted: 16, or two bins' worth of samples for a seasonal
    /// series, so that a shift change that comes a few minutes late (its residuals last about a bin) is not taken
    /// for a new level.
    /// </summary>
    private int ShiftConfirmation() =>
        _profile.Active ? Math.Max(ConfirmShiftPoints, (int)(2 * _profile.SamplesPerVisit)) : ConfirmShiftPoints;

    private void CloseFinding()
    {
        var provisional = _finding.Provisional;
        var closed = _finding.Close();
        if (!provisional || Learned(closed.Kind))
        {
            _events.Enqueue(closed);
        }
        else if (_pending.Count < MaxPending)
        {
            // Held back until the cycle is known: if a season turns up, it was probably one of its turns; if none
            // does (four days pass, or the data ends first), it is reported after all.
            _pending.Add(closed);
        }
    }

    /// <summary>Settles the findings held back while the cycle was unknown, once it is.</summary>
    private void SettlePending()
    {
        if (_pending.Count == 0 || !Learned(FindingKind.LevelShift))
        {
            return;
        }

        if (!_profile.Active)
        {
            foreach (var finding in _pending)
            {
                _events.Enqueue(finding);
            }
        }

        _pending.Clear();
    }

    private bool Alarming(DetectorId detector) =>
        _surprise[(int)detector] - _log10Detectors >= _options.OpenSeverity * SurprisePerSeverity;

    /// <summary>
    /// The most surprising detector that alarms on its own and whose kind may be reported now (see
    /// <see cref="Learned"/>); false when there is none.
    /// </summary>
    private bool StrongestReportable(double z, out DetectorId detector)
    {
        detector = DetectorId.Residual;
        var best = double.NegativeInfinity;
        for (var d = 0; d < DetectorCount; d++)
        {
            var id = (DetectorId)d;
            if (_surprise[d] > best && Alarming(id) && Learned(KindOf(id, DirectionOf(id, z))))
            {
                detector = id;
                best = _surprise[d];
            }
        }

        return best > double.NegativeInfinity;
    }

    private static FindingKind KindOf(DetectorId detector, Direction direction) => detector switch
    {
        DetectorId.Residual => direction == Direction.Down ? FindingKind.Dip : FindingKind.Spike,
        DetectorId.Shift => FindingKind.LevelShift,
        DetectorId.Variance => FindingKind.VarianceChange,
        DetectorId.Drift => FindingKind.TrendChange,
        DetectorId.Shape => FindingKind.ShapeAnomaly,
        _ => FindingKind.Stuck,
    };

    private long StartOf(DetectorId detector, long nowMs) => detector switch
    {
        DetectorId.Shift => _shift.RunStartMs,
        DetectorId.Stuck => _stuck.RunStartMs,
        _ => nowMs,
    };

    /// <summary>
    /// Decides what an open finding is from all its points so far, not from whichever detector fired first:
    /// residuals that sit consistently on one side are a level shift, residuals that scatter widely around zero
    /// are a variance change, and a stuck run or a shape that no other detector explains keep their kinds.
    /// </summary>
    private void Reclassify(PhasePosition phase, double y)
    {
        if (Alarming(DetectorId.Stuck) || (_finding.Kind == FindingKind.Stuck && _stuck.Surprise > 0))
        {
            Relabel(FindingKind.Stuck, DetectorId.Stuck);
            return;
        }

        if (_finding.Kind == FindingKind.TrendChange && _finding.Detector == DetectorId.Drift && !Alarming(DetectorId.Shift))
        {
            return;
        }

        if (_finding.ResidualCount < MinPointsToClassify)
        {
            return;
        }

        var mean = _finding.MeanZ;
        var variance = _finding.VarianceZ;
        if (mean * mean >= Math.Max(OneSidedZ * OneSidedZ, variance))
        {
            if (_finding.Kind != FindingKind.SeasonalityBreak || OutsideSeasonalRange(y) || _finding.TracksExpected(Sigma(0, _bank.Level)))
            {
                Relabel(FindingKind.LevelShift, DetectorId.Shift);
                _finding.NormalAtPhaseMs = null;
                ClassifySeasonalityBreak(phase, y);
            }
        }
        else if (Alarming(DetectorId.Variance) || (variance >= ScatteredZVariance && _finding.ScatteredBothWays))
        {
            Relabel(FindingKind.VarianceChange, DetectorId.Variance);
        }
        else if (Alarming(DetectorId.Drift))
        {
            Relabel(FindingKind.TrendChange, DetectorId.Drift);
        }
    }

    private void Relabel(FindingKind kind, DetectorId detector)
    {
        if (_finding.Kind != kind)
        {
            _finding.Kind = kind;
            _finding.Detector = detector;
            _finding.ExtendStart(StartOf(detector, _finding.StartMs));
        }
    }

    /// <summary>
    /// A sustained departure to values that are normal for another phase of the cycle (a press running through
    /// the night) is a seasonality break, not a new level: it is never adopted as a level shift.
    /// </summary>
    private void ClassifySeasonalityBreak(PhasePosition phase, double y)
    {
        // Only sustained departures qualify: a single spike can land on any value the cycle ever takes.
        if (!_profile.Active || _finding.Kind != FindingKind.LevelShift)
        {
            return;
        }

        var sigma = Sigma(0, _bank.Level);
        var (bin, distance) = _profile.ClosestBin(y, _bank.Level, sigma);
        if (bin < 0 || distance > BreakMatchScales || OutsideSeasonalRange(y) || _finding.TracksExpected(sigma))
        {
            return;
        }

        var here = _profile.Offset(phase);
        var separation = Math.Abs(_profile.Means[bin] - here);
        if (separation < BreakSeparationSigmas * Math.Max(sigma, SigmaPerMeanAbs * _profile.Scale(phase, _noise)))
        {
            return;
        }

        _finding.Kind = FindingKind.SeasonalityBreak;
        _finding.NormalAtPhaseMs = _profile.BinCentreMs(bin);
    }

    private bool OutsideSeasonalRange(double y)
    {
        var (min, max) = _profile.Range();
        var margin = BreakMatchScales * Sigma(0, _bank.Level);
        return y < _bank.Level + min - margin || y > _bank.Level + max + margin;
    }

    private void UpdateFacts()
    {
        switch (_finding.Kind)
        {
            case FindingKind.LevelShift:
                _finding.ShiftSize = _shift.RunOffset;
                break;
            case FindingKind.VarianceChange:
                _finding.VarianceRatio = Math.Max(_finding.VarianceRatio ?? 0, _variance.Ratio);
                break;
            case FindingKind.TrendChange:
                _finding.SlopePerHour = _drift.SlopePerHour;
                break;
            case FindingKind.Stuck:
                _finding.StuckValue = _stuck.Value;
                break;
        }
    }

    private void AdoptShift(long t)
    {
        var offset = _shift.RunOffset;
        // The whole level moves. A change that concerns only some phases (a new set point matters in production,
        // not at night) then shows the old level at the other phases, which regime memory recognises and restores
        // without a finding; the two regimes alternate silently from then on.
        _regime.Remember(_bank.Level, t);
        _bank.Rebase(offset);
        _finding.ShiftSize = offset;
        _finding.BecameNormal = true;
        _finding.ExtendStart(_shift.RunStartMs);
        _shift.Reset();
        _variance.Forget();
        _drift.Rebase(_bank.Level);
        _shiftConfirm = 0;
        CloseFinding();
    }

    /// <summary>
    /// Holds back findings (not scores) while the series matches the regime it was in before its last adopted
    /// change, and restores that regime once the match persists; if the match breaks first, what was held back is
    /// reported as usual.
    /// </summary>
    private double CheckRegimeReturn(double y, in Expectation expectation, double sigma, double z, double severity)
    {
        if (Math.Abs(z) < RegimeAlarmZ || !_regime.Recent(_lastMs, RegimeMemoryMs())
            || Math.Abs(y - _regime.Expected(expectation.Offset)) / sigma > RegimeMatchZ)
        {
            _holdCount = 0;
            return severity;
        }

        if (++_holdCount < RegimeHoldPoints)
        {
            // Probably the old regime coming back: ranked as notable, but kept below the alert level. What it
            // would have scored is kept, in case the hold breaks and the points are reported after all.
            _heldSeverity = Math.Max(_heldSeverity, severity);
            return Math.Min(severity, HeldSeverity);
        }

        _regime.SwapWith(_bank, _lastMs);
        _shift.Reset();
        _drift.Rebase(_bank.Level);
        _holdCount = 0;
        _held = default;
        _heldSeverity = 0;
        if (_finding.IsOpen)
        {
            _finding.ReturnedToKnownRegime = true;
            CloseFinding();
        }

        return Math.Min(severity, HeldSeverity);
    }

    /// <summary>
    /// True once a finding of <paramref name="kind"/> may be raised: after
    /// <see cref="AnalyzerOptions.LearningPoints"/> points; and for kinds that need the cycle to be known (a level
    /// shift, a seasonality break, a trend or variance change), on data with a real clock sampled at least hourly,
    /// only once a season has been found or four days have passed — a day's pattern needs more than two days to be
    /// seen, and until then every shift start would look like a new level. Spikes, dips, stuck sensors and missing
    /// data are reported from the start. Scores are given from the end of the warm-up regardless.
    /// </summary>
    private bool Learned(FindingKind kind)
    {
        if (_points <= _options.LearningPoints)
        {
            return false;
        }

        if (kind is FindingKind.Spike or FindingKind.Dip or FindingKind.Stuck or FindingKind.Missing or FindingKind.ShapeAnomaly)
        {
            return true;
        }

        var cadence = _cadence.CadenceMs;
        return _profile.Active || !_history.Started || _history.OriginMs < CalendarEpochMs || cadence > 3_600_000
            || _lastMs - _firstMs >= SeasonSearchMs;
    }

    /// <summary>How long a left regime is remembered: a week, or 10 000 points when that is longer.</summary>
    private long RegimeMemoryMs() => Math.Max(7 * 86_400_000L, 10_000 * Math.Max(1, _cadence.CadenceMs));

    private void RaiseGap(long lastMs, long nowMs, long cadence)
    {
        var missingSteps = (nowMs - lastMs) / (double)cadence;
        var severity = Math.Clamp(0.5 + (0.1 * DeterministicMath.Log2(missingSteps / _options.GapSteps)), 0.5, 1);
        var start = lastMs + cadence;
        _events.Enqueue(new Finding
        {
            Id = _finding.TakeId(),
            Kind = FindingKind.Missing,
            StartMs = start,
            EndMs = Math.Max(start, nowMs - cadence),
            PeakMs = start,
            Severity = severity,
            Expected = double.NaN,
            Lower = double.NaN,
            Upper = double.NaN,
            Actual = _hasPrepared ? _lastPrepared : double.NaN,
            Facts = new FindingFacts
            {
                Detector = "gap",
                Points = 0,
                CadenceMs = cadence,
                SeasonalPeriodMs = _profile.Active ? _profile.PeriodMs : null,
            },
        });
    }

    private PointResult ScoreWithoutLearning(long t, double value, PointStatus flags)
    {
        // Late and duplicate points are judged against the current model but teach it nothing, so that order
        // glitches cannot corrupt what was learned.
        if (_counter.Mode == SeriesMode.Counter || _points <= _options.WarmupPoints)
        {
            return PointResult.Unscored(flags | PointStatus.Warmup);
        }

        var expectation = Expect(t);
        var expected = _bank.Level + expectation.Offset;
        var sigma = Sigma(expectation.Scale, expected);
        var surprise = _calibrators[0].Surprise(Math.Abs(Excess(value - expected, expectation)) / sigma) - _log10Detectors;
        var severity = Math.Clamp(surprise / SurprisePerSeverity, 0, 1);
        return new PointResult(
            severity,
            expected,
            expected + expectation.SlackLow - (BandSigmas * sigma),
            expected + expectation.SlackHigh + (BandSigmas * sigma),
            flags);
    }
}
