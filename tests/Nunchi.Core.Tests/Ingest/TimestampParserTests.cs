using System.Globalization;
using System.Text;
using Nunchi.Core.Ingest;

namespace Nunchi.Core.Tests.Ingest;

public sealed class TimestampParserTests
{
    private const long Jan5At10Utc = 1_704_448_800_000;

    [Theory]
    [InlineData("2024-01-05T10:00:00Z", Jan5At10Utc)]
    [InlineData("2024-01-05 10:00:00", Jan5At10Utc)]
    [InlineData("2024-01-05t10:00:00z", Jan5At10Utc)]
    [InlineData("2024-01-05T10:00", Jan5At10Utc)]
    [InlineData("2024-01-05 10:00Z", Jan5At10Utc)]
    [InlineData("2024-01-05", 1_704_412_800_000)]
    [InlineData("  2024-01-05 10:00:00\t", Jan5At10Utc)]
    [InlineData("2024-01-05T10:00:00.1Z", Jan5At10Utc + 100)]
    [InlineData("2024-01-05T10:00:00.12Z", Jan5At10Utc + 120)]
    [InlineData("2024-01-05T10:00:00.123Z", Jan5At10Utc + 123)]
    [InlineData("2024-01-05 10:00:00.123456", Jan5At10Utc + 123)]
    [InlineData("2024-01-05T10:00:00.999999999Z", Jan5At10Utc + 999)]
    [InlineData("2024-01-05T10:00:00,5", Jan5At10Utc + 500)]
    [InlineData("2024-01-05T19:00:00+09:00", Jan5At10Utc)]
    [InlineData("2024-01-05T19:00:00+0900", Jan5At10Utc)]
    [InlineData("2024-01-05T19:00:00+09", Jan5At10Utc)]
    [InlineData("2024-01-05 05:00:00-05:00", Jan5At10Utc)]
    [InlineData("2024-01-05T09:30:00-00:30", Jan5At10Utc)]
    [InlineData("2024-01-05T10:00:00+00:00", Jan5At10Utc)]
    [InlineData("2024-01-05T19:00:00.250+09:00", Jan5At10Utc + 250)]
    [InlineData("2024-02-29T00:00:00Z", 1_709_164_800_000)]
    [InlineData("2000-02-29 12:00:00", 951_825_600_000)]
    [InlineData("1900-03-01", -2_203_891_200_000)]
    [InlineData("1960-06-15T08:30:00Z", -301_246_200_000)]
    [InlineData("1970-01-01T00:00:00Z", 0)]
    [InlineData("1969-12-31T23:59:59.999Z", -1)]
    [InlineData("0001-01-01", -62_135_596_800_000)]
    [InlineData("9999-12-31T23:59:59.999Z", 253_402_300_799_999)]
    public void TryParseTimestamp_IsoForms_ReturnsUnixMilliseconds(string text, long expected)
    {
        TimestampParser.TryParseTimestamp(text, TimeZoneInfo.Utc, out var unixMs).ShouldBeTrue();

        unixMs.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1704448800", Jan5At10Utc)]
    [InlineData("1704448800.5", Jan5At10Utc + 500)]
    [InlineData("1704448800.1239", Jan5At10Utc + 123)]
    [InlineData("1704448800123", Jan5At10Utc + 123)]
    [InlineData("1704448800123.9", Jan5At10Utc + 123)]
    [InlineData("1704448800123456", Jan5At10Utc + 123)]
    [InlineData("1704448800123456789", Jan5At10Utc + 123)]
    [InlineData("1.7044488e9", Jan5At10Utc)]
    [InlineData("+1704448800", Jan5At10Utc)]
    [InlineData("0", 0)]
    [InlineData("86400", 86_400_000)]
    [InlineData("-1.5", -1500)]
    [InlineData("-0.0005", -1)]
    public void TryParseTimestamp_EpochNumbers_UnitFromMagnitude(string text, long expected)
    {
        TimestampParser.TryParseTimestamp(text, TimeZoneInfo.Utc, out var unixMs).ShouldBeTrue();

        unixMs.ShouldBe(expected);
    }

    [Theory]
    [InlineData(0.0, EpochUnit.Seconds)]
    [InlineData(1.7e9, EpochUnit.Seconds)]
    [InlineData(99_999_999_999.0, EpochUnit.Seconds)]
    [InlineData(1e11, EpochUnit.Milliseconds)]
    [InlineData(-1.7e12, EpochUnit.Milliseconds)]
    [InlineData(1e14, EpochUnit.Microseconds)]
    [InlineData(1.7e15, EpochUnit.Microseconds)]
    [InlineData(1e17, EpochUnit.Nanoseconds)]
    [InlineData(1.7e18, EpochUnit.Nanoseconds)]
    public void EpochUnitFor_Magnitude_PicksUnit(double magnitude, EpochUnit expected)
    {
        TimestampParser.EpochUnitFor(magnitude).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("0000-01-01")]
    [InlineData("2024-01-05T24:00:00")]
    [InlineData("2024-01-05T10:60:00")]
    [InlineData("2024-01-05T10:00:60")]
    [InlineData("2024-01-05T10")]
    [InlineData("2024-01-05T10:00:00.")]
    [InlineData("2024-01-05T10:00:00+9")]
    [InlineData("2024-01-05T10:00:00+09:0")]
    [InlineData("2024-01-05T10:00:00+19:00")]
    [InlineData("2024-01-05T10:00:00+09:60")]
    [InlineData("2024-01-05T10:00:00 Z")]
    [InlineData("2024-01-05X10:00:00")]
    [InlineData("2024-1-5")]
    [InlineData("05/01/2024")]
    [InlineData("2024/01/05")]
    [InlineData("yesterday")]
    [InlineData("12,5")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("1704448800s")]
    [InlineData("999999999999999999999")]
    public void TryParseTimestamp_NotATimestamp_ReturnsFalse(string text)
    {
        TimestampParser.TryParseTimestamp(text, TimeZoneInfo.Utc, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Asia/Seoul", "2024-01-05 19:00:00", Jan5At10Utc)]
    [InlineData("Asia/Seoul", "2024-07-05 19:00:00", 1_720_173_600_000)]
    [InlineData("Asia/Seoul", "2024-01-05T10:00:00Z", Jan5At10Utc)]
    [InlineData("Asia/Seoul", "2024-01-05T10:00:00+00:00", Jan5At10Utc)]
    [InlineData("America/New_York", "2024-01-05 05:00:00", Jan5At10Utc)]
    [InlineData("America/New_York", "2024-07-01 06:00:00", 1_719_828_000_000)]
    [InlineData("America/New_York", "2024-03-10 01:59:59", 1_710_053_999_000)]
    [InlineData("America/New_York", "2024-03-10 02:30:00", 1_710_055_800_000)]
    [InlineData("America/New_York", "2024-03-10 03:00:00", 1_710_054_000_000)]
    [InlineData("America/New_York", "2024-11-03 00:59:59", 1_730_609_999_000)]
    [InlineData("America/New_York", "2024-11-03 01:30:00", 1_730_611_800_000)]
    [InlineData("America/New_York", "2024-11-03 02:00:00", 1_730_617_200_000)]
    [InlineData("Australia/Sydney", "2024-04-07 02:30:00", 1_712_417_400_000)]
    [InlineData("Australia/Sydney", "2024-10-06 02:30:00", 1_728_145_800_000)]
    public void TryParseTimestamp_NoOffset_ReadInZone(string zoneId, string text, long expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        TimestampParser.TryParseTimestamp(text, zone, out var unixMs).ShouldBeTrue();

        unixMs.ShouldBe(expected);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Australia/Sydney")]
    [InlineData("Asia/Seoul")]
    [InlineData("Europe/London")]
    public void TryParse_EveryTenMinutesOfAYear_AgreesWithTimeZoneInfo(string zoneId)
    {
        // Arrange: one parser, so that its per-hour offset cache is crossed over both changes of the year.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var parser = new TimestampParser(zone);
        var regular = 0;

        for (var local = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified); local.Year == 2024; local = local.AddSeconds(607))
        {
            // Act
            var text = local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            parser.TryParse(Encoding.ASCII.GetBytes(text), out var unixMs).ShouldBeTrue();

            // Assert
            var utc = DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime;
            var back = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
            if (zone.IsAmbiguousTime(local))
            {
                back.ShouldBe(local, text);
                zone.GetUtcOffset(utc).ShouldBe(zone.GetAmbiguousTimeOffsets(local).Max(), text);
            }
            else if (zone.IsInvalidTime(local))
            {
                (back - local).ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), text);
            }
            else
            {
                unixMs.ShouldBe(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone)).ToUnixTimeMilliseconds(), text);
                regular++;
            }
        }

