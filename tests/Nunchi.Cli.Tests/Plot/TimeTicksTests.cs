using System.Globalization;
using Nunchi.Cli.Plot;

namespace Nunchi.Cli.Tests.Plot;

public sealed class TimeTicksTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Theory]
    [InlineData(3_600_000L, 12, "Minute", 5)]
    [InlineData(86_400_000L, 12, "Hour", 2)]
    [InlineData(3 * 86_400_000L, 14, "Hour", 6)]
    [InlineData(12 * 86_400_000L, 14, "Day", 1)]
    [InlineData(60 * 86_400_000L, 14, "Week", 1)]
    [InlineData(730 * 86_400_000L, 12, "Month", 3)]
    public void ChooseStep_ByRange_PicksRoundStep(long rangeMs, int maxTicks, string unit, int count)
    {
        TimeTicks.ChooseStep(0, rangeMs, maxTicks).ShouldBe(new TimeStep(Enum.Parse<TimeUnit>(unit), count));
    }

    [Fact]
    public void Create_ThreeDaysInSeoul_TicksOnRoundSixHoursLocal()
    {
        // Arrange: 2024-11-19 03:17 .. 2024-11-22 03:17 Seoul.
        var start = Ms(2024, 11, 19, 3, 17);

        // Act
        var ticks = TimeTicks.Create(start, start + 3 * 86_400_000L, Seoul, 14);

        // Assert
        ticks.Count.ShouldBe(12);
        foreach (var tick in ticks)
        {
            var local = TimeTicks.ToLocal(tick.TimestampMs, Seoul);
            (local.Hour % 6, local.Minute, local.Second).ShouldBe((0, 0, 0));
            tick.Label.ShouldBe(local.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        ticks[0].Label.ShouldBe("11-19 06:00");
    }

    [Fact]
    public void Create_TwelveDaysInSeoul_TicksAtLocalMidnightLabelledByDate()
    {
        // Arrange
        var start = Ms(2024, 11, 12, 0, 0);

        // Act
        var ticks = TimeTicks.Create(start, start + 12 * 86_400_000L - 1, Seoul, 14);

        // Assert: Seoul midnight is 15:00 UTC the day before.
        ticks.Count.ShouldBe(12);
        ticks[0].ShouldBe(new TimeTick(new DateTimeOffset(2024, 11, 11, 15, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), "Nov 12"));
        ticks[7].Label.ShouldBe("Nov 19");
    }

    [Fact]
    public void Create_AcrossDaylightSavingStart_HourlyTicksStrictlyIncreasingOnWholeLocalHours()
    {
        // Arrange: Berlin skips 02:00..03:00 on 2024-03-31.
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var start = new DateTimeOffset(2024, 3, 30, 20, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        // Act
        var ticks = TimeTicks.Create(start, start + 12 * 3_600_000L, berlin, 14);

        // Assert
        for (var i = 0; i < ticks.Count; i++)
        {
            TimeTicks.ToLocal(ticks[i].TimestampMs, berlin).Minute.ShouldBe(0);
            if (i > 0)
            {
                ticks[i].TimestampMs.ShouldBeGreaterThan(ticks[i - 1].TimestampMs);
            }
        }

        ticks.ShouldNotContain(t => t.Label == "03-31 02:00");
    }

    private static long Ms(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(9)).ToUnixTimeMilliseconds();
}
