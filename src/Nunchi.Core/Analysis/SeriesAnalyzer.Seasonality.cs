using Nunchi.Core.Analysis.Seasonality;

namespace Nunchi.Core.Analysis;

public sealed partial class SeriesAnalyzer
{
    private const double PeriodTolerance = 0.02;
    private const double SwitchGain = 0.05;
    private const double DropBelowStrength = 0.05;
    private const int SeedCycles = 3;

    [ThreadStatic]
    private static double[]? t_buckets;

    [ThreadStatic]
    private static double[]? t_raw;

    private bool ShouldLookForSeason()
    {
        // Look again whenever the history has grown by half since the last look (or was just re-bucketed).
        var count = _history.Count;
        return count >= 48 && _history.FinishedSinceMark >= Math.Max(24, count / 2);
    }

    private void LookForSeason()
    {
        _history.MarkDetected();
        var buckets = Buffer(ref t_buckets, _history.Capacity);
        var raw = Buffer(ref t_raw, _history.Capacity);
        var n = _history.CopyTo(buckets);
        buckets.AsSpan(0, n).CopyTo(raw);
        var bucketMs = _history.BucketMs;
        var originMs = _history.OriginMs;
        var cadence = Math.Max(1, _cadence.CadenceMs);

        var candidate = PeriodFinder.Find(buckets.AsSpan(0, n), bucketMs, originMs, 4 * cadence);
        if (!candidate.Found)
        {
            if (_profile.Active && n * bucketMs >= 2 * _profile.PeriodMs
                && PeriodFinder.CrossValidatedStrength(buckets.AsSpan(0, n), bucketMs, originMs, _profile.PeriodMs) < DropBelowStrength)
            {
                // The pattern has gone: stop expecting it.
                _profile.Clear();
                _regime.Forget();
                _strength = 0;
            }

            return;
        }

        if (_profile.Active)
        {
            if (Math.Abs(candidate.PeriodMs - _profile.PeriodMs) <= PeriodTolerance * _profile.PeriodMs)
            {
                return;
            }

            // Only switch for a clearly better period; one that cannot be judged at this resolution stays.
            if (_profile.PeriodMs >= 4 * bucketMs && n * bucketMs >= 2 * _profile.PeriodMs)
            {
                var current = PeriodFinder.CrossValidatedStrength(buckets.AsSpan(0, n), bucketMs, originMs, _profile.PeriodMs);
                if (candidate.Strength < current + SwitchGain)
                {
                    return;
                }
            }
            else
            {
                return;
            }
        }

        ApplyPeriod(candidate, raw.AsSpan(0, n), bucketMs, originMs, cadence);
    }

    private void ApplyPeriod(PeriodCandidate candidate, ReadOnlySpan<double> raw, long bucketMs, long originMs, long cadence)
    {
        var firstTime = !_profile.Active;
        var period = candidate.PeriodMs;
        _profile.Reset(period, cadence);
        _strength = candidate.Strength;

        // Seed each bin with the mean of the last few cycles at that phase, read from the history.
        var bins = _profile.Bins;
        var endMs = originMs + (raw.Length * bucketMs);
        var lastCycleStart = endMs - (((endMs % period) + period) % period);
        Span<double> means = bins <= 1024 ? stackalloc double[bins] : new double[bins];
        double total = 0;
        var filled = 0;
        for (var b = 0; b < bins; b++)
        {
            var centre = _profile.BinCentreMs(b);
            double sum = 0;
            var count = 0;
            for (var k = 0; k <= SeedCycles; k++)
            {
                var time = lastCycleStart - (k * period) + centre;
                var index = (time - originMs) / bucketMs;
                if (time >= originMs && index < raw.Length && !double.IsNaN(raw[(int)index]))
                {
                    sum += raw[(int)index];
                    count++;
                }
            }

            means[b] = count > 0 ? sum / count : double.NaN;
            if (count > 0)
            {
                total += means[b];
                filled++;
            }
        }

        if (filled == 0)
        {
            _profile.Clear();
            return;
        }

        var level = total / filled;
        var previous = level;
        for (var b = 0; b < bins; b++)
        {
            // A phase the history never saw takes its neighbour's value.
            var mean = double.IsNaN(means[b]) ? previous : means[b];
            previous = mean;
            _profile.SetMean(b, mean - level);
        }

        _bank.Set(level);
        _drift.Rebase(level);
        _regime.Forget();
        _shift.Reset();
        _sinceRecentre = 0;
        if (firstTime)
        {
            _stuck.SpreadFromFirstBin();
        }
    }

    private static double[] Buffer(ref double[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new double[length];
        }

        return buffer;
    }
}
