using Nunchi.Core.Analysis;
using static Nunchi.Core.Tests.Analysis.SampleSeries;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerForecastTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Forecast_DailyCycleLearned_FollowsTheCycleForTheNextDayWithinItsBand(int seed)
    {
        var series = Regular(3 * 7 * 144, CalendarStartMs, 10 * Minute).AddLevel(100).AddSine(Day, 10).AddNoise(new TestRandom(seed), 1);
        AnalyzerRun.Of(series, out var analyzer);
        long last = series.Times[^1];

        for (long t = last + Hour; t <= last + Day; t += Hour)
        {
            var point = analyzer.Forecast(t);
            var phase = (double)(t % Day) / Day;
            var truth = 100 + (10 * Math.Sin(2 * Math.PI * phase));

            point.IsKnown.ShouldBeTrue();
            point.Expected.ShouldBeInRange(truth - 2, truth + 2, $"{(t - last) / Hour} h ahead");
            point.Lower.ShouldBeLessThan(truth);
            point.Upper.ShouldBeGreaterThan(truth);
            (point.Upper - point.Lower).ShouldBeLessThan(20, "the band is a few noise scales wide, not the whole cycle");
        }
    }

    [Fact]
    public void Forecast_BeforeWarmUp_IsUnknown()
    {
        var analyzer = new SeriesAnalyzer();
        analyzer.Forecast(CalendarStartMs).IsKnown.ShouldBeFalse();
        for (int i = 0; i < 10; i++)
        {
            analyzer.Update(CalendarStartMs + (i * Minute), 5);
        }

        analyzer.Forecast(CalendarStartMs + Hour).IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void Forecast_ReadsOnly_StateIsUnchanged()
    {
        var series = Regular(7 * 144, CalendarStartMs, 10 * Minute).AddLevel(50).AddSine(Day, 5).AddNoise(new TestRandom(7), 0.5);
        AnalyzerRun.Of(series, out var analyzer);
        var before = analyzer.SaveState();

        for (int h = 1; h <= 48; h++)
        {
            analyzer.Forecast(series.Times[^1] + (h * Hour));
        }

        analyzer.SaveState().ShouldBe(before);
    }
}