        regular.ShouldBeGreaterThan(51_000);
    }

    [Fact]
    public void TryParse_Instance_KeepsTheFirstNumbersUnit()
    {
        // Arrange: 86400 reads as seconds; 1e11 alone would read as milliseconds.
        var parser = new TimestampParser(TimeZoneInfo.Utc);

        // Act
        parser.TryParse("86400"u8, out var first).ShouldBeTrue();
        parser.TryParse("100000000000"u8, out var second).ShouldBeTrue();

        // Assert
        parser.EpochUnit.ShouldBe(EpochUnit.Seconds);
        first.ShouldBe(86_400_000);
        second.ShouldBe(100_000_000_000_000);
    }

    [Fact]
    public void TryParse_GivenUnit_UsesIt()
    {
        var parser = new TimestampParser(TimeZoneInfo.Utc, EpochUnit.Milliseconds);

        parser.TryParse("5"u8, out var unixMs).ShouldBeTrue();

        unixMs.ShouldBe(5);
    }

    [Fact]
    public void TryParse_IsoText_DoesNotDecideTheUnit()
    {
        var parser = new TimestampParser(TimeZoneInfo.Utc);

        parser.TryParse("2024-01-05 10:00:00"u8, out _).ShouldBeTrue();

        parser.EpochUnit.ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-01-05 10:00:00é")]
    [InlineData("２０２４-01-05")]
    public void TryParseTimestamp_NonAsciiChars_ReturnsFalse(string text)
    {
        TimestampParser.TryParseTimestamp(text, TimeZoneInfo.Utc, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryParseTimestamp_LongerThan64Chars_ReturnsFalse()
    {
        TimestampParser.TryParseTimestamp(new string('1', 65), TimeZoneInfo.Utc, out _).ShouldBeFalse();
    }
}
