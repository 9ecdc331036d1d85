using Nunchi.Core.Findings;
using Nunchi.Core.Series;

namespace Nunchi.Core.Language;

/// <summary>The language-independent reading of one finding that both narrators build their sentences from.</summary>
internal sealed class NarrativeContext
{
    private const long Day = 86_400_000;
    private const long Week = 7 * Day;

    // Below this many sigmas "N times its usual variation" says nothing useful.
    private const double MinSigmaWorthSaying = 1.5;

    private readonly TimeZoneInfo _timeZone;

    public NarrativeContext(Finding finding, SeriesLabel series, NarrativeLanguage language, TimeZoneInfo timeZone)
    {
        Finding = finding;
        Language = language;
        _timeZone = timeZone;
        Name = language == NarrativeLanguage.Korean && !string.IsNullOrWhiteSpace(series.KoreanName)
            ? series.KoreanName
            : series.Name;
        Values = ValueText.For(finding, series.Unit);
    }

    public Finding Finding { get; }

    public FindingFacts Facts => Finding.Facts;

    public NarrativeLanguage Language { get; }

    /// <summary>The series name in the narrative's language.</summary>
    public string Name { get; }

    public ValueText Values { get; }

    public bool HasActual => double.IsFinite(Finding.Actual);

    public bool HasExpected => double.IsFinite(Finding.Expected);

    public bool HasComparison => HasActual && HasExpected;

    public bool HasBand => double.IsFinite(Finding.Lower) && double.IsFinite(Finding.Upper) && Finding.Upper > Finding.Lower;

    public bool HasDuration => Finding.DurationMs > 0;

    /// <summary>Actual minus expected as shown in the text, else the analyzer's deviation.</summary>
    public double Deviation => HasComparison ? Finding.Actual - Finding.Expected : Facts.Deviation;

    /// <summary>The deviation in multiples of the usual noise, e.g. <c>9</c>; null when too small or unknown to be worth saying.</summary>
    public string? SigmaMultiple
    {
        get
        {
            double sigma = Math.Abs(Facts.DeviationSigma);
            return double.IsFinite(sigma) && sigma >= MinSigmaWorthSaying ? NumberText.Multiple(sigma) : null;
        }
    }

    public string Time(long unixMs) => TimeText.Format(unixMs, _timeZone, Language);

    public string Duration(long milliseconds) => DurationText.Format(Math.Max(0, milliseconds), Language);

    /// <summary>
    /// Up when <paramref name="signed"/> (a shift, a slope, a deviation) is positive; when it is missing or zero,
    /// the finding's direction decides, then the sign of the deviation.
    /// </summary>
    public bool IsUp(double? signed)
    {
        if (signed is double value && double.IsFinite(value) && value != 0)
            return value > 0;
        return Facts.Direction switch
        {
            Direction.Up => true,
            Direction.Down => false,
            _ => Deviation >= 0,
        };
    }

    /// <summary>A finite, positive value of a nullable fact, else null.</summary>
    public static double? Positive(double? value) =>
        value is double v && double.IsFinite(v) && v > 0 ? v : null;

    /// <summary>A finite value of a nullable fact, else null.</summary>
    public static double? Finite(double? value) =>
        value is double v && double.IsFinite(v) ? v : null;

    /// <summary>The seasonal period in use when it is exactly a day or a week.</summary>
    public SeasonalCycle Cycle => Facts.SeasonalPeriodMs switch
    {
        Day => SeasonalCycle.Daily,
        Week => SeasonalCycle.Weekly,
        > 0 => SeasonalCycle.Other,
        _ => SeasonalCycle.None,
    };

    /// <summary>
    /// The local time at which the actual value would have been normal: the phase is <c>unixMs mod period</c>
    /// (periods start at the Unix epoch, in UTC), placed in the period that holds the peak and shown in the
    /// narrative's time zone, so daylight saving and the weekday are those of the finding's own week.
    /// </summary>
    public DateTimeOffset NormalAtLocal()
    {
        long period = Facts.SeasonalPeriodMs ?? throw new InvalidOperationException("The finding has no seasonal period.");
        long instant = Finding.PeakMs - Mod(Finding.PeakMs, period) + NormalAtOffsetMs;
        return TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(instant), _timeZone);
    }

    /// <summary>How far into its seasonal period the actual value would have been normal.</summary>
    public long NormalAtOffsetMs => Mod(Facts.NormalAtPhaseMs ?? 0, Facts.SeasonalPeriodMs ?? 1);

    private static long Mod(long value, long period) => ((value % period) + period) % period;
}
