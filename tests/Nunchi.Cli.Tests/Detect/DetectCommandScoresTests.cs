using System.Globalization;

namespace Nunchi.Cli.Tests.Detect;

public sealed class DetectCommandScoresTests : IDisposable
{
    private readonly DetectHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Scores_TimeValueFile_WritesOneRowPerInputRowWithTheExactHeader()
    {
        var values = SeriesCsv.Values(600, seed: 1, (400, 6));
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(values));

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"), "--quiet");

        outcome.Exit.ShouldBe(0);
        outcome.Output.ShouldBeEmpty();
        var lines = _harness.Lines("out.csv");
        lines[0].ShouldBe("timestamp,value,anomaly_score");
        lines.Length.ShouldBe(values.Length + 1);
        for (var i = 0; i < values.Length; i++)
        {
            var fields = lines[i + 1].Split(',');
            fields.Length.ShouldBe(3);
            fields[0].ShouldBe(SeriesCsv.Iso(i));
            double.Parse(fields[1], CultureInfo.InvariantCulture).ShouldBe(values[i]);
            double.Parse(fields[2], CultureInfo.InvariantCulture).ShouldBeInRange(0, 1);
        }
    }

    [Theory]
    [InlineData("iso")]
    [InlineData("spaced")]
    [InlineData("seoul")]
    [InlineData("seconds")]
    [InlineData("milliseconds")]
    public void Scores_TimestampForm_EchoesTheTextAndScoresTheSameInstantsAlike(string form)
    {
        Func<int, string> time = form switch
        {
            "iso" => SeriesCsv.Iso,
            "spaced" => SeriesCsv.Spaced,
            "seoul" => SeriesCsv.Seoul,
            "seconds" => SeriesCsv.EpochSeconds,
            _ => SeriesCsv.EpochMilliseconds,
        };
        var values = SeriesCsv.Values(400, seed: 2, (300, 5));
        var reference = _harness.Write("iso.csv", SeriesCsv.TimeValue(values));
        var input = _harness.Write("form.csv", SeriesCsv.TimeValue(values, time));

        DetectHarness.Run(reference, "--scores", _harness.PathOf("iso.out.csv"), "--quiet").Exit.ShouldBe(0);
        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("form.out.csv"), "--quiet");

        outcome.Exit.ShouldBe(0);
        var lines = _harness.Lines("form.out.csv");
        var expected = _harness.Lines("iso.out.csv");
        lines.Length.ShouldBe(expected.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            lines[i].ShouldStartWith(time(i - 1) + ",");
            lines[i][(lines[i].IndexOf(',', StringComparison.Ordinal) + 1)..].ShouldBe(expected[i][(expected[i].IndexOf(',', StringComparison.Ordinal) + 1)..]);
        }
    }

    [Fact]
    public void Scores_SeveralValueColumns_WritesEachColumnItsScoreAndTheHighest()
    {
        var a = SeriesCsv.Values(800, seed: 3, (650, 6));
        var b = SeriesCsv.Values(800, seed: 4, (720, -6));
        var csv = new System.Text.StringBuilder("time,temp,\"press, bar\",label\n");
        for (var i = 0; i < a.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{SeriesCsv.Iso(i)},{SeriesCsv.Number(a[i])},{SeriesCsv.Number(b[i])},0\n");
        }

        var input = _harness.Write("wide.csv", csv.ToString());

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"), "--quiet");

        outcome.Exit.ShouldBe(0);
        var lines = _harness.Lines("out.csv");
        lines[0].ShouldBe("timestamp,temp,temp_anomaly_score,\"press, bar\",\"press, bar_anomaly_score\",anomaly_score");
        lines.Length.ShouldBe(a.Length + 1);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            fields.Length.ShouldBe(6);
            var tempScore = double.Parse(fields[2], CultureInfo.InvariantCulture);
            var pressScore = double.Parse(fields[4], CultureInfo.InvariantCulture);
            double.Parse(fields[5], CultureInfo.InvariantCulture).ShouldBe(Math.Max(tempScore, pressScore));
        }

        HighestRow(lines, 2).ShouldBe(650);
        HighestRow(lines, 4).ShouldBe(720);
        Score(lines[651], 2).ShouldBeGreaterThan(0.5);
        Score(lines[651], 5).ShouldBe(Score(lines[651], 2));
        Score(lines[721], 4).ShouldBeGreaterThan(0.5);
        Score(lines[721], 5).ShouldBe(Score(lines[721], 4));
    }

    [Fact]
    public void Scores_SeveralValueColumns_ScoresEachColumnAsIfItWereAlone()
    {
        var a = SeriesCsv.Values(400, seed: 5, (300, 6));
        var b = SeriesCsv.Values(400, seed: 6);
        var wide = new System.Text.StringBuilder("timestamp,a,b\n");
        for (var i = 0; i < a.Length; i++)
        {
            wide.Append(CultureInfo.InvariantCulture, $"{SeriesCsv.Iso(i)},{SeriesCsv.Number(a[i])},{SeriesCsv.Number(b[i])}\n");
        }

        var input = _harness.Write("wide.csv", wide.ToString());
        var alone = _harness.Write("alone.csv", SeriesCsv.TimeValue(a, header: "timestamp,a"));

        DetectHarness.Run(input, "--scores", _harness.PathOf("wide.out.csv"), "--quiet").Exit.ShouldBe(0);
        DetectHarness.Run(alone, "--scores", _harness.PathOf("alone.out.csv"), "--quiet").Exit.ShouldBe(0);

        var together = _harness.Lines("wide.out.csv");
        var single = _harness.Lines("alone.out.csv");
        for (var i = 1; i < single.Length; i++)
        {
            together[i].Split(',')[2].ShouldBe(single[i].Split(',')[2]);
        }
    }

    [Fact]
    public void Scores_NamedValueColumns_AnalysesOnlyThoseInTheGivenOrder()
    {
        var input = _harness.Write("wide.csv", "ts,a,b,c\n2024-01-05T00:00:00Z,1,2,3\n2024-01-05T00:01:00Z,1.5,2.5,3.5\n");

        var outcome = DetectHarness.Run(input, "--value-column", "c", "--value-column", "a", "--scores", _harness.PathOf("out.csv"), "--quiet");

        outcome.Exit.ShouldBe(0);
        _harness.Lines("out.csv").ShouldBe(
        [
            "timestamp,c,c_anomaly_score,a,a_anomaly_score,anomaly_score",
            "2024-01-05T00:00:00Z,3,0,1,0,0",
            "2024-01-05T00:01:00Z,3.5,0,1.5,0,0",
        ]);
    }

    [Fact]
    public void Scores_MissingAndNonFiniteCells_WriteEmptyOrTheWordAndScoreZero()
    {
        var values = SeriesCsv.Values(300, seed: 7);
        var csv = new System.Text.StringBuilder("timestamp,value\n");
        for (var i = 0; i < values.Length; i++)
        {
            var cell = i switch
            {
                200 or 201 => string.Empty,
                250 => "NaN",
                _ => SeriesCsv.Number(values[i]),
            };
            csv.Append(CultureInfo.InvariantCulture, $"{SeriesCsv.Iso(i)},{cell}\n");
        }

        var input = _harness.Write("gaps.csv", csv.ToString());

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"), "--quiet");

        outcome.Exit.ShouldBe(0);
        var lines = _harness.Lines("out.csv");
        lines.Length.ShouldBe(values.Length + 1);
        lines[201].ShouldBe($"{SeriesCsv.Iso(200)},,0");
        lines[202].ShouldBe($"{SeriesCsv.Iso(201)},,0");
        lines[251].ShouldBe($"{SeriesCsv.Iso(250)},NaN,0");
    }

    [Fact]
    public void Scores_FileWithoutTimeColumn_EchoesTheRowIndex()
    {
        var values = SeriesCsv.Values(300, seed: 8, (250, 6));
        var input = _harness.Write("plain.csv", "value\n" + string.Join('\n', values.Select(SeriesCsv.Number)) + "\n");

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"));

        outcome.Exit.ShouldBe(0);
        var lines = _harness.Lines("out.csv");
        lines.Length.ShouldBe(values.Length + 1);
        lines[1].ShouldBe($"0,{SeriesCsv.Number(values[0])},0");
        lines[300].ShouldStartWith($"299,{SeriesCsv.Number(values[299])},");
        HighestRow(lines, 2).ShouldBe(250);
        Score(lines[251], 2).ShouldBeGreaterThan(0.5);
        outcome.Output.ShouldContain("no time column");
        outcome.Output.ShouldContain("row 250");
    }

    [Theory]
    [InlineData("Data,Label", false)]
    [InlineData("timestamp,Data,Label", true)]
    public void Scores_DataAndLabelColumns_AnalysesTheDataColumnOnly(string header, bool timed)
    {
        var values = SeriesCsv.Values(800, seed: 9, (700, 7));
        var csv = new System.Text.StringBuilder(header).Append('\n');
        for (var i = 0; i < values.Length; i++)
        {
            var time = timed ? SeriesCsv.Iso(i) + "," : string.Empty;
            csv.Append(CultureInfo.InvariantCulture, $"{time}{SeriesCsv.Number(values[i])},{(i == 700 ? 1 : 0)}\n");
        }

        var input = _harness.Write("labelled.csv", csv.ToString());

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"), "--quiet");

        outcome.Exit.ShouldBe(0);
        var lines = _harness.Lines("out.csv");
        lines[0].ShouldBe("timestamp,value,anomaly_score");
        lines.Length.ShouldBe(values.Length + 1);
        lines[1].ShouldBe($"{(timed ? SeriesCsv.Iso(0) : "0")},{SeriesCsv.Number(values[0])},0");
        HighestRow(lines, 2).ShouldBe(700);
        Score(lines[701], 2).ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void Scores_LateRowsWithinTheWindowAndDuplicates_AreScoredAndKept()
    {
        var values = SeriesCsv.Values(300, seed: 10);
        var order = Enumerable.Range(0, values.Length).ToList();
        (order[200], order[202]) = (order[202], order[200]);
        order.Insert(250, 249);
        var csv = "timestamp,value\n" + string.Concat(order.Select(i => $"{SeriesCsv.Iso(i)},{SeriesCsv.Number(values[i])}\n"));
        var input = _harness.Write("shuffled.csv", csv);

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"), "--quiet");

        outcome.Exit.ShouldBe(0, outcome.Error);
        var lines = _harness.Lines("out.csv");
        lines.Length.ShouldBe(order.Count + 1);
        lines[201].ShouldStartWith(SeriesCsv.Iso(202) + ",");
        lines[251].ShouldStartWith(SeriesCsv.Iso(249) + ",");
    }

    [Fact]
    public void Scores_SameFileTwice_AreIdenticalByteForByte()
    {
        var values = SeriesCsv.Values(2000, seed: 11, (900, 5), (1500, -4));
        var input = _harness.Write("data.csv", SeriesCsv.TimeValue(values));

        var first = DetectHarness.Run(input, "--scores", _harness.PathOf("a.csv"), "--json");
        var second = DetectHarness.Run(input, "--scores", _harness.PathOf("b.csv"), "--json");

        File.ReadAllBytes(_harness.PathOf("a.csv")).ShouldBe(File.ReadAllBytes(_harness.PathOf("b.csv")));
        second.Output.ShouldBe(first.Output);
    }

    // The data row (0-based) with the highest score in a field.
    private static int HighestRow(string[] lines, int field)
    {
        var best = 1;
        for (var i = 2; i < lines.Length; i++)
        {
            best = Score(lines[i], field) > Score(lines[best], field) ? i : best;
        }

        return best - 1;
    }

    private static double Score(string line, int field) => double.Parse(line.Split(',')[field], CultureInfo.InvariantCulture);
}
