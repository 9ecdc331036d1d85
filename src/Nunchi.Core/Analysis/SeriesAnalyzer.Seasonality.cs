using Nunchi.Core.Analysis.Seasonality;
using Nunchi.Core.Numerics;

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
        if (!candidate.Found)
        {
            if (_profile.Active && n * bucketMs >= 2 * _profile.PeriodMs
                && PeriodFinder.Validate(buckets.AsSpan(0, n), bucketMs, originMs, _profile.PeriodMs).Strength < DropBelowStrength)
            {
                // The pattern has gone: stop expecting it.
                _profile.Clear();
                _outer.Clear();
                _regime.Forget();
                _stuck.Reset(1, 1);
                _strength = 0;
            }

            return;
        }

        if (_profile.Active)
        {
            if (Same(candidate.PeriodMs, _profile.PeriodMs) || (_outer.Active && Same(candidate.PeriodMs, _outer.PeriodMs)))
            {
                return;
            }

            // Only change for a clearly better period; one that cannot be judged at this resolution stays.
            if (_profile.PeriodMs < 4 * bucketMs || n * bucketMs < 2 * _profile.PeriodMs
                || candidate.Fit < PeriodFinder.Validate(buckets.AsSpan(0, n), bucketMs, originMs, _profile.PeriodMs).Fit + SwitchGain)
            {
                return;
            }

            if (IsMultiple(candidate.PeriodMs, _profile.PeriodMs))
            {
                // A week found where a day is known: keep the day, learned point by point at fine resolution, and
                // add how each day of the week differs from it, which is what the coarse history can tell.
                _outer.Reset(candidate.PeriodMs, cadence);
                Span<double> means = stackalloc double[_outer.Bins];
                SeedMeans(_outer, raw.AsSpan(0, n), bucketMs, originMs, means);
                SeedOuter(means);
                _profile.ForgetScales();
                _stuck.Rebin(_outer.Bins, _outer.SamplesPerVisit, (int)Math.Round((double)_outer.PeriodMs / _profile.PeriodMs));
                return;
            }
        }

        ApplyPeriod(candidate, raw.AsSpan(0, n), bucketMs, originMs, cadence);
    }

    private void ApplyPeriod(PeriodCandidate candidate, ReadOnlySpan<double> raw, long bucketMs, long originMs, long cadence)
    {
        _profile.Reset(candidate.PeriodMs, cadence);
        _outer.Clear();
        _strength = candidate.Strength;
        Span<double> means = _profile.Bins <= 1024 ? stackalloc double[_profile.Bins] : new double[_profile.Bins];
        var level = SeedMeans(_profile, raw, bucketMs, originMs, means);
        if (double.IsNaN(level))
        {
            _profile.Clear();
            return;
        }

        for (var b = 0; b < means.Length; b++)
        {
            _profile.SetMean(b, means[b] - level);
        }

        _bank.Set(level);
        _drift.Rebase(level);
        _regime.Forget();
        _shift.Reset();
        _sinceRecentre = 0;
        _stuck.Reset(_profile.Bins, _profile.SamplesPerVisit);
    }

    /// <summary>
    /// Fills <paramref name="means"/> with, for each bin of <paramref name="profile"/>, the median of the last few
    /// cycles of the history at that phase (gaps take the neighbouring bin's value); returns their average, or NaN
    /// when the history holds nothing.
    /// </summary>
    private static double SeedMeans(SeasonalProfile profile, ReadOnlySpan<double> raw, long bucketMs, long originMs, Span<double> means)
    {
        var period = profile.PeriodMs;
        var endMs = originMs + (raw.Length * bucketMs);
        var lastCycleStart = endMs - (((endMs % period) + period) % period);
        double total = 0;
        var filled = 0;
        Span<double> cycles = stackalloc double[SeedCycles + 1];
        for (var b = 0; b < means.Length; b++)
        {
            var centre = profile.BinCentreMs(b);
            var count = 0;
            for (var k = 0; k <= SeedCycles; k++)
            {
                var time = lastCycleStart - (k * period) + centre;
                var index = (time - originMs) / bucketMs;
                if (time >= originMs && index < raw.Length && !double.IsNaN(raw[(int)index]))
                {
                    cycles[count++] = raw[(int)index];
                }
            }

            // The median, not the mean: a Sunday among the last four days must not seed a production hour at
            // two thirds of its value (the level would take up the difference and swing with the day from then on).
            means[b] = count > 0 ? Median(cycles[..count]) : double.NaN;
            if (count > 0)
            {
                total += means[b];
                filled++;
            }
        }

        if (filled == 0)
        {
            return double.NaN;
        }

        var level = total / filled;
        var previous = level;
        for (var b = 0; b < means.Length; b++)
        {
            means[b] = double.IsNaN(means[b]) ? previous : means[b];
            previous = means[b];
        }

        return level;
    }

    /// <summary>Sets each outer bin to how the history at that phase differs from its average over the inner cycles.</summary>
    private void SeedOuter(ReadOnlySpan<double> means)
    {
        var period = _outer.PeriodMs;
        var bins = _outer.Bins;
        var repeats = (int)Math.Round((double)period / _profile.PeriodMs);
        for (var b = 0; b < bins; b++)
        {
            var phase = _outer.BinCentreMs(b) % _profile.PeriodMs;
            double average = 0;
            for (var j = 0; j < repeats; j++)
            {
                average += means[(int)Math.Min(bins - 1, (phase + (j * _profile.PeriodMs)) * bins / period)];
            }

            _outer.SetMean(b, means[b] - (average / repeats));
        }
    }

    private static double Median(Span<double> values) => OrderStatistics.Median(values);

    private static bool Same(long period, long other) => Math.Abs(period - other) <= PeriodTolerance * other;

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
