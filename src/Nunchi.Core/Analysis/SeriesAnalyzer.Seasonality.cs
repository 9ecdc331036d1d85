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
        var before = count - _history.FinishedSinceMark;
        return count >= 48 && _history.FinishedSinceMark >= Math.Max(24, before / 2);
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
        if (Environment.GetEnvironmentVariable("NUNCHI_DEBUG_SEASON") is not null) Console.WriteLine($"SEASON t={_lastMs} n={n} W={bucketMs} -> P={candidate.PeriodMs} R2={candidate.Strength:F3} current={_profile.PeriodMs}");
        if (!candidate.Found)
        {
            if (_profile.Active && n * bucketMs >= 2 * _profile.PeriodMs
                && PeriodFinder.Validate(buckets.AsSpan(0, n), bucketMs, originMs, _profile.PeriodMs).Strength < DropBelowStrength)
            {
                // The pattern has gone: stop expecting it.
                _profile.Clear();
                _regime.Forget();
                _stuck.Reset(1, 1);
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
                var current = PeriodFinder.Validate(buckets.AsSpan(0, n), bucketMs, originMs, _profile.PeriodMs);
                if (candidate.Fit < current.Fit + SwitchGain)
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
        var period = candidate.PeriodMs;
        var shorter = _profile.Active && IsMultiple(period, _profile.PeriodMs) ? _profile.Clone() : null;
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
            means[b] = double.IsNaN(means[b]) ? previous : means[b];
            previous = means[b];
        }

        if (shorter is not null)
        {
            // A week found where a day was known: keep the day's fine shape (learned point by point) and add only
            // how each day of the week differs from the average day, which is all the coarse history can tell.
            SeedFromShorter(shorter, means);
            _drift.Rebase(_bank.Level);
        }
        else
        {
            for (var b = 0; b < bins; b++)
            {
                _profile.SetMean(b, means[b] - level);
            }

            _bank.Set(level);
            _drift.Rebase(level);
        }

        _regime.Forget();
        _shift.Reset();
        _sinceRecentre = 0;
        _stuck.Reset(_profile.Bins, _profile.SamplesPerVisit);
    }

    private void SeedFromShorter(SeasonalProfile shorter, ReadOnlySpan<double> means)
    {
        var period = _profile.PeriodMs;
        var bins = _profile.Bins;
        var repeats = (int)Math.Round((double)period / shorter.PeriodMs);
        for (var b = 0; b < bins; b++)
        {
            var centre = _profile.BinCentreMs(b);
            var phase = centre % shorter.PeriodMs;
            double average = 0;
            for (var j = 0; j < repeats; j++)
            {
                var other = (int)Math.Min(bins - 1, (phase + (j * shorter.PeriodMs)) * bins / period);
                average += means[other];
            }

            average /= repeats;
            _profile.SetMean(b, shorter.Offset(shorter.Locate(centre)) + (means[b] - average));
            if (Environment.GetEnvironmentVariable("NUNCHI_DEBUG_SEED") is not null) Console.WriteLine($"SEED b={b} centre={centre} H={means[b]:F1} avg={average:F1} old={shorter.Offset(shorter.Locate(centre)):F1}");
        }
    }

    private static bool IsMultiple(long longer, long shorter)
    {
        var repeats = Math.Round((double)longer / shorter);
        return repeats >= 2 && Math.Abs(longer - (repeats * shorter)) <= PeriodTolerance * longer;
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
