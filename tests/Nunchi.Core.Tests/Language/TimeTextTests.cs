using Nunchi.Core.Language;

namespace Nunchi.Core.Tests.Language;

public sealed class TimeTextTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.CreateCustomTimeZone("KST", TimeSpan.FromHours(9), "KST", "KST");

    [Theory]
    [InlineData("2024-11-19T12:12:45Z", "11월 19일 오후 9시 12분", "Nov 19, 21:12")]
    [InlineData("2024-11-19T15:00:00Z", "11월 20일 오전 12시", "Nov 20, 00:00")] // midnight, next local day
    [InlineData("2024-11-19T03:00:00Z", "11월 19일 오후 12시", "Nov 19, 12:00")] // noon
    [InlineData("2024-01-01T00:05:00Z", "1월 1일 오전 9시 5분", "Jan 1, 09:05")]
    public void Format_Instant_LocalDateAndTimeInBothLanguages(string utc, string korean, string english)
    {
        long ms = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

        TimeText.Format(ms, Seoul, NarrativeLanguage.Korean).ShouldBe(korean);
        TimeText.Format(ms, Seoul, NarrativeLanguage.English).ShouldBe(english);
    }

    [Fact]
    public void Format_OtherTimeZone_ShowsThatZonesClock()
    {
        long ms = DateTimeOffset.Parse("2024-11-19T12:12:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

        TimeText.Format(ms, TimeZoneInfo.Utc, NarrativeLanguage.English).ShouldBe("Nov 19, 12:12");
    }

    [Theory]
    [InlineData(0, 0, "오전 12시", "00:00")]
    [InlineData(9, 5, "오전 9시 5분", "09:05")]
    [InlineData(12, 0, "오후 12시", "12:00")]
    [InlineData(15, 20, "오후 3시 20분", "15:20")]
    [InlineData(23, 59, "오후 11시 59분", "23:59")]
    public void Clock_TimeOfDay_TwelveHourKoreanAndTwentyFourHourEnglish(int hour, int minute, string korean, string english)
    {
        TimeText.Clock(hour, minute, NarrativeLanguage.Korean).ShouldBe(korean);
        TimeText.Clock(hour, minute, NarrativeLanguage.English).ShouldBe(english);
    }

    [Fact]
    public void Weekday_Thursday_NamedInBothLanguages()
    {
        TimeText.Weekday(DayOfWeek.Thursday, NarrativeLanguage.Korean).ShouldBe("목요일");
        TimeText.Weekday(DayOfWeek.Thursday, NarrativeLanguage.English).ShouldBe("Thursday");
    }
}
