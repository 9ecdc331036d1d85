using Nunchi.Core.Numerics;

namespace Nunchi.Core.Analysis.Seasonality;

/// <summary>
/// Finds the dominant seasonal period of a bucketed history: candidates from autocorrelation peaks, each validated
/// by how much variance its phase profile explains on cycles it was not fitted on.
/// </summary>
/// <remarks>
/// The two stages follow AUTOPERIOD (Vlachos, Yu, Castelli, SDM 2005): a spectral/ACF stage proposes, a second
/// stage validates. Here the validation is a cross-validated R² rather than an ACF hill test, which directly
/// answers "does knowing the phase help predict the value". Periods within 3 % of an hour, a day or a week are
/// snapped to it when timestamps are real calendar time, because clocks, shifts and weeks are exact while the
/// estimate from a few cycles is not. A candidate lag must stand out from white noise after accounting for every
/// lag that was tried (see <see cref="NoiseCeiling"/>): the highest of hundreds of noise autocorrelations is not a
/// season, and on a short history only a strong pattern is. Runs when the history grows by half — often, summed over
/// thousands of young series — so the autocorrelation goes through an O(n log n) FFT whose twiddles come from
/// platform-independent arithmetic (<see cref="LaggedProducts"/>), and validation reads leave-one-out medians off
/// sorted phase bins.
/// </remarks>
internal static class PeriodFinder
{
    private const double MinCandidateAcf = 0.2;
    private const double FalseSeasonRisk = 0.01; // chance per search that white noise yields a candidate at all
    private const double MinStrength = 0.2;
    private const double ShorterPreference = 0.03;
    private const int MaxCandidates = 6;
    private const int DirectAutocorrelationBelow = 128;
    private const long Hour = 3_600_000;
    private const long Day = 24 * Hour;
    private const long Week = 7 * Day;
    private const long CalendarEpochMs = 946_684_800_000; // 2000-01-01: earlier stamps are row indices, not clocks

    private static readonly long[] CalendarPeriods = [Hour, Day, Week];

    [ThreadStatic]
    private static double[]? t_scratch;

