using System.Globalization;

namespace Nunchi.Cli.Plot;

/// <summary>Round tick values for a numeric axis: multiples of a 1-2-5 step.</summary>
/// <param name="Step">Distance between ticks: 1, 2 or 5 times a power of ten.</param>
/// <param name="Values">Tick values within the requested range, ascending.</param>
internal sealed record NiceTicks(double Step, IReadOnlyList<double> Values)
{
    private static readonly double[] Mantissas = [1, 2, 5];

    /// <summary>Ticks for [<paramref name="min"/>, <paramref name="max"/>], at most about <paramref name="maxTicks"/>.</summary>
    public static NiceTicks For(double min, double max, int maxTicks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 2);
        if (!double.IsFinite(min) || !double.IsFinite(max) || max <= min || !double.IsFinite(max - min))
        {
            return new NiceTicks(1, double.IsFinite(min) ? [min] : []);
        }

        // 1. Start a decade below the even split of the range; 2. take the first 1, 2 or 5 × 10^k step whose
        // ticks number at most maxTicks.
        var exponent = (int)Math.Floor(Math.Log10((max - min) / maxTicks)) - 1;
        double step;
        for (var i = 0; ; i++)
        {
            // Computed fresh from mantissa and power (not multiplied up) so that steps stay exact-looking.
            step = Mantissas[i % 3] * Math.Pow(10, exponent + i / 3);
            if (TickCount(min, max, step) <= maxTicks)
            {
                break;
            }
        }

        // 3. Ticks are integer multiples of the step (computed, not accumulated, so they stay exact-looking).
        var first = Math.Ceiling(min / step - 1e-9);
        var last = Math.Floor(max / step + 1e-9);
        var values = new List<double>();
        for (var i = first; i <= last && values.Count <= maxTicks * 2; i++)
        {
            values.Add(i * step);
        }

        return new NiceTicks(step, values);
    }

    private static double TickCount(double min, double max, double step) =>
        Math.Floor(max / step + 1e-9) - Math.Ceiling(min / step - 1e-9) + 1;

    /// <summary>
    /// A tick label with as many decimals as the step needs; large numbers get a k, M, G or T suffix.
    /// </summary>
    public string Format(double value)
    {
        var largest = 0.0;
        foreach (var v in Values)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        var (scale, suffix) = largest switch
        {
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "G"),
            >= 1e6 => (1e6, "M"),
            >= 1e4 => (1e3, "k"),
            _ => (1.0, ""),
        };
        var decimals = (int)Math.Clamp(-Math.Floor(Math.Log10(Step / scale) + 1e-9), 0, 12);
        var scaled = value / scale;
        if (Math.Abs(scaled) < Step / scale * 1e-6)
        {
            scaled = 0;
        }

        return scaled.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + suffix;
    }
}
