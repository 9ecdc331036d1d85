using Nunchi.Core.Language;

namespace Nunchi.Core.Tests.Language;

public sealed class DurationTextTests
{
    private const long Second = 1_000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    [Theory]
    [InlineData(0L, "0초", "0 seconds")]
    [InlineData(250L, "0.25초", "0.25 seconds")]
    [InlineData(Second, "1초", "1 second")]
    [InlineData(1_500L, "1.5초", "1.5 seconds")]
    [InlineData(45 * Second, "45초", "45 seconds")]
    [InlineData(Minute, "1분", "1 minute")]
    [InlineData(2 * Minute + 30 * Second, "2분 30초", "2 minutes 30 seconds")]
    [InlineData(12 * Minute, "12분", "12 minutes")]
    [InlineData(Hour, "1시간", "1 hour")]
    [InlineData(Hour + 30 * Minute, "1시간 30분", "1 hour 30 minutes")]
    [InlineData(Hour + 29 * Minute + 40 * Second, "1시간 30분", "1 hour 30 minutes")] // rounded to the minute
    [InlineData(59 * Minute + 59_600, "1시간", "1 hour")] // rounding reaches the next unit
    [InlineData(Day, "1일", "1 day")]
    [InlineData(23 * Hour + 59 * Minute + 40 * Second, "1일", "1 day")]
    [InlineData(2 * Day + 3 * Hour + 10 * Minute, "2일 3시간", "2 days 3 hours")]
    [InlineData(1_500 * Day, "1,500일", "1,500 days")]
    public void Format_Duration_LargestTwoUnitsInBothLanguages(long milliseconds, string korean, string english)
    {
        DurationText.Format(milliseconds, NarrativeLanguage.Korean).ShouldBe(korean);
        DurationText.Format(milliseconds, NarrativeLanguage.English).ShouldBe(english);
    }

    [Fact]
    public void Format_NegativeDuration_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DurationText.Format(-1, NarrativeLanguage.English));
    }
}
