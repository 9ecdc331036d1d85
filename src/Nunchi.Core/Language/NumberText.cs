using Nunchi.Core.Numerics;
using System.Globalization;

namespace Nunchi.Core.Language;

/// <summary>Formats numbers for people: a sensible number of digits, thousands separators, percentages and ratios.</summary>
/// <remarks>
/// Always the invariant culture (<c>15,235.5</c>), the same in English and Korean text, so output is identical on
/// every machine. Rounding is to nearest, halves away from zero; a value that rounds to zero never shows a sign.
/// Non-finite values print as <c>NaN</c>, <c>∞</c> and <c>-∞</c>. Thread-safe.
/// </remarks>
public static class NumberText
{
    /// <summary>The most decimals any method prints.</summary>
    public const int MaxDecimals = 12;

    /// <summary>
    /// Rounds to <paramref name="digits"/> significant digits but never drops whole-number digits, and trims
    /// trailing zeros: 2.345 → <c>2.3</c>, 0.0123 → <c>0.012</c>, 15234.7 → <c>15,235</c>, 2.0 → <c>2</c>.
    /// </summary>
    public static string Significant(double value, int digits = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        if (!double.IsFinite(value))
            return NonFinite(value);
        if (value == 0)
            return "0";
        int magnitude = (int)Math.Floor(DeterministicMath.Log10(Math.Abs(value)));
        int decimals = Math.Clamp(digits - 1 - magnitude, 0, MaxDecimals);
        return TrimZeros(Fixed(value, decimals));
    }

    /// <summary>Rounds to exactly <paramref name="decimals"/> decimals with thousands separators: 0.8, 2 → <c>0.80</c>.</summary>
    public static string Fixed(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        if (!double.IsFinite(value))
            return NonFinite(value);
        double rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
            rounded = 0; // turns -0 into 0 so that "-0.00" is never printed
        return rounded.ToString(string.Create(CultureInfo.InvariantCulture, $"N{decimals}"), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// How many decimals show a quantity of size <paramref name="scale"/> (e.g. the width of an expected band)
    /// to two significant digits: 0.36 → 2, 4 → 1, 40 → 0.
    /// </summary>
    public static int DecimalsFor(double scale)
    {
        if (!double.IsFinite(scale) || scale <= 0)
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be finite and positive.");
        return Math.Clamp(1 - (int)Math.Floor(DeterministicMath.Log10(scale)), 0, MaxDecimals);
    }

    /// <summary>A fraction as a percentage with <paramref name="digits"/> significant digits: 0.1234 → <c>12%</c>, 0.005 → <c>0.5%</c>.</summary>
    public static string Percent(double fraction, int digits = 2) => Significant(fraction * 100, digits) + "%";

    /// <summary>
    /// A ratio for "N times": whole numbers from 3 up (9.4 → <c>9</c>), two significant digits below (2.46 → <c>2.5</c>).
    /// </summary>
    public static string Multiple(double ratio) =>
        Math.Abs(ratio) >= 3 ? Fixed(ratio, 0) : Significant(ratio, 2);

    private static string TrimZeros(string text) =>
        text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;

    private static string NonFinite(double value) =>
        double.IsNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
}
