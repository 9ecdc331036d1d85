using Nunchi.Core.Questions;

namespace Nunchi.Core.Tests.Questions;

/// <summary>CONVENTIONS.md's time expressions, asked on Friday 2026-11-20 at 12:00 in Seoul; ranges as local times.</summary>
public sealed class TimeGrammarTests
{
    [Theory]
    // Nothing said: the last 24 hours.
    [InlineData("3호기 온도", "11-19 12:00..11-20 12:00")]
    // Days.
    [InlineData("오늘 3호기 온도", "11-20 00:00..11-20 12:00")]
    [InlineData("press-3 temperature today", "11-20 00:00..11-20 12:00")]
    [InlineData("어제 3호기 온도", "11-19 00:00..11-20 00:00")]
    [InlineData("press-3 temperature yesterday", "11-19 00:00..11-20 00:00")]
    [InlineData("그저께 3호기 온도", "11-18 00:00..11-19 00:00")]
    [InlineData("press-3 temperature the day before yesterday", "11-18 00:00..11-19 00:00")]
    // Nights and parts of days.
    [InlineData("어젯밤 3호기 온도", "11-19 18:00..11-20 06:00")]
    [InlineData("어제 밤 3호기 온도", "11-19 18:00..11-20 06:00")]
    [InlineData("press-3 temperature last night", "11-19 18:00..11-20 06:00")]
    [InlineData("오늘 오전 3호기 온도", "11-20 00:00..11-20 12:00")]
    [InlineData("press-3 temperature this morning", "11-20 00:00..11-20 12:00")]
    [InlineData("어제 오후 3호기 온도", "11-19 12:00..11-19 18:00")]
    [InlineData("press-3 temperature yesterday evening", "11-19 18:00..11-20 00:00")]
    [InlineData("오늘 새벽 3호기 온도", "11-20 00:00..11-20 06:00")]
    // Hours: that hour, 쯤/around the same.
    [InlineData("오늘 새벽 3시 3호기 온도", "11-20 03:00..11-20 04:00")]
    [InlineData("어제 오후 3시 3호기 온도", "11-19 15:00..11-19 16:00")]
    [InlineData("어제 오후 3시쯤 3호기 온도", "11-19 15:00..11-19 16:00")]
    [InlineData("어제 오후 세 시 3호기 온도", "11-19 15:00..11-19 16:00")]
    [InlineData("어제 오후 3시 30분 3호기 온도", "11-19 15:30..11-19 16:30")]
    [InlineData("어제 세 시 반 3호기 온도", "11-19 15:30..11-19 16:30")]
    [InlineData("press-3 temperature at 3am", "11-20 03:00..11-20 04:00")]
    [InlineData("press-3 temperature yesterday at 3pm", "11-19 15:00..11-19 16:00")]
    [InlineData("press-3 temperature yesterday around 3 pm", "11-19 15:00..11-19 16:00")]
    [InlineData("press-3 temperature yesterday at 15:00", "11-19 15:00..11-19 16:00")]
    [InlineData("press-3 temperature at noon yesterday", "11-19 12:00..11-19 13:00")]
    // Spans back from now, in digits, native and Sino-Korean numerals and English words.
    [InlineData("지난 3시간 3호기 온도", "11-20 09:00..11-20 12:00")]
    [InlineData("지난 세 시간 3호기 온도", "11-20 09:00..11-20 12:00")]
    [InlineData("지난세시간 3호기 온도", "11-20 09:00..11-20 12:00")]
    [InlineData("최근 열두 시간 3호기 온도", "11-20 00:00..11-20 12:00")]
    [InlineData("최근 스물네 시간 3호기 온도", "11-19 12:00..11-20 12:00")]
    [InlineData("지난 삼십 분 3호기 온도", "11-20 11:30..11-20 12:00")]
    [InlineData("지난 이십사시간 3호기 온도", "11-19 12:00..11-20 12:00")]
    [InlineData("지난 한 시간 3호기 온도", "11-20 11:00..11-20 12:00")]
    [InlineData("지난 한 시간 반 동안 3호기 온도", "11-20 10:30..11-20 12:00")]
    [InlineData("지난 이틀 3호기 온도", "11-18 12:00..11-20 12:00")]
    [InlineData("지난 3일 동안 3호기 온도", "11-17 12:00..11-20 12:00")]
    [InlineData("최근 일주일 3호기 온도", "11-13 12:00..11-20 12:00")]
    [InlineData("지난 2주 3호기 온도", "11-06 12:00..11-20 12:00")]
    [InlineData("press-3 temperature over the last 6 hours", "11-20 06:00..11-20 12:00")]
    [InlineData("press-3 temperature in the past twelve hours", "11-20 00:00..11-20 12:00")]
    [InlineData("press-3 temperature last twenty-four hours", "11-19 12:00..11-20 12:00")]
    [InlineData("press-3 temperature past 90 minutes", "11-20 10:30..11-20 12:00")]
    [InlineData("press-3 temperature the last hour", "11-20 11:00..11-20 12:00")]
    [InlineData("press-3 temperature past 7 days", "11-13 12:00..11-20 12:00")]
    [InlineData("press-3 temperature for the past week", "11-13 12:00..11-20 12:00")]
    // Moments back: that hour, that day.
    [InlineData("3시간 전 3호기 온도", "11-20 09:00..11-20 10:00")]
    [InlineData("press-3 temperature 3 hours ago", "11-20 09:00..11-20 10:00")]
    [InlineData("이틀 전 3호기 온도", "11-18 00:00..11-19 00:00")]
    [InlineData("press-3 temperature 2 days ago", "11-18 00:00..11-19 00:00")]
    // Calendar weeks and months.
    [InlineData("이번 주 3호기 온도", "11-16 00:00..11-20 12:00")]
    [InlineData("이번주 3호기 온도", "11-16 00:00..11-20 12:00")]
    [InlineData("press-3 temperature this week", "11-16 00:00..11-20 12:00")]
    [InlineData("지난주 3호기 온도", "11-09 00:00..11-16 00:00")]
    [InlineData("지난 주 3호기 온도", "11-09 00:00..11-16 00:00")]
    [InlineData("press-3 temperature last week", "11-09 00:00..11-16 00:00")]
    [InlineData("이번 달 3호기 온도", "11-01 00:00..11-20 12:00")]
    [InlineData("press-3 temperature this month", "11-01 00:00..11-20 12:00")]
    [InlineData("지난달 3호기 온도", "10-01 00:00..11-01 00:00")]
    [InlineData("press-3 temperature last month", "10-01 00:00..11-01 00:00")]
    [InlineData("10월 3호기 온도", "10-01 00:00..11-01 00:00")]
    [InlineData("press-3 temperature in October", "10-01 00:00..11-01 00:00")]
    // Dates and weekdays.
    [InlineData("11월 18일 3호기 온도", "11-18 00:00..11-19 00:00")]
    [InlineData("십일월 십팔일 3호기 온도", "11-18 00:00..11-19 00:00")]
    [InlineData("2026년 11월 18일 3호기 온도", "11-18 00:00..11-19 00:00")]
    [InlineData("18일 3호기 온도", "11-18 00:00..11-19 00:00")]
    [InlineData("press-3 temperature on Nov 18", "11-18 00:00..11-19 00:00")]
    [InlineData("press-3 temperature on November 18th", "11-18 00:00..11-19 00:00")]
    [InlineData("press-3 temperature 18 November", "11-18 00:00..11-19 00:00")]
    [InlineData("press-3 temperature 2026-11-18", "11-18 00:00..11-19 00:00")]
    [InlineData("press-3 temperature 11/18", "11-18 00:00..11-19 00:00")]
    [InlineData("월요일 3호기 온도", "11-16 00:00..11-17 00:00")]
    [InlineData("지난주 화요일 3호기 온도", "11-10 00:00..11-11 00:00")]
    [InlineData("press-3 temperature on Monday", "11-16 00:00..11-17 00:00")]
    // Ranges.
    [InlineData("어제 오후 2시부터 4시까지 3호기 온도", "11-19 14:00..11-19 16:00")]
    [InlineData("press-3 temperature from 2pm to 4pm yesterday", "11-19 14:00..11-19 16:00")]
    [InlineData("press-3 temperature between 2pm and 4pm yesterday", "11-19 14:00..11-19 16:00")]
    [InlineData("11월 1일부터 11월 10일까지 3호기 온도", "11-01 00:00..11-11 00:00")]
    [InlineData("지난주 월요일부터 수요일까지 3호기 온도", "11-09 00:00..11-12 00:00")]
    [InlineData("press-3 temperature since Monday", "11-16 00:00..11-20 12:00")]
    [InlineData("오늘 9시 이후 3호기 온도", "11-20 09:00..11-20 12:00")]
    public void Parse_TimeExpression_GivesTheConventionsRange(string question, string expected)
    {
        var interpretation = FactoryVocabulary.Parse(question);

        FactoryVocabulary.Range(interpretation).ShouldBe(expected, question);
    }

