using Nunchi.Core.Analysis;
using Nunchi.Core.Questions;
using Nunchi.Core.Questions.Answers;
using Nunchi.Engine.Analysis;
using Nunchi.Storage;

namespace Nunchi.Engine.Questions;

/// <summary>
/// A series' forecast from what its analyzer has learned: the analyzer is restored from the series' latest checkpoint
/// (at most one checkpoint interval behind the live one) and asked for its expected value and interval at regular steps.
/// </summary>
internal static class ForecastReader
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;

    /// <summary>The longest forecast given: beyond a week the learned weekly cycle is all there is to say.</summary>
    public const long MaxHorizonMs = 7 * 24 * Hour;

    public static SeriesForecast Read(NunchiEngine engine, CatalogSeries series, long fromMs, long toMs)
    {
        int decimals = Decimals(engine.Points, series.Id);
        var checkpoint = engine.Findings.LoadCheckpoint(series.Id);
        if (checkpoint is null || toMs <= fromMs)
        {
            return new SeriesForecast(series, [], decimals);
        }

        SeriesAnalyzer analyzer;
        try
        {
            analyzer = SeriesAnalyzer.Restore(CheckpointCodec.Decompress(checkpoint.State), engine.Options.Analyzer);
        }
        catch (InvalidDataException)
        {
            // A damaged checkpoint: nothing learned can be read, as the engine itself would start afresh.
            return new SeriesForecast(series, [], decimals);
        }

        // Hourly, or every ten minutes over a few hours; the first step at the first whole step after the start.
        long step = toMs - fromMs <= 6 * Hour ? 10 * Minute : Hour;
        double floor = Floor(engine.Points, series.Id);
        var points = new List<ForecastPoint>();
        for (long t = ((fromMs / step) + 1) * step; t <= toMs; t += step)
        {
            var point = analyzer.Forecast(t);
            points.Add(point with { Expected = Math.Max(point.Expected, floor), Lower = Math.Max(point.Lower, floor) });
        }

        return new SeriesForecast(series, points, decimals);
    }

    /// <summary>
    /// The lowest value a forecast shows: a series that has not gone below zero in the last week (power, output) is not
    /// forecast below its lowest value of that week, where level plus season would otherwise dip under it at night;
    /// any other series is not bounded.
    /// </summary>
    private static double Floor(IPointStore store, int seriesId)
    {
        var extent = store.Extent(seriesId);
        if (extent.Count == 0)
        {
            return double.NegativeInfinity;
        }

        var week = store.Downsample(seriesId, extent.LastMs - (7 * 24 * Hour), extent.LastMs + 1, 1);
        return week.Count == 1 && week[0].Min >= 0 ? week[0].Min : double.NegativeInfinity;
    }

    // The series' resolution, from its latest values.
    private static int Decimals(IPointStore store, int seriesId)
    {
        var extent = store.Extent(seriesId);
        if (extent.Count == 0)
        {
            return 2;
        }

        var points = new List<StoredPoint>();
        store.Read(seriesId, extent.LastMs - Hour, extent.LastMs + 1, points);
        var values = new double[Math.Min(points.Count, 64)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = points[points.Count - 1 - i].Value;
        }

        return SeriesSummary.DecimalsFor(values);
    }
}
