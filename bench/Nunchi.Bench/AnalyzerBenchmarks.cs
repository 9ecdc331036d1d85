using BenchmarkDotNet.Attributes;
using Nunchi.Core.Analysis;
using Nunchi.Core.Scenarios;

namespace Nunchi.Bench;

/// <summary>
/// Throughput of <see cref="SeriesAnalyzer.Update"/> in steady state, every detector on: each benchmark warms its
/// analyzers up in <see cref="GlobalSetup"/> (over 100 000 points per series, so daily seasons are found), then
/// feeds a pre-generated block of over a million points per invocation; results read as time per point.
/// </summary>
/// <remarks>
/// A block is replayed with its timestamps moved on by its own span on every invocation, so the analyzers keep
/// seeing a continuing series (a block spans whole days, or a whole week for the factory mix, so the cycles line up).
/// Finding events are drained as they appear, as a real consumer would.
/// </remarks>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const long Start = 1_704_067_200_000; // 2024-01-01T00:00Z, a Monday
    private const long TenSeconds = 10_000;
    private const long Day = 86_400_000;
    private const int WarmupPoints = 120_960;     // 14 days at 10 s
    private const int BlockPoints = 1_036_800;    // 120 days at 10 s
    private const int FactoryTimestamps = 60_480; // one week at 10 s; × 27 series = 1 632 960 points
    private const int FactoryPoints = 1_632_960;

    private readonly SeriesAnalyzer[] _factoryAnalyzers = new SeriesAnalyzer[27];
    private SeriesAnalyzer _noiseAnalyzer = null!;
    private SeriesAnalyzer _dailyAnalyzer = null!;
    private double[] _noiseValues = null!;
    private double[] _dailyValues = null!;
    private long[] _blockTimes = null!;
    private long[] _factoryTimes = null!;
    private double[] _factoryValues = null!;
    private int[] _factorySeries = null!;
    private long _noiseOffset;
    private long _dailyOffset;
    private long _factoryOffset;

    [GlobalSetup(Target = nameof(WhiteNoise))]
    public void SetupWhiteNoise()
    {
        var random = new Random(12345);
        _noiseValues = Gaussian(random, BlockPoints, level: 20, sigma: 0.5, amplitude: 0);
        _blockTimes = Times(BlockPoints);
        _noiseAnalyzer = new SeriesAnalyzer();
        Warm(_noiseAnalyzer, Gaussian(random, WarmupPoints, level: 20, sigma: 0.5, amplitude: 0));
        _noiseOffset = Start + (WarmupPoints * TenSeconds);
    }

    [GlobalSetup(Target = nameof(DailySeason))]
    public void SetupDailySeason()
    {
        var random = new Random(23456);
        _dailyValues = Gaussian(random, BlockPoints, level: 100, sigma: 1, amplitude: 10);
        _blockTimes = Times(BlockPoints);
        _dailyAnalyzer = new SeriesAnalyzer();
        Warm(_dailyAnalyzer, Gaussian(random, WarmupPoints, level: 100, sigma: 1, amplitude: 10));
        if (_dailyAnalyzer.Summary.SeasonalPeriodMs != Day)
        {
            throw new InvalidOperationException($"the daily season was not found in warm-up: {_dailyAnalyzer.Summary}");
        }

        _dailyOffset = Start + (WarmupPoints * TenSeconds);
    }

    [GlobalSetup(Target = nameof(FactoryMix))]
    public void SetupFactoryMix()
    {
        // Two weeks of warm-up (the scenario's anomaly-free learning period), then a week with labelled events.
        var scenario = ScenarioRegistry.Create("factory", new ScenarioOptions
        {
            FromMs = Start,
            ToMs = Start + ((WarmupPoints + FactoryTimestamps) * TenSeconds),
            StepMs = TenSeconds,
            Seed = 1,
        });
        var index = scenario.Series.ToDictionary(s => s.Key, s => s.Index);
        for (var s = 0; s < _factoryAnalyzers.Length; s++)
        {
            _factoryAnalyzers[s] = new SeriesAnalyzer();
        }

        var times = new List<long>(FactoryPoints);
        var values = new List<double>(FactoryPoints);
        var series = new List<int>(FactoryPoints);
        var blockStart = Start + (WarmupPoints * TenSeconds);
        foreach (var point in scenario.Points())
        {
            var s = index[point.Series];
            if (point.TimestampMs < blockStart)
            {
                Take(_factoryAnalyzers[s], _factoryAnalyzers[s].Update(point.TimestampMs, point.Value));
                continue;
            }

            times.Add(point.TimestampMs - blockStart);
            values.Add(point.Value);
            series.Add(s);
        }

        if (Math.Abs(times.Count - FactoryPoints) > FactoryPoints / 100)
        {
            // Labelled gaps drop a few rows; OperationsPerInvoke assumes the full count.
            throw new InvalidOperationException($"the factory week holds {times.Count} points, not about {FactoryPoints}");
        }

        _factoryTimes = [.. times];
        _factoryValues = [.. values];
        _factorySeries = [.. series];
        _factoryOffset = blockStart;
    }

    /// <summary>(a) Gaussian white noise at 10-second cadence.</summary>
    [Benchmark(OperationsPerInvoke = BlockPoints)]
    public double WhiteNoise()
    {
        var sum = Run(_noiseAnalyzer, _noiseValues, _noiseOffset);
        _noiseOffset += BlockPoints * TenSeconds;
        return sum;
    }

    /// <summary>(b) A daily cycle with noise at 10-second cadence, after the season has been found.</summary>
    [Benchmark(OperationsPerInvoke = BlockPoints)]
    public double DailySeason()
    {
        var sum = Run(_dailyAnalyzer, _dailyValues, _dailyOffset);
        _dailyOffset += BlockPoints * TenSeconds;
        return sum;
    }

    /// <summary>(c) The factory scenario's 27 series at 10-second cadence, one analyzer each, points interleaved.</summary>
    [Benchmark(OperationsPerInvoke = FactoryPoints)]
    public double FactoryMix()
    {
        var analyzers = _factoryAnalyzers;
        var times = _factoryTimes;
        var values = _factoryValues;
        var series = _factorySeries;
        var offset = _factoryOffset;
        var sum = 0.0;
        for (var i = 0; i < times.Length; i++)
        {
            var analyzer = analyzers[series[i]];
            var result = analyzer.Update(offset + times[i], values[i]);
            sum += result.Score;
            Take(analyzer, result);
        }

        _factoryOffset += FactoryTimestamps * TenSeconds;
        return sum;
    }

    private double Run(SeriesAnalyzer analyzer, double[] values, long offset)
    {
        var times = _blockTimes;
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var result = analyzer.Update(offset + times[i], values[i]);
            sum += result.Score;
            Take(analyzer, result);
        }

        return sum;
    }

    private static void Take(SeriesAnalyzer analyzer, PointResult result)
    {
        if (result.HasFindingEvents)
        {
            while (analyzer.TryTakeEvent(out _))
            {
            }
        }
    }

    private void Warm(SeriesAnalyzer analyzer, double[] values)
    {
        var times = Times(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Take(analyzer, analyzer.Update(Start + times[i], values[i]));
        }
    }

    /// <summary>Offsets from the start of a block: 0, 10 s, 20 s …</summary>
    private static long[] Times(int count)
    {
        var times = new long[count];
        for (var i = 0; i < count; i++)
        {
            times[i] = i * TenSeconds;
        }

        return times;
    }

    /// <summary>level + amplitude·sin(2π·day phase) + N(0, sigma²) at 10-second steps (blocks are whole days, so phases line up).</summary>
    private static double[] Gaussian(Random random, int count, double level, double sigma, double amplitude)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            var phase = (double)(i * TenSeconds % Day) / Day;
            values[i] = level + (amplitude * Math.Sin(2.0 * Math.PI * phase)) + (sigma * z);
        }

        return values;
    }
}
