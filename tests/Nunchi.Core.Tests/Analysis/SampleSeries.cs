namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// A synthetic series built in place: regular timestamps, then components and anomalies added by fluent calls
/// (<c>SampleSeries.Regular(...).AddNoise(...).AddSpike(...)</c>). Deterministic for a given seed.
/// </summary>
internal sealed class SampleSeries
{
    /// <summary>2024-01-01T00:00Z, a Monday: a calendar start, so days and weeks snap.</summary>
    public const long CalendarStartMs = 1_704_067_200_000;
    public const long Second = 1000;
    public const long Minute = 60 * Second;
    public const long Hour = 60 * Minute;
    public const long Day = 24 * Hour;
    public const long Week = 7 * Day;

    private SampleSeries(long[] times, double[] values)
    {
        Times = times;
        Values = values;
    }

    public long[] Times { get; private set; }

    public double[] Values { get; private set; }

    public int Count => Times.Length;

    /// <summary><paramref name="count"/> zeros at <paramref name="startMs"/>, then every <paramref name="cadenceMs"/>.</summary>
    public static SampleSeries Regular(int count, long startMs, long cadenceMs)
    {
        var times = new long[count];
        for (var i = 0; i < count; i++)
        {
            times[i] = startMs + (i * cadenceMs);
        }

        return new SampleSeries(times, new double[count]);
    }

    /// <summary>Explicit timestamps and values (copied).</summary>
    public static SampleSeries From(long[] times, double[] values) => new((long[])times.Clone(), (double[])values.Clone());

    /// <summary>
    /// A monotonic counter rising by about <paramref name="meanIncrease"/> a step (10 % noise) that restarts at each of
    /// <paramref name="resets"/>. With <paramref name="restartFraction"/> 0 the reset point reads exactly 0; otherwise the
    /// process restarted that fraction of a step earlier and had already counted again, as a real restarted exporter does.
    /// </summary>
    public static SampleSeries Counter(TestRandom random, int count, long startMs, long cadenceMs, double meanIncrease, double restartFraction, params int[] resets)
    {
        var series = Regular(count, startMs, cadenceMs);
        var total = 1000.0;
        for (var i = 0; i < count; i++)
        {
            var increase = Math.Max(0, meanIncrease * (1 + (0.1 * random.NextGaussian())));
            total = Array.IndexOf(resets, i) >= 0 ? restartFraction * increase : total + increase;
            series.Values[i] = Math.Round(total);
        }

        return series;
    }

    public SampleSeries AddLevel(double level, int from = 0)
    {
        for (var i = from; i < Count; i++)
        {
            Values[i] += level;
        }

        return this;
    }

    /// <summary>Gaussian noise of <paramref name="sigma"/> on [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public SampleSeries AddNoise(TestRandom random, double sigma, int from = 0, int to = -1)
    {
        to = to < 0 ? Count : to;
        for (var i = from; i < to; i++)
        {
            Values[i] += sigma * random.NextGaussian();
        }

        return this;
    }

    /// <summary>
    /// Gaussian noise of <paramref name="sigma"/> redrawn beyond ±<paramref name="limit"/> sigmas, so that the only outliers in
    /// the series are the ones a test injects (untruncated noise has a genuine 4.5σ point every ~150 000 points).
    /// </summary>
    public SampleSeries AddTruncatedNoise(TestRandom random, double sigma, double limit = 4)
    {
        for (var i = 0; i < Count; i++)
        {
            double z;
            do
            {
                z = random.NextGaussian();
            }
            while (Math.Abs(z) > limit);

            Values[i] += sigma * z;
        }

        return this;
    }

    /// <summary>A sine of <paramref name="periodMs"/> whose phase is measured from the Unix epoch.</summary>
    public SampleSeries AddSine(long periodMs, double amplitude)
    {
        for (var i = 0; i < Count; i++)
        {
            var phase = (double)(((Times[i] % periodMs) + periodMs) % periodMs) / periodMs;
            Values[i] += amplitude * Math.Sin(2 * Math.PI * phase);
        }

        return this;
    }

    /// <summary>Adds <paramref name="weekday"/> on Monday to Friday (UTC) and <paramref name="weekend"/> on Saturday and Sunday.</summary>
    public SampleSeries AddWeekdays(double weekday, double weekend)
    {
        for (var i = 0; i < Count; i++)
        {
            var dayOfWeek = (int)((((Times[i] / Day) + 4) % 7 + 7) % 7); // 1970-01-01 was a Thursday; 0 = Sunday
            Values[i] += dayOfWeek is 0 or 6 ? weekend : weekday;
        }

        return this;
    }

    /// <summary>AR(1) noise x[i] = φ·x[i−1] + ε with innovations of <paramref name="sigma"/>.</summary>
    public SampleSeries AddAr1(TestRandom random, double phi, double sigma)
    {
        double x = 0;
        for (var i = 0; i < Count; i++)
        {
            x = (phi * x) + (sigma * random.NextGaussian());
            Values[i] += x;
        }

        return this;
    }

    public SampleSeries AddRandomWalk(TestRandom random, double stepSigma)
    {
        double x = 0;
        for (var i = 0; i < Count; i++)
        {
            x += stepSigma * random.NextGaussian();
            Values[i] += x;
        }

        return this;
    }

    /// <summary>Adds <paramref name="size"/> to <paramref name="width"/> points starting at <paramref name="at"/>.</summary>
    public SampleSeries AddSpike(int at, double size, int width = 1)
    {
        for (var i = at; i < Math.Min(Count, at + width); i++)
        {
            Values[i] += size;
        }

        return this;
    }

    /// <summary>Sets the value at <paramref name="at"/>: an event of an exact size, whatever the noise there.</summary>
    public SampleSeries SetAt(int at, double value)
    {
        Values[at] = value;
        return this;
    }

    /// <summary>Multiplies the deviation from <paramref name="centre"/> by <paramref name="factor"/> on [from, to).</summary>
    public SampleSeries ScaleAround(double centre, double factor, int from, int to)
    {
        for (var i = from; i < Math.Min(Count, to); i++)
        {
            Values[i] = centre + ((Values[i] - centre) * factor);
        }

        return this;
    }

    /// <summary>Repeats the value at <paramref name="from"/> − 1 for <paramref name="count"/> points: a frozen sensor.</summary>
    public SampleSeries Hold(int from, int count)
    {
        for (var i = from; i < Math.Min(Count, from + count); i++)
        {
            Values[i] = Values[from - 1];
        }

        return this;
    }

    /// <summary>Rounds every value to a multiple of <paramref name="step"/>.</summary>
    public SampleSeries Quantise(double step)
    {
        for (var i = 0; i < Count; i++)
        {
            Values[i] = Math.Round(Values[i] / step) * step;
        }

        return this;
    }

    /// <summary>Drops <paramref name="count"/> points starting at <paramref name="from"/>: a gap in the data.</summary>
    public SampleSeries Remove(int from, int count)
    {
        var keep = Count - count;
        var times = new long[keep];
        var values = new double[keep];
        Array.Copy(Times, times, from);
        Array.Copy(Values, values, from);
        Array.Copy(Times, from + count, times, from, keep - from);
        Array.Copy(Values, from + count, values, from, keep - from);
        Times = times;
        Values = values;
        return this;
    }
}
