namespace Nunchi.Core.Language;

/// <summary>Formats a duration the way people say it: its largest unit and the next one, e.g. <c>1시간 30분</c>, <c>1 hour 30 minutes</c>.</summary>
/// <remarks>
/// The duration is rounded to the smaller of the two units shown (1 h 29 min 40 s → 1 hour 30 minutes;
/// 2 d 3 h 10 min → 2 days 3 hours), and the second unit is left out when it is zero. Under ten seconds,
/// seconds are shown with up to two significant digits (<c>0.25초</c>, <c>1.5 seconds</c>). Deterministic; thread-safe.
/// </remarks>
public static class DurationText
{
    private const long Second = 1_000;
    private static readonly long[] UnitMs = [86_400_000, 3_600_000, 60_000, Second];
    private static readonly string[] KoreanUnits = ["일", "시간", "분", "초"];
    private static readonly string[] EnglishUnits = ["day", "hour", "minute", "second"];

    /// <summary>Formats <paramref name="milliseconds"/> (zero or more) in <paramref name="language"/>.</summary>
    public static string Format(long milliseconds, NarrativeLanguage language)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
        if (milliseconds < 10 * Second)
            return Part(NumberText.Significant(milliseconds / (double)Second, 2), UnitMs.Length - 1, language);

        int major = LargestUnit(milliseconds);
        long resolution = major + 1 < UnitMs.Length ? UnitMs[major + 1] : Second;
        long rounded = (milliseconds + (resolution / 2)) / resolution * resolution;
        // Rounding up can reach the next unit exactly (59 min 59.6 s → 1 hour), which then shows alone.
        major = LargestUnit(rounded);

        string first = Part(Count(rounded / UnitMs[major]), major, language);
        if (major + 1 == UnitMs.Length)
            return first;
        long minor = rounded % UnitMs[major] / UnitMs[major + 1];
        return minor == 0 ? first : first + " " + Part(Count(minor), major + 1, language);
    }

    private static int LargestUnit(long milliseconds)
    {
        int unit = 0;
        while (unit < UnitMs.Length - 1 && milliseconds < UnitMs[unit])
            unit++;
        return unit;
    }

    private static string Count(long count) => NumberText.Fixed(count, 0);

    private static string Part(string count, int unit, NarrativeLanguage language) => language switch
    {
        NarrativeLanguage.Korean => count + KoreanUnits[unit],
        _ => count + " " + EnglishUnits[unit] + (count == "1" ? "" : "s"),
    };
}
