using System.Runtime.CompilerServices;

namespace Nunchi.Core.Ingest;

/// <summary>
/// Reads the ISO 8601 forms that data exports write, straight from UTF-8 bytes, with calendar arithmetic
/// instead of <see cref="DateTime"/> parsing (this is the per-row hot path of CSV ingest).
/// </summary>
/// <remarks>
/// Accepted: <c>yyyy-MM-dd</c>, optionally followed by <c>T</c>, <c>t</c> or a space and <c>HH:mm</c>,
/// optionally <c>:ss</c>, optionally a fraction (<c>.</c> or <c>,</c> and any number of digits; digits
/// past milliseconds are truncated), optionally a zone: <c>Z</c>, <c>z</c>, <c>±hh</c>, <c>±hhmm</c> or
/// <c>±hh:mm</c>. Years 0001–9999. Leap seconds (<c>:60</c>) and <c>24:00</c> are rejected.
/// </remarks>
internal static class IsoTimestamp
{
    internal const long MsPerDay = 86_400_000;
    private const long MsPerHour = 3_600_000;
    private const long MsPerMinute = 60_000;

    /// <summary>Parses <paramref name="s"/> (already trimmed).</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, out long wallMs, out bool hasOffset, out int offsetMinutes)
    {
        var cache = default(IsoDateCache);
        return TryParse(s, ref cache, out wallMs, out hasOffset, out offsetMinutes);
    }

    /// <summary>Parses <paramref name="s"/> (already trimmed), reusing the day number of the previous call's date.</summary>
    /// <param name="s">The text.</param>
    /// <param name="dateCache">The last date parsed by this caller.</param>
    /// <param name="wallMs">The wall-clock time as milliseconds since 1970-01-01T00:00 of the same calendar.</param>
    /// <param name="hasOffset">Whether the text names its offset from UTC.</param>
    /// <param name="offsetMinutes">That offset, east of UTC positive; 0 when <paramref name="hasOffset"/> is false.</param>
    public static bool TryParse(ReadOnlySpan<byte> s, ref IsoDateCache dateCache, out long wallMs, out bool hasOffset, out int offsetMinutes)
    {
        wallMs = 0;
        hasOffset = false;
        offsetMinutes = 0;

        // 1. Date: yyyy-MM-dd.
        if (s.Length < 10)
        {
            return false;
        }

        if (!dateCache.TryGet(s, out var days))
        {
            if (!TryParseDate(s, out days))
            {
                return false;
            }

            dateCache.Set(s, days);
        }

        var ms = days * MsPerDay;
        if (s.Length == 10)
        {
            wallMs = ms;
            return true;
        }

        // 2. Time: [T ]HH:mm[:ss[.f+]].
        var separator = s[10];
        if ((separator != 'T' && separator != 't' && separator != ' ')
            || s.Length < 16 || s[13] != ':'
            || !TryTwoDigits(s, 11, out var hour) || !TryTwoDigits(s, 14, out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        ms += (hour * MsPerHour) + (minute * MsPerMinute);
        var i = 16;
        if (i < s.Length && s[i] == ':')
        {
            if (!TryTwoDigits(s, i + 1, out var second) || second > 59)
            {
                return false;
            }

            ms += second * 1000L;
            i += 3;
            if (i < s.Length && (s[i] == '.' || s[i] == ','))
            {
                i++;
                var start = i;
                var fraction = 0;
                while (i < s.Length && IsDigit(s[i]))
                {
                    if (i - start < 3)
                    {
                        fraction = (fraction * 10) + (s[i] - '0');
                    }

                    i++;
                }

                switch (i - start)
                {
                    case 0:
                        return false;
                    case 1:
                        fraction *= 100;
                        break;
                    case 2:
                        fraction *= 10;
                        break;
                }

                ms += fraction;
            }
        }

        // 3. Zone: Z or ±hh[[:]mm].
        if (i < s.Length)
        {
            if (!TryParseOffset(s[i..], out offsetMinutes))
            {
                return false;
            }

            hasOffset = true;
        }

        wallMs = ms;
        return true;
    }

    private static bool TryParseDate(ReadOnlySpan<byte> s, out long days)
    {
        days = 0;
        if (s[4] != '-' || s[7] != '-'
            || !TryTwoDigits(s, 0, out var century) || !TryTwoDigits(s, 2, out var yearOfCentury)
            || !TryTwoDigits(s, 5, out var month) || !TryTwoDigits(s, 8, out var day))
        {
            return false;
        }

        var year = (century * 100) + yearOfCentury;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        days = DaysFromCivil(year, month, day);
        return true;
    }

    /// <summary>Days from 1970-01-01 to the given proleptic Gregorian date.</summary>
    /// <remarks>Howard Hinnant's <c>days_from_civil</c>: years are shifted to start in March so that the leap day is last.</remarks>
    public static long DaysFromCivil(int year, int month, int day)
    {
        var y = (long)year - (month <= 2 ? 1 : 0);
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    private static bool TryParseOffset(ReadOnlySpan<byte> s, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (s.Length == 1 && (s[0] == 'Z' || s[0] == 'z'))
        {
            return true;
        }

        if (s.Length < 3 || (s[0] != '+' && s[0] != '-') || !TryTwoDigits(s, 1, out var hours) || hours > 18)
        {
            return false;
        }

        var minutes = 0;
        switch (s.Length)
        {
            case 3:
                break;
            case 5 when TryTwoDigits(s, 3, out minutes):
                break;
            case 6 when s[3] == ':' && TryTwoDigits(s, 4, out minutes):
                break;
            default:
                return false;
        }

        if (minutes > 59)
        {
            return false;
        }

        offsetMinutes = (hours * 60) + minutes;
        if (s[0] == '-')
        {
            offsetMinutes = -offsetMinutes;
        }

        return true;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryTwoDigits(ReadOnlySpan<byte> s, int at, out int value)
    {
        value = 0;
        if ((uint)(at + 1) >= (uint)s.Length)
        {
            return false;
        }

        var high = (uint)(s[at] - '0');
        var low = (uint)(s[at + 1] - '0');
        if (high > 9 || low > 9)
        {
            return false;
        }

        value = (int)((high * 10) + low);
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
