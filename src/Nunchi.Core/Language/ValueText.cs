using Nunchi.Core.Findings;

namespace Nunchi.Core.Language;

/// <summary>Writes the values of one finding with one precision and the series' unit, so numbers in a sentence agree.</summary>
/// <remarks>
/// The precision follows the width of the expected band (two significant digits of it: a band 0.62–0.98 gives
/// two decimals), else four times the noise scale, else three significant digits of each value. Amounts (a
/// deviation, a shift) never print as 0 when they are not zero.
/// </remarks>
internal sealed class ValueText
{
    private readonly int? _decimals;
    private readonly string? _unit;

    private ValueText(int? decimals, string? unit)
    {
        _decimals = decimals;
        _unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
    }

    /// <summary>The formatter for <paramref name="finding"/>'s values.</summary>
    public static ValueText For(Finding finding, string? unit)
    {
        double width = finding.Upper - finding.Lower;
        if (double.IsFinite(width) && width > 0)
            return new ValueText(NumberText.DecimalsFor(width), unit);

        // A robust sigma spans about a quarter of a 95% band.
        double noise = Math.Abs(finding.Facts.Deviation / finding.Facts.DeviationSigma);
        if (double.IsFinite(noise) && noise > 0)
            return new ValueText(NumberText.DecimalsFor(4 * noise), unit);
        return new ValueText(null, unit);
    }

    /// <summary>The formatter for values shown with <paramref name="decimals"/> decimals (null: three significant digits).</summary>
    public static ValueText WithDecimals(int? decimals, string? unit) => new(decimals, unit);

    /// <summary>A value with its unit: <c>2.45 mm/s</c>.</summary>
    public string Value(double value) => WithUnit(Bare(value));

    /// <summary>The size of a difference with its unit, without sign: <c>1.65 mm/s</c>.</summary>
    public string Amount(double difference)
    {
        double size = Math.Abs(difference);
        string text = Bare(size);
        // A 0.03 deviation next to a band 40 wide must not read "0".
        if (size > 0 && text.TrimEnd('0', '.').Length == 0)
            text = NumberText.Significant(size, 2);
        return WithUnit(text);
    }

    /// <summary>A band without unit: <c>0.62–0.98</c>.</summary>
    public string Range(double lower, double upper) => Bare(lower) + "–" + Bare(upper);

    /// <summary>A rate with two significant digits and the unit, without sign: <c>0.5 °C</c> (the caller adds "per hour").</summary>
    public string Rate(double perHour) => WithUnit(NumberText.Significant(Math.Abs(perHour), 2));

    private string Bare(double value) =>
        _decimals is int decimals ? NumberText.Fixed(value, decimals) : NumberText.Significant(value, 3);

    private string WithUnit(string number) => _unit switch
    {
        null => number,
        // Percent and a bare degree sign attach to the number (15%, 30°); other units take a space (25 °C, 3 kW).
        "%" or "‰" or "°" => number + _unit,
        _ => number + " " + _unit,
    };
}
