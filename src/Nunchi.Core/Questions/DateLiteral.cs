namespace Nunchi.Core.Questions;

/// <summary>Dates and clock times written in digits: <c>2026-11-18</c>, <c>2026/11/18</c>, <c>2026.11.18</c>, <c>11/18</c>, <c>15:30</c>.</summary>
internal static class DateLiteral
{
    public static bool TryRead(QuestionText text, int start, out Lexeme lexeme)
    {
        lexeme = default;
        if (!char.IsAsciiDigit(text[start]) || !text.IsWordStart(start))
        {
            return false;
        }

        Span<int> parts = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        int count = 0;
        int i = start;
        char separator = '\0';
        while (count < 3)
        {
            int begin = i;
            int value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && (i == begin || !text.SpaceBefore(i)) && i - begin < 4)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == begin)
            {
                return false;
            }

            parts[count] = value;
            widths[count++] = i - begin;
            if (i + 1 >= text.Length || text[i] is not (':' or '/' or '-' or '.') || !char.IsAsciiDigit(text[i + 1]) || text.SpaceBefore(i + 1)
                || (separator != '\0' && text[i] != separator))
            {
                break;
            }

            separator = text[i];
            i++;
        }

        if (i < text.Length && char.IsAsciiDigit(text[i]) && !text.SpaceBefore(i))
        {
            return false;
        }

        if (count == 2 && separator == ':' && parts[0] <= 24 && parts[1] < 60)
        {
            lexeme = new Lexeme(LexemeKind.ClockTime, start, i) { Number = (parts[0] % 24 * 60) + parts[1] };
            return true;
        }

        if (count == 3 && separator != ':' && widths[0] == 4 && ValidDay(parts[1], parts[2]))
        {
            lexeme = new Lexeme(LexemeKind.Date, start, i) { Date = (parts[0], parts[1], parts[2]) };
            return true;
        }

        // 11/18 (month/day, as written in Korea and the US); a decimal such as 3.5 is not a date.
        if (count == 2 && separator is '/' or '-' && ValidDay(parts[0], parts[1]))
        {
            lexeme = new Lexeme(LexemeKind.Date, start, i) { Date = (0, parts[0], parts[1]) };
            return true;
        }

        return false;
    }

    private static bool ValidDay(int month, int day) => month is >= 1 and <= 12 && day is >= 1 and <= 31;
}
