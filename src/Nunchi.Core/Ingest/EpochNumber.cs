namespace Nunchi.Core.Ingest;

/// <summary>A Unix epoch number as written, kept exactly so that the unit conversion rounds only once.</summary>
/// <remarks>
/// Plain decimals (<c>1704448800</c>, <c>1704448800.123</c>, <c>-12.5</c>) are kept as integer part, the first nine
/// fraction digits and a flag for any non-zero digit after them, so nanosecond integers of 19 digits convert
/// without going through <see cref="double"/>. Forms with an exponent (<c>1.7e9</c>) are kept as a double.
/// Conversions floor to whole milliseconds (towards the past), as ISO fractions are truncated.
/// </remarks>
internal readonly struct EpochNumber
{
    /// <summary>0001-01-01T00:00:00Z in Unix milliseconds: the earliest time the ingest represents.</summary>
    internal const long MinUnixMs = -62_135_596_800_000;

    /// <summary>9999-12-31T23:59:59.999Z in Unix milliseconds: the latest time the ingest represents.</summary>
    internal const long MaxUnixMs = 253_402_300_799_999;

    // Scales a fraction of n digits to nanoseconds.
    private static readonly int[] s_nanoScale = [1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1000, 100, 10, 1];

    private readonly ulong _integer;
    private readonly int _fractionNanos;
    private readonly bool _fractionBeyondNanos;
    private readonly bool _negative;
    private readonly double _double;
    private readonly bool _isDouble;

    private EpochNumber(bool negative, ulong integer, int fractionNanos, bool fractionBeyondNanos)
    {
        _negative = negative;
        _integer = integer;
        _fractionNanos = fractionNanos;
        _fractionBeyondNanos = fractionBeyondNanos;
    }

    private EpochNumber(double value)
    {
        _double = value;
        _isDouble = true;
    }

    /// <summary>The absolute value, for choosing a unit by magnitude.</summary>
    public double Magnitude => _isDouble ? Math.Abs(_double) : _integer + (_fractionNanos / 1e9);

    /// <summary>Parses <c>[+-]digits[.digits]</c> exactly, or any finite number of <see cref="Utf8Number"/>'s grammar approximately.</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, out EpochNumber number)
    {
        number = default;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            i = 1;
        }

        ulong integer = 0;
        var integerDigits = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            integer = (integer * 10) + (uint)(s[i] - '0');
            integerDigits++;
        }

        var fractionNanos = 0;
        var fractionDigits = 0;
        var beyondNanos = false;
        if (i < s.Length && s[i] == '.')
        {
            for (i++; i < s.Length && IsDigit(s[i]); i++)
            {
                if (fractionDigits < 9)
                {
                    fractionNanos = (fractionNanos * 10) + (s[i] - '0');
                }
                else
                {
                    beyondNanos |= s[i] != '0';
                }

                fractionDigits++;
            }
        }

        // 19 digits always fit in a ulong; longer integers and exponents go through double.
        if (i == s.Length && integerDigits + fractionDigits > 0 && integerDigits <= 19)
        {
            fractionNanos *= s_nanoScale[Math.Min(fractionDigits, 9)];
            number = new EpochNumber(negative, integer, fractionNanos, beyondNanos);
            return true;
        }

        if (Utf8Number.TryParse(s, out var value) && double.IsFinite(value))
        {
            number = new EpochNumber(value);
            return true;
        }

        return false;
    }

    /// <summary>Converts to Unix milliseconds, floored; false when outside years 0001–9999.</summary>
    public bool TryToUnixMs(EpochUnit unit, out long unixMs)
    {
        unixMs = 0;
        if (_isDouble)
        {
            var ms = Math.Floor(_double * MillisecondsPer(unit));
            if (!(ms >= MinUnixMs && ms <= MaxUnixMs))
            {
                return false;
            }

            unixMs = (long)ms;
            return true;
        }

        ulong whole;
        bool remainder;
        switch (unit)
        {
            case EpochUnit.Seconds:
                if (_integer > MaxUnixMs / 1000)
                {
                    return false;
                }

                whole = (_integer * 1000) + (ulong)(_fractionNanos / 1_000_000);
                remainder = _fractionNanos % 1_000_000 != 0 || _fractionBeyondNanos;
                break;
            case EpochUnit.Milliseconds:
                whole = _integer;
                remainder = _fractionNanos != 0 || _fractionBeyondNanos;
                break;
            case EpochUnit.Microseconds:
                whole = _integer / 1000;
                remainder = _integer % 1000 != 0 || _fractionNanos != 0 || _fractionBeyondNanos;
                break;
            default:
                whole = _integer / 1_000_000;
                remainder = _integer % 1_000_000 != 0 || _fractionNanos != 0 || _fractionBeyondNanos;
                break;
        }

        if (whole > MaxUnixMs)
        {
            return false;
        }

        // Floor: a negative time with a sub-millisecond remainder lies one millisecond further in the past.
        unixMs = _negative ? -(long)whole - (remainder ? 1 : 0) : (long)whole;
        return unixMs >= MinUnixMs;
    }

    private static double MillisecondsPer(EpochUnit unit) => unit switch
    {
        EpochUnit.Seconds => 1000.0,
        EpochUnit.Milliseconds => 1.0,
        EpochUnit.Microseconds => 1e-3,
        _ => 1e-6,
    };

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
