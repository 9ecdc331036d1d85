using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Nunchi.Cli.Tests.Detect;

public sealed class DetectCommandReportTests : IDisposable
{
    private const int SpikeRow = 700;

    private static readonly double[] s_spiked = SeriesCsv.Values(1000, seed: 31, (SpikeRow, 8));

    private readonly DetectHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Run_SpikeInANoisySeries_ReportsASpikeAtItsTimeAndScoresThatRowHigh()
    {
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(s_spiked));

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"));

        outcome.Exit.ShouldBe(0, outcome.Error);
        outcome.Output.ShouldStartWith($"{input}: 1,000 rows, 2024-01-05 00:00:00 → 2024-01-05 16:39:00 (times in UTC)");
        outcome.Output.ShouldContain("value: 1,000 values, every 1 minute, no season, gauge; 1 finding at severity ≥ 0.50");
        outcome.Output.ShouldContain("  spike   2024-01-05 11:40:00   2024-01-05 11:40:00   one point");
        outcome.Output.ShouldContain("value spiked to");
        var scores = _harness.Lines("out.csv").Skip(1).Select(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)).ToArray();
        scores[SpikeRow].ShouldBeGreaterThan(0.9);
        scores.Count(s => s >= 0.5).ShouldBe(1);
    }

    [Fact]
    public void Run_Json_ParsesAndHoldsTheFindingWithBothNarratives()
    {
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(s_spiked));

        var outcome = DetectHarness.Run(input, "--json");

        outcome.Exit.ShouldBe(0, outcome.Error);
        using var json = JsonDocument.Parse(outcome.Output);
        var root = json.RootElement;
        root.GetProperty("file").GetString().ShouldBe(input);
        root.GetProperty("rows").GetInt64().ShouldBe(1000);
        root.GetProperty("from").GetString().ShouldBe("2024-01-05T00:00:00Z");
        var series = root.GetProperty("series")[0];
        series.GetProperty("name").GetString().ShouldBe("value");
        series.GetProperty("points").GetInt64().ShouldBe(1000);
        series.GetProperty("cadenceMs").GetInt64().ShouldBe(60_000);
        series.GetProperty("mode").GetString().ShouldBe("gauge");
        var finding = series.GetProperty("findings")[0];
        finding.GetProperty("kind").GetString().ShouldBe("spike");
        finding.GetProperty("start").GetString().ShouldBe(SeriesCsv.Iso(SpikeRow));
        finding.GetProperty("peak").GetString().ShouldBe(SeriesCsv.Iso(SpikeRow));
        finding.GetProperty("severity").GetDouble().ShouldBeInRange(0.5, 1);
        finding.GetProperty("actual").GetDouble().ShouldBe(s_spiked[SpikeRow]);
        finding.GetProperty("facts").GetProperty("direction").GetString().ShouldBe("up");
        finding.GetProperty("narrative").GetProperty("en").GetString()!.ShouldContain("spiked");
        finding.GetProperty("narrative").GetProperty("ko").GetString()!.ShouldContain("급등");
    }

    [Fact]
    public void Run_Korean_PrintsTheTableAndNarrativesInKorean()
    {
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(s_spiked));

        var outcome = DetectHarness.Run(input, "--lang", "ko");

        outcome.Exit.ShouldBe(0, outcome.Error);
        outcome.Output.ShouldContain("1,000행");
        outcome.Output.ShouldContain("이상 1건 (심각도 0.50 이상)");
        outcome.Output.ShouldContain("급등");
        outcome.Output.ShouldContain("습니다.");
    }

    [Fact]
    public void Run_TimeZone_ReadsZonelessTimesAndShowsTimesInIt()
    {
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(s_spiked, SeriesCsv.Spaced));

        var json = DetectHarness.Run(input, "--tz", "Asia/Seoul", "--json");
        var table = DetectHarness.Run(input, "--tz", "Asia/Seoul");

        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("from").GetString().ShouldBe("2024-01-04T15:00:00Z");
        table.Output.ShouldContain("2024-01-05 00:00:00 → 2024-01-05 16:39:00 (times in Asia/Seoul)");
        table.Output.ShouldContain("  spike   2024-01-05 11:40:00");
    }

    [Fact]
    public void Run_MinSeverity_LeavesOutFindingsBelowIt()
    {
        var values = SeriesCsv.Values(1000, seed: 31, (700, 5));
        for (var i = 850; i < values.Length; i++)
        {
            values[i] += 5;
        }

        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(values));
        var all = Findings(DetectHarness.Run(input, "--json", "--min-severity", "0").Output);
        var severities = all.Select(f => f.Severity).Distinct().Order().ToArray();
        severities.Length.ShouldBeGreaterThan(1, string.Join("; ", all.Select(f => $"{f.Kind} {f.Severity}")));
        var threshold = (severities[0] + severities[^1]) / 2;

        var kept = Findings(DetectHarness.Run(input, "--json", "--min-severity", threshold.ToString("R", CultureInfo.InvariantCulture)).Output);

        kept.ShouldBe(all.Where(f => f.Severity >= threshold).ToArray());
        kept.Length.ShouldBeLessThan(all.Length);
    }

    private static (string Kind, double Severity)[] Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("series")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("severity").GetDouble()))];
    }

    [Fact]
    public void Run_Quiet_PrintsNothing()
    {
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(s_spiked));

        var outcome = DetectHarness.Run(input, "--quiet");

        outcome.Exit.ShouldBe(0);
        outcome.Output.ShouldBeEmpty();
        outcome.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Run_Plot_WritesWellFormedSvgWithTheFinding()
    {
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(s_spiked));
        var plot = _harness.PathOf("chart.svg");

        var outcome = DetectHarness.Run(input, "--plot", plot, "--quiet");

        outcome.Exit.ShouldBe(0, outcome.Error);
        var svg = XDocument.Load(plot);
        svg.Root!.Name.LocalName.ShouldBe("svg");
        var text = File.ReadAllText(plot);
        text.ShouldContain(">value<");
        text.ShouldContain(">spike<");
    }

    [Fact]
    public void Run_LevelShiftStillOnAtTheEnd_IsReportedAsOngoing()
    {
        var values = SeriesCsv.Values(700, seed: 32);
        for (var i = 690; i < values.Length; i++)
        {
            values[i] += 10;
        }

        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(values));

        var outcome = DetectHarness.Run(input, "--json");

        using var json = JsonDocument.Parse(outcome.Output);
        var findings = json.RootElement.GetProperty("series")[0].GetProperty("findings");
        var last = findings[findings.GetArrayLength() - 1];
        last.GetProperty("ongoing").GetBoolean().ShouldBeTrue();
        // The shift detector dates a shift from where its evidence began, which noise can move by a step or two.
        var start = DateTimeOffset.Parse(last.GetProperty("start").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        start.ShouldBeInRange(SeriesCsv.StartMs + (685 * SeriesCsv.StepMs), SeriesCsv.StartMs + (690 * SeriesCsv.StepMs));
        last.GetProperty("kind").GetString().ShouldBe("levelShift");
        DetectHarness.Run(input).Output.ShouldContain("(ongoing)");
    }
}
