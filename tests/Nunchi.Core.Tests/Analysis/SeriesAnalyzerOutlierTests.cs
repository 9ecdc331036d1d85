using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// One huge outlier (≈ 140 noise sigmas) in white noise: uniform ±0.5 around 20, rounded to 2 decimals, 10 s cadence,
/// as a sensor reports it. The outlier must be reported once as what it is, and must not teach the models anything
/// that makes the ordinary points after it look anomalous; white noise must never be taken for a season.
/// </summary>
public sealed class SeriesAnalyzerOutlierTests
{
    private const long StartMs = 1_763_600_000_000;
    private const long CadenceMs = 10_000;

    [Theory]
    [InlineData(1500, 700, 0)]
    [InlineData(800, 700, 0)]
    [InlineData(3000, 500, 0)]
    [InlineData(1500, 1400, 0)]
    [InlineData(3000, 2900, 0)]
    [InlineData(800, 300, 1)]
    [InlineData(1500, 750, 2)]
    [InlineData(3000, 2950, 3)]
    [InlineData(2000, 1994, 4)]
    [InlineData(1500, 1497, 5)]
    public void Update_OneHugeSpikeInWhiteNoise_RaisesOneSpikeAndTheNextPointsStayNormal(int count, int at, int seed) =>
        AssertSingleOutlier(count, at, seed, +40, FindingKind.Spike);

    [Theory]
    [InlineData(1500, 700, 0)]
    [InlineData(3000, 500, 1)]
    [InlineData(1500, 1400, 2)]
    [InlineData(3000, 2900, 3)]
    [InlineData(1500, 1497, 4)]
    public void Update_OneHugeDipInWhiteNoise_RaisesOneDipAndTheNextPointsStayNormal(int count, int at, int seed) =>
        AssertSingleOutlier(count, at, seed, -15, FindingKind.Dip);

    [Theory]
    [InlineData(500)]
    [InlineData(800)]
    [InlineData(1500)]
    [InlineData(3000)]
    public void Update_WhiteNoise_NeverFindsASeason(int count)
    {
        var seasonal = new List<string>();
        for (var seed = 0; seed < 12; seed++)
        {
            var analyzer = new SeriesAnalyzer();
            var values = Noise(count, seed);
            for (var i = 0; i < count; i++)
            {
                analyzer.Update(StartMs + (i * CadenceMs), values[i]);
                if (analyzer.Summary.SeasonalPeriodMs != 0)
                {
                    seasonal.Add($"seed {seed}: period {analyzer.Summary.SeasonalPeriodMs} ms after {i} points");
                    break;
                }
            }
        }

        seasonal.ShouldBeEmpty();
    }

    private static void AssertSingleOutlier(int count, int at, int seed, double size, FindingKind kind)
    {
        var values = Noise(count, seed);
        values[at] = Math.Round(values[at] + size, 2);
        var analyzer = new SeriesAnalyzer();
        var scores = new double[count];
        var latest = new Dictionary<long, Finding>();

        for (var i = 0; i < count; i++)
        {
            scores[i] = analyzer.Update(StartMs + (i * CadenceMs), values[i]).Score;
            Take(analyzer, latest);
        }

        analyzer.Complete();
        Take(analyzer, latest);

        var spikeMs = StartMs + (at * CadenceMs);
        var finding = latest.Values.ShouldHaveSingleItem(AnalyzerRun.Describe(latest.Values));
        finding.Kind.ShouldBe(kind, AnalyzerRun.Describe(latest.Values));
        finding.StartMs.ShouldBe(spikeMs);
        finding.EndMs.ShouldBeLessThanOrEqualTo(spikeMs + CadenceMs);
        finding.Severity.ShouldBeGreaterThan(0.9);
        scores[at].ShouldBeGreaterThan(0.9);
        for (var i = at + 1; i < Math.Min(count, at + 6); i++)
        {
            scores[i].ShouldBeLessThan(0.5, $"point {i - at} after the outlier");
        }
    }

    private static void Take(SeriesAnalyzer analyzer, Dictionary<long, Finding> latest)
    {
        while (analyzer.TryTakeEvent(out var finding))
        {
            latest[finding.Id] = finding;
        }
    }

    /// <summary>Uniform ±0.5 around 20 from SplitMix64, rounded to the sensor's 0.01 resolution.</summary>
    private static double[] Noise(int count, int seed)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var z = ((ulong)i + 1 + ((ulong)seed * 1_000_003UL)) * 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            values[i] = Math.Round(20 + ((z >> 11) * (1.0 / (1UL << 53))) - 0.5, 2);
        }

        return values;
    }
}
