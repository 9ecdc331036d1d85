namespace Nunchi.Core.Language;

/// <summary>How Koreans read unit symbols aloud, for choosing the particle after a value such as <c>2.5 mm/s</c>.</summary>
internal static class UnitReading
{
    // Units read the same wherever they appear, also on their own (a series' unit passed alone).
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["%"] = "퍼센트", ["‰"] = "퍼밀", ["°"] = "도", ["°C"] = "도", ["℃"] = "도", ["°F"] = "도", ["℉"] = "도",
        ["mm"] = "밀리미터", ["cm"] = "센티미터", ["km"] = "킬로미터", ["nm"] = "나노미터",
        ["µm"] = "마이크로미터", ["μm"] = "마이크로미터",
        ["m²"] = "제곱미터", ["m³"] = "세제곱미터", ["cm²"] = "제곱센티미터", ["mm²"] = "제곱밀리미터",
        ["mL"] = "밀리리터", ["ml"] = "밀리리터", ["kg"] = "킬로그램", ["mg"] = "밀리그램",
        ["Pa"] = "파스칼", ["kPa"] = "킬로파스칼", ["MPa"] = "메가파스칼", ["hPa"] = "헥토파스칼",
        ["bar"] = "바", ["mbar"] = "밀리바", ["psi"] = "피에스아이", ["atm"] = "기압",
        ["mV"] = "밀리볼트", ["kV"] = "킬로볼트", ["mA"] = "밀리암페어", ["kA"] = "킬로암페어",
        ["kW"] = "킬로와트", ["MW"] = "메가와트", ["Wh"] = "와트시", ["kWh"] = "킬로와트시", ["MWh"] = "메가와트시",
        ["VA"] = "볼트암페어", ["kVA"] = "킬로볼트암페어", ["var"] = "바", ["kvar"] = "킬로바",
        ["Hz"] = "헤르츠", ["kHz"] = "킬로헤르츠", ["rpm"] = "알피엠", ["ppm"] = "피피엠", ["ppb"] = "피피비",
        ["dB"] = "데시벨", ["lx"] = "럭스", ["lux"] = "럭스", ["kN"] = "킬로뉴턴", ["Nm"] = "뉴턴미터", ["N·m"] = "뉴턴미터",
        ["ms"] = "밀리초", ["sec"] = "초", ["min"] = "분", ["hr"] = "시간",
        ["Ω"] = "옴", ["mΩ"] = "밀리옴", ["kΩ"] = "킬로옴", ["MΩ"] = "메가옴", ["pH"] = "피에이치",
    };

    // Single letters that are also ordinary letters (Line A 에이, Valve L 엘): units only right after a number.
    private static readonly Dictionary<string, string> LetterUnits = new(StringComparer.Ordinal)
    {
        ["m"] = "미터", ["L"] = "리터", ["l"] = "리터", ["t"] = "톤", ["V"] = "볼트", ["A"] = "암페어",
        ["W"] = "와트", ["N"] = "뉴턴", ["K"] = "켈빈", ["s"] = "초", ["h"] = "시간", ["d"] = "일",
    };

    // Denominators of per-units, read "… 매 초": mm/s ends in 초, m³/h in 시, parts/min in 분.
    private static readonly Dictionary<string, string> PerUnits = new(StringComparer.Ordinal)
    {
        ["s"] = "초", ["sec"] = "초", ["min"] = "분", ["h"] = "시", ["hr"] = "시", ["d"] = "일", ["day"] = "일",
        ["s²"] = "초 제곱", ["s2"] = "초 제곱",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LetterUnitLookup =
        LetterUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PerUnitLookup =
        PerUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="s"/> (already trimmed) ends in a unit symbol, with the final sound of its reading.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> s, out FinalSound sound)
    {
        sound = FinalSound.Unknown;

        // 1. The last space-separated token, with a number glued to its front removed (25kW, -5°C).
        int tokenStart = s.Length;
        while (tokenStart > 0 && !char.IsWhiteSpace(s[tokenStart - 1]))
            tokenStart--;
        var token = s[tokenStart..];
        int unitStart = 0;
        while (unitStart < token.Length && (char.IsAsciiDigit(token[unitStart]) || token[unitStart] is '.' or ',' or '-' or '+' or '−'))
            unitStart++;
        var unit = token[unitStart..];
        if (unit.IsEmpty)
            return false;
        bool afterNumber = unitStart > 0
            ? token[..unitStart].ContainsAnyInRange('0', '9')
            : s[..tokenStart].TrimEnd() is { IsEmpty: false } before && char.IsAsciiDigit(before[^1]);

        // 2. The whole symbol, then a per-unit by its denominator.
        if (UnitLookup.TryGetValue(unit, out var reading) || (afterNumber && LetterUnitLookup.TryGetValue(unit, out reading)))
        {
            sound = KoreanReading.OfSyllable(reading[^1]);
            return true;
        }

        int slash = unit.LastIndexOf('/');
        if (slash < 0)
            return false;
        var denominator = unit[(slash + 1)..];
        if (PerUnitLookup.TryGetValue(denominator, out reading) || UnitLookup.TryGetValue(denominator, out reading))
        {
            sound = KoreanReading.OfSyllable(reading[^1]);
            return true;
        }

        return false;
    }
}