    [Theory]
    // Forecasts: nothing said is the next 24 hours; spans and days ahead.
    [InlineData("3호기 온도 예측", "11-20 12:00..11-21 12:00")]
    [InlineData("앞으로 6시간 3호기 온도 예측", "11-20 12:00..11-20 18:00")]
    [InlineData("향후 두 시간 3호기 온도 예측", "11-20 12:00..11-20 14:00")]
    [InlineData("내일 3호기 온도 예측", "11-21 00:00..11-22 00:00")]
    [InlineData("모레 3호기 온도 예상", "11-22 00:00..11-23 00:00")]
    [InlineData("forecast press-3 temperature for the next 12 hours", "11-20 12:00..11-21 00:00")]
    [InlineData("predict press-3 temperature tomorrow", "11-21 00:00..11-22 00:00")]
    [InlineData("forecast press-3 temperature 6 hours", "11-20 12:00..11-20 18:00")]
    [InlineData("3호기 온도 오늘 남은 시간 예측", "11-20 12:00..11-21 00:00")]
    public void Parse_ForecastTime_LooksAhead(string question, string expected)
    {
        var interpretation = FactoryVocabulary.Parse(question);

        interpretation.Intent.ShouldBe(QuestionIntent.Forecast, question);
        FactoryVocabulary.Range(interpretation).ShouldBe(expected, question);
    }

    [Theory]
    [InlineData("지난주 3호기 온도", "지난주", "last week")]
    [InlineData("press-3 temperature over the last 6 hours", "지난 6시간 동안", "over the last 6 hours")]
    [InlineData("지난 한 시간 3호기 온도", "지난 한 시간 동안", "over the last hour")]
    [InlineData("어제 오후 3시 3호기 온도", "어제 오후 3시", "at 15:00 yesterday")]
    [InlineData("11월 18일 3호기 온도", "11월 18일", "on Nov 18")]
    [InlineData("3호기 온도", "지난 24시간 동안", "over the last 24 hours")]
    public void Parse_Period_IsNamedInBothLanguages(string question, string korean, string english)
    {
        var period = FactoryVocabulary.Parse(question).Period!;

        (period.Korean, period.English).ShouldBe((korean, english));
    }

    [Fact]
    public void Parse_NoTimeSaid_MarksTheDefaultRange()
    {
        FactoryVocabulary.Parse("3호기 온도").Period!.Said.ShouldBeFalse();
        FactoryVocabulary.Parse("오늘 3호기 온도").Period!.Said.ShouldBeTrue();
    }
}
