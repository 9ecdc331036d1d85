namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Reads unquoted field values: floats, integers (<c>12i</c>), unsigned integers (<c>12u</c>) and booleans.</summary>
/// <remarks>
/// Floats follow the InfluxDB grammar <c>-?(digits[.digits]|.digits)([eE][+-]?digits)?</c> (no leading plus, no NaN or
/// infinity) and are parsed by <see cref="Utf8Number"/>, correctly rounded. Integers beyond 2^53 become the nearest
/// double (ties to even), so 9007199254740993i reads as 9007199254740992.
/// </remarks>
internal static class FieldValueReader
{
    // Plain decimals of at most 15 digits have an exact mantissa below 2^53, and 10^k is exact for k <= 22.
    private const int MaxPlainDigits = 15;

    private static readonly double[] s_powersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    /// <summary>
    /// The fast path for the commonest value, a plain decimal such as <c>61.23</c> or <c>-5</c> ending at a comma, a
    /// space or the end: scanned and converted in one pass. False (with <paramref name="i"/> unchanged) for anything
    /// else, which then goes to <see cref="Read"/>; both give the same bits, each being one correctly rounded division.
    /// </summary>
    public static bool TryReadPlainDecimal(ReadOnlySpan<byte> line, ref int i, out double value)
    {
        value = 0;
        var j = i;
        var negative = j < line.Length && line[j] == '-';
        j += negative ? 1 : 0;
        ulong mantissa = 0;
        var digits = 0;
        var point = -1;
        for (; j < line.Length; j++)
        {
            var d = (uint)(line[j] - '0');
            if (d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                digits++;
            }
            else if (line[j] == '.' && point < 0)
            {
                point = j;
            }
            else
            {
                break;
            }
        }

        if (digits == 0 || digits > MaxPlainDigits || (j < line.Length && line[j] != ',' && line[j] != ' '))
        {
            return false;
        }

        double magnitude = mantissa;
        if (point >= 0 && j - point > 1)
        {
            magnitude /= s_powersOfTen[j - point - 1];
        }

        value = negative ? -magnitude : magnitude;
        i = j;
        return true;
    }

    public static FieldValueStatus Read(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return FieldValueStatus.Invalid;
        }

        var first = text[0];
        if (IsDigit(first) || first == '-' || first == '.')
        {
            var last = text[^1];
            if (last == 'i')
            {
                return ReadInteger(text[..^1], out value);
            }

            if (last == 'u')
            {
                return ReadUnsigned(text[..^1], out value);
            }

            // Utf8Number also takes a leading '+' and the words nan and inf, which line protocol does not:
            // the first byte already rules out '+' and letters; after a '-' a digit or a point must follow.
            if (first == '-' && (text.Length == 1 || !(IsDigit(text[1]) || text[1] == '.')))
            {
                return IsNonFiniteWord(text[1..]) ? FieldValueStatus.NotFinite : FieldValueStatus.Invalid;
            }

            if (!Utf8Number.TryParse(text, out value))
            {
                return FieldValueStatus.Invalid;
            }

            return double.IsFinite(value) ? FieldValueStatus.Number : FieldValueStatus.FloatOutOfRange;
        }

        if (TryReadBoolean(text, out value))
        {
            return FieldValueStatus.Number;
        }

        var word = first == '+' ? text[1..] : text;
        return IsNonFiniteWord(word) ? FieldValueStatus.NotFinite : FieldValueStatus.Invalid;
    }

    private static FieldValueStatus ReadInteger(ReadOnlySpan<byte> digits, out double value)
    {
        value = 0;
        var negative = !digits.IsEmpty && digits[0] == '-';
        var magnitudeDigits = negative ? digits[1..] : digits;

        // |long.MinValue| is one more than long.MaxValue.
        var limit = negative ? 9_223_372_036_854_775_808UL : long.MaxValue;
        if (!TryReadMagnitude(magnitudeDigits, limit, out var magnitude, out var overflow))
        {
            return FieldValueStatus.Invalid;
        }

        if (overflow)
        {
            return FieldValueStatus.IntegerOutOfRange;
        }

        // Conversion rounds to nearest, ties to even; -0i is plain 0.
        value = negative && magnitude != 0 ? -(double)magnitude : magnitude;
        return FieldValueStatus.Number;
    }

    private static FieldValueStatus ReadUnsigned(ReadOnlySpan<byte> digits, out double value)
    {
        value = 0;
        if (!TryReadMagnitude(digits, ulong.MaxValue, out var magnitude, out var overflow))
        {
            return FieldValueStatus.Invalid;
        }

        if (overflow)
        {
            return FieldValueStatus.UnsignedOutOfRange;
        }

        value = magnitude;
        return FieldValueStatus.Number;
    }

    // Reads one or more decimal digits; overflow (beyond limit) is reported only for otherwise well-formed text.
    private static bool TryReadMagnitude(ReadOnlySpan<byte> digits, ulong limit, out ulong magnitude, out bool overflow)
    {
        magnitude = 0;
        overflow = false;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var b in digits)
        {
            var d = (uint)(b - '0');
            if (d > 9)
            {
                return false;
            }

            if (!overflow && magnitude > (limit - d) / 10)
            {
                overflow = true;
            }

            magnitude = overflow ? magnitude : (magnitude * 10) + d;
        }

        return true;
    }

    private static bool TryReadBoolean(ReadOnlySpan<byte> text, out double value)
    {
        // Exactly the ten spellings of the reference: t T true True TRUE, f F false False FALSE.
        if (text.SequenceEqual("t"u8) || text.SequenceEqual("T"u8) || text.SequenceEqual("true"u8)
            || text.SequenceEqual("True"u8) || text.SequenceEqual("TRUE"u8))
        {
            value = 1;
            return true;
        }

        value = 0;
        return text.SequenceEqual("f"u8) || text.SequenceEqual("F"u8) || text.SequenceEqual("false"u8)
            || text.SequenceEqual("False"u8) || text.SequenceEqual("FALSE"u8);
    }

    private static bool IsNonFiniteWord(ReadOnlySpan<byte> word) =>
        word.Length is 3 or 8
        && (EqualsIgnoreAsciiCase(word, "nan"u8) || EqualsIgnoreAsciiCase(word, "inf"u8) || EqualsIgnoreAsciiCase(word, "infinity"u8));

    private static bool EqualsIgnoreAsciiCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerLetters)
    {
        if (text.Length != lowerLetters.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            // Setting bit 5 lower-cases ASCII letters; the words contain letters only.
            if ((text[i] | 0x20) != lowerLetters[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