    /// <summary>Finds the best period in <paramref name="buckets"/> (NaN = no data), each <paramref name="bucketMs"/> wide.</summary>
    /// <param name="buckets">Bucket means, oldest first; modified in place (gaps filled, detrended).</param>
    /// <param name="bucketMs">Width of one bucket.</param>
    /// <param name="originMs">Start time of the first bucket.</param>
    /// <param name="minPeriodMs">Shortest period worth modelling (a few cadence steps).</param>
    public static PeriodCandidate Find(Span<double> buckets, long bucketMs, long originMs, long minPeriodMs)
    {
        var n = buckets.Length;
        if (n < 32 || !FillGaps(buckets))
        {
            return PeriodCandidate.None;
        }

        Detrend(buckets);
        var maxLag = n / 2;
        var scratch = Scratch(maxLag + 2 + LaggedProducts.WorkLength(n, maxLag));
        var acf = scratch.AsSpan(0, maxLag + 2);
        if (!Autocorrelation(buckets, acf, maxLag, scratch.AsSpan(maxLag + 2)))
        {
            return PeriodCandidate.None;
        }

        // 1. Candidate lags: local ACF maxima above what white noise reaches, strongest first.
        Span<double> lags = stackalloc double[MaxCandidates];
        Span<double> heights = stackalloc double[MaxCandidates];
        var found = 0;
        var noiseZ = NoiseCeiling(maxLag - 2);
        for (var lag = 2; lag < maxLag; lag++)
        {
            var height = acf[lag];
            if (height < Math.Max(MinCandidateAcf, noiseZ / Math.Sqrt(n - lag)) || height < acf[lag - 1] || height < acf[lag + 1])
            {
                continue;
            }

            // Parabolic refinement of the peak to a fractional lag.
            var denominator = acf[lag - 1] - (2 * height) + acf[lag + 1];
            var offset = denominator < 0 ? 0.5 * (acf[lag - 1] - acf[lag + 1]) / denominator : 0;
            found = InsertByHeight(lags, heights, found, lag + Math.Clamp(offset, -0.5, 0.5), height);
        }

        // 2. Validate each: the strongest out-of-sample profile wins, shorter periods on near-ties.
        var best = PeriodCandidate.None;
        for (var i = 0; i < found; i++)
        {
            var periodMs = Snap((long)Math.Round(lags[i] * bucketMs), originMs);
            if (periodMs < minPeriodMs || periodMs < 4 * bucketMs || periodMs * 2 > (long)n * bucketMs)
            {
                continue;
            }

            var candidate = Validate(buckets, bucketMs, originMs, periodMs);
            if (candidate.Strength < MinStrength)
            {
                continue;
            }

            if (!best.Found
                || (periodMs < best.PeriodMs && candidate.Fit >= best.Fit - ShorterPreference)
                || (periodMs > best.PeriodMs && candidate.Fit > best.Fit + ShorterPreference))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// How many null standard deviations the highest of <paramref name="lags"/> white-noise autocorrelations stays
    /// below, except with probability <see cref="FalseSeasonRisk"/>.
    /// </summary>
    /// <remarks>
    /// Under white noise the autocorrelation at lag k (normalised as in <see cref="Autocorrelation"/>) is about
    /// N(0, 1/(n − k)). A union bound over the lags with the Gaussian tail P(Z &gt; z) ≤ exp(−z²/2) gives
    /// z = √(2 ln(lags / risk)): 3.9 for 24 lags, 4.6 for 500. Bartlett's formula widens the null for
    /// autocorrelated noise, so this is a floor, not the whole test; the out-of-sample validation does the rest.
    /// </remarks>
    internal static double NoiseCeiling(int lags) =>
        Math.Sqrt(2 * DeterministicMath.Log(Math.Max(1, lags) / FalseSeasonRisk));

    /// <summary>
    /// Out-of-sample quality of a phase profile of <paramref name="periodMs"/> on already detrended buckets: each
    /// bucket is predicted by the median of the other cycles at the same phase. Returns the robust strength
    /// 1 − (median |error| / median |deviation|)² and the fit 1 − (mean |error| / mean |deviation|)².
    /// </summary>
    /// <remarks>
    /// The strength uses medians so that one odd cycle (the first Sunday in a week of working days, an outage)
    /// neither spoils the prediction of the others nor hides a pattern the rest share: it decides whether there is
    /// a season at all. The fit counts every cycle, so between two periods it prefers the one that also explains
    /// the odd cycles — a week, whose Sundays predict each other, over a day.
    /// </remarks>
    public static PeriodCandidate Validate(ReadOnlySpan<double> buckets, long bucketMs, long originMs, long periodMs)
    {
        var bins = (int)Math.Clamp(periodMs / bucketMs, 4, 1024);
        var (firstCycle, _) = Locate(originMs + (bucketMs / 2), periodMs, bins);
        var (lastCycle, _) = Locate(originMs + ((buckets.Length - 1) * bucketMs) + (bucketMs / 2), periodMs, bins);
        var cycles = (int)(lastCycle - firstCycle + 1);
        if (cycles < 2 || (long)cycles * bins > 64 * 1024)
        {
            return PeriodCandidate.None;
        }

        // 1. The bucket values laid out as a cycle × phase grid (NaN where a cycle has no bucket at that phase).
        var size = cycles * bins;
        var grid = Scratch((2 * size) + (2 * buckets.Length) + cycles);
        var cells = grid.AsSpan(0, size);
        cells.Fill(double.NaN);
        // Bucket centres step by bucketMs: carry the phase along rather than divide twice per bucket (the same
        // cycle and phase as Locate, which keeps 0 ≤ phase < periodMs).
        var row = 0;
        var phase = originMs + (bucketMs / 2) - (firstCycle * periodMs);
        for (var i = 0; i < buckets.Length; i++)
        {
            cells[(row * bins) + (int)(phase * bins / periodMs)] = buckets[i];
            phase += bucketMs;
            if (phase >= periodMs)
            {
                row += (int)(phase / periodMs);
                phase %= periodMs;
            }
        }

        // 2. Predict each cell from the median of the other cycles at its phase.
        var cellErrors = grid.AsSpan(size, size);
        var errors = grid.AsSpan(2 * size, buckets.Length);
        var deviations = grid.AsSpan((2 * size) + buckets.Length, buckets.Length);
        var column = grid.AsSpan((2 * size) + (2 * buckets.Length), cycles);
        for (var b = 0; b < bins; b++)
        {
            PredictColumn(cells, cellErrors, column, b, bins);
        }

        // In cycle-major order, as the sums below must add them.
        var count = 0;
        for (var c = 0; c < size; c++)
        {
            if (!double.IsNaN(cells[c]) && !(cellErrors[c] < 0))
            {
                errors[count] = cellErrors[c];
                deviations[count] = cells[c];
                count++;
            }
        }

        if (count < 8)
        {
            return PeriodCandidate.None;
        }

        // 3. Typical prediction error against the typical spread of the values themselves, robust and in the mean.
        var centre = Median(deviations[..count]);
        double errorSum = 0, spreadSum = 0;
        for (var i = 0; i < count; i++)
        {
            deviations[i] = Math.Abs(deviations[i] - centre);
            errorSum += errors[i];
            spreadSum += deviations[i];
        }

        var spread = Median(deviations[..count]);
        if (!(spread > 0) || !(spreadSum > 0))
        {
            return PeriodCandidate.None;
        }

        var robust = Median(errors[..count]) / spread;
        var mean = errorSum / spreadSum;
        return new PeriodCandidate(periodMs, Math.Max(0, 1 - (robust * robust)), Math.Max(0, 1 - (mean * mean)));
    }

    /// <summary>
    /// For each cycle with a value in phase bin <paramref name="bin"/>: |value − median of the other cycles' values in
    /// that bin|, or −1 where no other cycle has one.
    /// </summary>
    /// <remarks>
    /// Leaving one value out of m shifts the middle of the rest by at most one rank, so every leave-one-out median
    /// is built from the three middle order statistics of all m values, chosen by which side of the middle the left-out
    /// value lies (a value equal to the middle one may be taken as that very element: removing any of equal copies
    /// leaves the same multiset). The same values as sorting the others for each cell, in O(m) per bin instead of
    /// O(m² log m).
    /// </remarks>
    private static void PredictColumn(ReadOnlySpan<double> cells, Span<double> cellErrors, Span<double> column, int bin, int bins)
    {
        var m = 0;
        for (var cell = bin; cell < cells.Length; cell += bins)
        {
            if (!double.IsNaN(cells[cell]))
            {
                column[m++] = cells[cell];
            }
        }

        if (m < 2)
        {
            for (var cell = bin; cell < cells.Length; cell += bins)
            {
                cellErrors[cell] = -1;
            }

            return;
        }

        // 1. With s the sorted values: the rest of an even count has its middle at rank m/2 − 1 of the rest, an odd
        //    count its two middle values at ranks (m − 1)/2 − 1 and (m − 1)/2.
        var values = column[..m];
        var odd = (m & 1) == 1;
        var middle = odd ? (m - 1) / 2 : (m / 2) - 1;
        var centre = OrderStatistics.Select(values, middle);
        var below = middle > 0 ? Max(values[..middle]) : double.NaN;
        var above = Min(values[(middle + 1)..]);

        // 2. A value below the centre leaves s[middle], s[middle + 1] in the middle of the rest; one above it
        //    s[middle − 1], s[middle]; the centre itself s[middle − 1], s[middle + 1] (for an odd count).
        for (var cell = bin; cell < cells.Length; cell += bins)
        {
            var value = cells[cell];
            if (double.IsNaN(value))
            {
                cellErrors[cell] = -1;
                continue;
            }

            double median;
            if (!odd)
            {
                median = value > centre ? centre : above;
            }
            else if (value < centre)
            {
                median = 0.5 * (centre + above);
            }
            else if (value > centre)
            {
                median = 0.5 * (below + centre);
            }
            else
            {
                median = 0.5 * (below + above);
            }

            cellErrors[cell] = Math.Abs(value - median);
        }
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            max = values[i] > max ? values[i] : max;
        }

        return max;
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        var min = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            min = values[i] < min ? values[i] : min;
        }

        return min;
    }

