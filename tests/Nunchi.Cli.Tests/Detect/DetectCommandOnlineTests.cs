using Nunchi.Cli.Detect;
using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Tests.Detect;

/// <summary>A row's score depends only on that row and earlier ones: cutting the file after a row changes nothing before it.</summary>
public sealed class DetectCommandOnlineTests : IDisposable
{
    private static readonly double[] s_values = SeriesCsv.Values(6000, seed: 21, (700, 5), (2500, -6), (4300, 4), (5000, 8));

    private readonly DetectHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(129)]
    [InlineData(701)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(5001)]
    public void Scores_FileCutAfterRowN_ScoresTheFirstNRowsIdentically(int n)
    {
        var whole = _harness.Write("whole.csv", SeriesCsv.TimeValue(s_values));
        var cut = _harness.Write("cut.csv", SeriesCsv.TimeValue(s_values[..n]));

        DetectHarness.Run(whole, "--scores", _harness.PathOf("whole.out.csv"), "--quiet").Exit.ShouldBe(0);
        DetectHarness.Run(cut, "--scores", _harness.PathOf("cut.out.csv"), "--quiet").Exit.ShouldBe(0);

        var wholeLines = _harness.Lines("whole.out.csv");
        var cutLines = _harness.Lines("cut.out.csv");
        cutLines.Length.ShouldBe(n + 1);
        cutLines.ShouldBe(wholeLines[..(n + 1)]);
    }

    [Fact]
    public void Analyse_FileCutAfterRowN_GivesBitForBitEqualScores()
    {
        const int N = 3001;
        var whole = Scores(SeriesCsv.TimeValue(s_values));
        var cut = Scores(SeriesCsv.TimeValue(s_values[..N]));

        cut.Length.ShouldBe(N);
        for (var i = 0; i < N; i++)
        {
            BitConverter.DoubleToInt64Bits(cut[i]).ShouldBe(BitConverter.DoubleToInt64Bits(whole[i]), $"row {i}");
        }
    }

    // Straight through the analysis objects, with batches of an odd size, to compare the doubles themselves.
    private static double[] Scores(string csv)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var opened = CsvPointReader.Open(stream, "data.csv");
        using var reader = opened.Reader!;
        var track = new SeriesTrack("value", 0, 0.5, plot: false);
        var slot = new BatchSlot(reader.CreateBatch(777));
        var scores = new List<double>();
        while (reader.TryRead(slot.Batch, out _))
        {
            track.Analyse(slot.Batch, slot.Scores(0)).ShouldBe(-1);
            scores.AddRange(slot.Scores(0).ToArray());
        }

        return [.. scores];
    }
}
