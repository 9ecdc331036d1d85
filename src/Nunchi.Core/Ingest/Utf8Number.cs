using System.Globalization;

namespace Nunchi.Core.Ingest;

/// <summary>Parses invariant-culture decimal numbers from UTF-8 bytes, correctly rounded.</summary>
/// <remarks>
/// Grammar (the text must already be trimmed): <c>[+-](digits[.digits] | .digits)([eE][+-]digits)?</c>, or
/// <c>nan</c>, <c>inf</c>, <c>infinity</c> in any letter case with an optional sign. No thousands separators,
/// no decimal comma. Numbers whose digits fit in 2^53 and whose decimal exponent is within ±22 take Clinger's
/// fast path (an exactly representable mantissa times or divided by an exact power of ten: one correctly
/// rounded IEEE operation); the rest go to <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>,
/// which is also correctly rounded, so the result does not depend on the path taken.
/// </remarks>
internal static class Utf8Number
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] s_powersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <paramref name="s"/>; false when it is not a number of the grammar above.</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        var i = 0;
        var negative = false;
        if (s[0] == '-' || s[0] == '+')
        {
            negative = s[0] == '-';
            i = 1;
            if (s.Length == 1)
            {
                return false;
            }
        }

        if (!IsDigit(s[i]) && s[i] != '.')
        {
            return TryParseNonFinite(s[i..], negative, out value);
        }

        // 1. Significant digits into a 64-bit mantissa; leading zeros do not count, digits past 19 are dropped
        //    (and force the slow path), the decimal exponent tracks the point.
        ulong mantissa = 0;
        var significant = 0;
        var exponent = 0;
        var start = i;
        var dropped = false;
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d > 9)
            {
                break;
            }

            if (significant < 19)
            {
                mantissa = (mantissa * 10) + d;
                significant += mantissa == 0 ? 0 : 1;
            }
            else
            {
                dropped = true;
                exponent++;
            }
        }

        var anyDigit = i > start;
        if (i < s.Length && s[i] == '.')
        {
            for (i++; i < s.Length; i++)
            {
                var d = (uint)(s[i] - '0');
                if (d > 9)
                {
                    break;
                }

                anyDigit = true;
                if (significant < 19)
                {
                    mantissa = (mantissa * 10) + d;
                    significant += mantissa == 0 ? 0 : 1;
                    exponent--;
                }
                else
                {
                    dropped = true;
                }
            }
        }

        if (!anyDigit)
        {
            return false;
        }

        // 2. Exponent; capped so that absurd exponents cannot overflow the counter.
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            var exponentNegative = false;
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                exponentNegative = s[i] == '-';
                i++;
            }

            if (i == s.Length || !IsDigit(s[i]))
            {
                return false;
            }

            var written = 0;
            for (; i < s.Length && IsDigit(s[i]); i++)
            {
                if (written < 100_000)
                {
                    written = (written * 10) + (s[i] - '0');
                }
            }

            exponent += exponentNegative ? -written : written;
        }

        if (i != s.Length)
        {
            return false;
        }

        if (mantissa == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }

        // 3. Clinger's fast path, else the BCL's correctly rounded parser.
        if (!dropped && mantissa <= MaxExactMantissa && exponent >= -22 && exponent <= 22)
        {
            double m = mantissa;
            value = exponent < 0 ? m / s_powersOfTen[-exponent] : m * s_powersOfTen[exponent];
            if (negative)
            {
                value = -value;
            }

            return true;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseNonFinite(ReadOnlySpan<byte> word, bool negative, out double value)
    {
        if (EqualsIgnoreCase(word, "nan"u8))
        {
            value = double.NaN;
            return true;
        }

        if (EqualsIgnoreCase(word, "inf"u8) || EqualsIgnoreCase(word, "infinity"u8))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        value = 0;
        return false;
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerAscii)
    {
        if (text.Length != lowerAscii.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            // Setting bit 5 lower-cases ASCII letters; the words contain letters only.
            if ((text[i] | 0x20) != lowerAscii[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