    private static double Median(Span<double> values) => OrderStatistics.Median(values);

    private static (long Cycle, int Bin) Locate(long timestampMs, long periodMs, int bins)
    {
        var cycle = timestampMs >= 0 ? timestampMs / periodMs : ((timestampMs + 1) / periodMs) - 1;
        var phase = timestampMs - (cycle * periodMs);
        return (cycle, (int)(phase * bins / periodMs));
    }

    private static long Snap(long periodMs, long originMs)
    {
        if (originMs < CalendarEpochMs)
        {
            return periodMs;
        }

        foreach (var calendar in CalendarPeriods)
        {
            if (Math.Abs(periodMs - calendar) <= calendar * 3 / 100)
            {
                return calendar;
            }
        }

        return periodMs;
    }

    private static int InsertByHeight(Span<double> lags, Span<double> heights, int count, double lag, double height)
    {
        var position = count;
        while (position > 0 && heights[position - 1] < height)
        {
            position--;
        }

        if (position >= lags.Length)
        {
            return count;
        }

        var last = Math.Min(count, lags.Length - 1);
        for (var i = last; i > position; i--)
        {
            lags[i] = lags[i - 1];
            heights[i] = heights[i - 1];
        }

        lags[position] = lag;
        heights[position] = height;
        return Math.Min(count + 1, lags.Length);
    }

