namespace Nunchi.Core.Questions;

/// <summary>Reads numbers written in digits, in Sino-Korean (삼십, 이십사) or in native Korean (세, 열두, 스물네).</summary>
/// <remarks>
/// Sino-Korean numerals and the attributive native forms (한, 두, 세, 네, 스무, 열두) are numbers only before a counter
/// (<c>세 시간</c>, <c>삼십 분</c>): on their own they are ordinary syllables (<c>이상</c>, <c>오전</c>, <c>네</c>).
/// The standalone native forms (하나, 둘, 셋, 넷, 다섯) are numbers anywhere (<c>상위 셋</c>).
/// </remarks>
internal static class Numerals
{
    private static readonly (string Text, int Value)[] NativeTens =
    [
        ("열", 10), ("스물", 20), ("스무", 20), ("서른", 30), ("마흔", 40), ("쉰", 50), ("예순", 60), ("일흔", 70), ("여든", 80), ("아흔", 90),
    ];

    // Longer forms first, so that 다섯 is not read as 다 + 섯. Standalone forms can end a number said alone.
    private static readonly (string Text, int Value, bool Standalone)[] NativeUnits =
    [
        ("하나", 1, true), ("다섯", 5, true), ("여섯", 6, true), ("일곱", 7, true), ("여덟", 8, true), ("아홉", 9, true),
        ("한", 1, false), ("둘", 2, true), ("두", 2, false), ("셋", 3, true), ("세", 3, false), ("넷", 4, true), ("네", 4, false),
    ];

    private const string SinoDigits = "영일이삼사오육칠팔구";

    /// <summary>Digits with an optional decimal part and thousands commas (<c>12</c>, <c>1.5</c>, <c>1,000</c>), within one word.</summary>
    public static bool TryDigits(QuestionText text, int start, out double value, out int length)
    {
        value = 0;
        length = 0;
        int i = start;
        double whole = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == ',' && i > start && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) && (i == start || !text.SpaceBefore(i)))
        {
            if (text[i] != ',')
            {
                whole = (whole * 10) + (text[i] - '0');
            }

            i++;
        }

        if (i == start)
        {
            return false;
        }

        double fraction = 0;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            double scale = 0.1;
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && !text.SpaceBefore(i))
            {
                fraction += (text[i] - '0') * scale;
                scale /= 10;
                i++;
            }
        }

        value = whole + fraction;
        length = i - start;
        return true;
    }

    /// <summary>A Korean numeral at <paramref name="start"/>; <paramref name="standalone"/> when it may stand without a counter.</summary>
    public static bool TryKorean(QuestionText text, int start, out double value, out int length, out bool standalone)
    {
        bool native = TryNative(text, start, out int nativeValue, out int nativeLength, out bool nativeStandalone);
        bool sino = TrySino(text, start, out int sinoValue, out int sinoLength);
        if (native && (!sino || nativeLength >= sinoLength))
        {
            (value, length, standalone) = (nativeValue, nativeLength, nativeStandalone);
            return true;
        }

        (value, length, standalone) = (sinoValue, sinoLength, false);
        return sino;
    }

    private static bool TryNative(QuestionText text, int start, out int value, out int length, out bool standalone)
    {
        value = 0;
        int i = start;
        standalone = false;
        foreach (var (tens, tensValue) in NativeTens)
        {
            if (At(text, i, tens))
            {
                value = tensValue;
                i += tens.Length;
                // 스무 is attributive (스무 개); the others stand alone (열, 스물).
                standalone = tens != "스무";
                break;
            }
        }

        foreach (var (unit, unitValue, unitStandalone) in NativeUnits)
        {
            if (At(text, i, unit))
            {
                value += unitValue;
                i += unit.Length;
                standalone = unitStandalone;
                break;
            }
        }

        length = i - start;
        return length > 0;
    }

    // 삼십 = 3 × 10, 이십사 = 2 × 10 + 4, 백 = 100: digits multiply the place after them.
    private static bool TrySino(QuestionText text, int start, out int value, out int length)
    {
        value = 0;
        int digit = -1;
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            int d = SinoDigits.IndexOf(c, StringComparison.Ordinal);
            int place = c switch { '십' => 10, '백' => 100, '천' => 1000, _ => 0 };
            if (c == '공' || c == '륙')
            {
                d = c == '공' ? 0 : 6;
            }

            if (d >= 0 && digit < 0)
            {
                digit = d;
            }
            else if (place > 0)
            {
                value += (digit < 0 ? 1 : digit) * place;
                digit = -1;
            }
            else
            {
                break;
            }

            i++;
        }

        if (digit >= 0)
        {
            value += digit;
        }

        length = i - start;
        return length > 0;
    }

    private static bool At(QuestionText text, int start, string word)
    {
        if (start + word.Length > text.Length)
        {
            return false;
        }

        return text.Chars.Slice(start, word.Length).SequenceEqual(word);
    }
}
