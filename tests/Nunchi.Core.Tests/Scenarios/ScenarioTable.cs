using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

/// <summary>A whole generated scenario in memory: one value per series and timestamp, NaN where a gap left no row.</summary>
public sealed class ScenarioTable
{
    public static readonly DateTimeOffset DefaultFrom = new(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(9));

    private ScenarioTable(IScenario scenario, long[] timestamps, double[][] values)
    {
        Scenario = scenario;
        Timestamps = timestamps;
        Values = values;
    }

    internal IScenario Scenario { get; }

    public long[] Timestamps { get; }

    /// <summary>Values[series][tick].</summary>
    public double[][] Values { get; }

    internal static IScenario Create(string name, double days, long? stepMs = null, long seed = 1, DateTimeOffset? from = null)
    {
        var fromMs = (from ?? DefaultFrom).ToUnixTimeMilliseconds();
        return ScenarioRegistry.Create(name, new ScenarioOptions
        {
            FromMs = fromMs,
            ToMs = fromMs + (long)(days * 86_400_000),
            StepMs = stepMs,
            Seed = seed,
        });
    }

    internal static ScenarioTable Load(IScenario scenario)
    {
        var ticks = (int)((scenario.Options.ToMs - scenario.Options.FromMs + scenario.StepMs - 1) / scenario.StepMs);
        var timestamps = new long[ticks];
        var values = new double[scenario.Series.Count][];
        for (var s = 0; s < values.Length; s++)
        {
            values[s] = new double[ticks];
            Array.Fill(values[s], double.NaN);
        }

        var reader = scenario.CreateReader();
        var tick = 0;
        while (reader.Read())
        {
            timestamps[tick] = reader.TimestampMs;
            for (var r = 0; r < reader.RowCount; r++)
            {
                var row = reader.GetRow(r);
                for (var f = 0; f < row.Values.Length; f++)
                {
                    values[row.Group.FirstSeries + f][tick] = row.Values[f];
                }
            }

            tick++;
        }

        tick.ShouldBe(ticks);
        return new ScenarioTable(scenario, timestamps, values);
    }

    internal SeriesInfo Series(string group, string field) =>
        Scenario.Series.Single(s => s.Group == group && s.Field.Field == field);

    public int Tick(long timestampMs) => (int)((timestampMs - Scenario.Options.FromMs) / Scenario.StepMs);

    public int Tick(DateTimeOffset time) => Tick(time.ToUnixTimeMilliseconds());

    public double Value(string group, string field, DateTimeOffset time) => Values[Series(group, field).Index][Tick(time)];

    /// <summary>Values of one series over [from, to] (inclusive timestamps), gaps skipped.</summary>
    internal List<double> Window(SeriesInfo series, long fromMs, long toMs)
    {
        var result = new List<double>();
        for (var t = Math.Max(0, Tick(fromMs)); t <= Math.Min(Timestamps.Length - 1, Tick(toMs)); t++)
        {
            if (!double.IsNaN(Values[series.Index][t]))
            {
                result.Add(Values[series.Index][t]);
            }
        }

        return result;
    }

    /// <summary>A local (Seoul) time.</summary>
    public static DateTimeOffset Seoul(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(9));
}