    private static bool FillGaps(Span<double> values)
    {
        // Linear interpolation across NaN runs; leading and trailing runs take the nearest value.
        var previous = -1;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            if (previous < 0)
            {
                values[..i].Fill(values[i]);
            }
            else if (i - previous > 1)
            {
                var step = (values[i] - values[previous]) / (i - previous);
                for (var j = previous + 1; j < i; j++)
                {
                    values[j] = values[previous] + (step * (j - previous));
                }
            }

            previous = i;
        }

        if (previous < 0)
        {
            return false;
        }

        values[(previous + 1)..].Fill(values[previous]);
        return true;
    }

    private static void Detrend(Span<double> values)
    {
        // Least-squares line, so that a drifting level does not look like a very long period.
        var n = values.Length;
        double meanX = (n - 1) / 2.0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanY += values[i];
        }

        meanY /= n;
        double sxy = 0, sxx = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = i - meanX;
            sxy += dx * (values[i] - meanY);
            sxx += dx * dx;
        }

        var slope = sxy / sxx;
        for (var i = 0; i < n; i++)
        {
            values[i] -= meanY + (slope * (i - meanX));
        }
    }

    private static bool Autocorrelation(ReadOnlySpan<double> values, Span<double> acf, int maxLag, Span<double> work)
    {
        var n = values.Length;
        double variance = 0;
        for (var i = 0; i < n; i++)
        {
            variance += values[i] * values[i];
        }

        if (!(variance > 0))
        {
            return false;
        }

        // Short histories sum directly (exact, and as fast); longer ones through the FFT, equal up to rounding.
        if (n < DirectAutocorrelationBelow)
        {
            for (var lag = 0; lag <= maxLag; lag++)
            {
                double sum = 0;
                for (var i = lag; i < n; i++)
                {
                    sum += values[i] * values[i - lag];
                }

                acf[lag] = sum;
            }
        }
        else
        {
            LaggedProducts.Compute(values, maxLag, acf, work);
        }

        for (var lag = 0; lag <= maxLag; lag++)
        {
            // Unbiased normalisation so that long lags are not penalised for having fewer pairs.
            acf[lag] = acf[lag] / variance * n / (n - lag);
        }

        acf[maxLag + 1] = acf[maxLag];
        return true;
    }

    private static double[] Scratch(int length)
    {
        var scratch = t_scratch;
        if (scratch is null || scratch.Length < length)
        {
            scratch = new double[Math.Max(length, 4096)];
            t_scratch = scratch;
        }

        return scratch;
    }
}
