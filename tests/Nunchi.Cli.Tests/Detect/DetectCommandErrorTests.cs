namespace Nunchi.Cli.Tests.Detect;

public sealed class DetectCommandErrorTests : IDisposable
{
    private readonly DetectHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Run_MissingValueColumn_NamesItAndListsTheColumns()
    {
        var input = _harness.Write("data.csv", "timestamp,value\n2024-01-05T00:00:00Z,1\n");

        var outcome = DetectHarness.Run(input, "--value-column", "temp");

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldBe($"nunchi: {input}:1: no value column named 'temp'; the columns are 'timestamp', 'value'");
    }

    [Fact]
    public void Run_MissingTimeColumn_NamesItAndListsTheColumns()
    {
        var input = _harness.Write("data.csv", "when,value\n2024-01-05T00:00:00Z,1\n");

        var outcome = DetectHarness.Run(input, "--time-column", "time");

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldBe($"nunchi: {input}:1: no time column named 'time'; the columns are 'when', 'value'");
    }

    [Fact]
    public void Run_DecimalComma_NamesLineColumnAndWhatWasExpected_AndKeepsEarlierScores()
    {
        var input = _harness.Write("data.csv", "timestamp,value\n2024-01-05T00:00:00Z,1.5\n2024-01-05T00:01:00Z,1.6\n2024-01-05T00:02:00Z,12,5\n");

        var outcome = DetectHarness.Run(input, "--value-column", "value", "--scores", _harness.PathOf("out.csv"));

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldBe($"nunchi: {input}:4:25: expected 2 fields as in the header, found 3");
        _harness.Lines("out.csv").Length.ShouldBe(3);
    }

    [Fact]
    public void Run_TextInValueColumn_NamesLineAndColumn()
    {
        var input = _harness.Write("data.csv", "timestamp,value\n2024-01-05T00:00:00Z,1.5\n2024-01-05T00:01:00Z,high\n");

        var outcome = DetectHarness.Run(input);

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldBe($"nunchi: {input}:3:22: column 'value': expected a number, found \"high\"");
    }

    [Fact]
    public void Run_BadTimestamp_NamesLineAndColumn()
    {
        var input = _harness.Write("data.csv", "timestamp,value\n2024-01-05T00:00:00Z,1.5\nyesterday,1.6\n");

        var outcome = DetectHarness.Run(input);

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldStartWith($"nunchi: {input}:3:1: column 'timestamp': expected a timestamp such as");
        outcome.Error.ShouldContain("found \"yesterday\"");
    }

    [Theory]
    [InlineData("", "the file is empty; expected a header row")]
    [InlineData("timestamp,value\n", "no data rows; expected at least one row after the header")]
    public void Run_EmptyFile_SaysSo(string content, string expected)
    {
        var input = _harness.Write("data.csv", content);

        var outcome = DetectHarness.Run(input);

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldStartWith($"nunchi: {input}");
        outcome.Error.ShouldContain(expected);
    }

    [Fact]
    public void Run_RowEarlierThanTheReorderWindow_FailsNamingTheLine_AndKeepsEarlierScores()
    {
        var rows = Enumerable.Range(0, 300).Select(i => $"2024-01-05 {i / 60:00}:{i % 60:00}:00,{20 + (i % 7 * 0.1):0.0}").ToList();
        rows.Insert(250, "2024-01-05 03:00:00,20.1");
        var input = _harness.Write("data.csv", "timestamp,value\n" + string.Join('\n', rows) + "\n");

        var outcome = DetectHarness.Run(input, "--scores", _harness.PathOf("out.csv"));

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldBe(
            $"nunchi: {input}:252: timestamp 2024-01-05 03:00:00 is earlier than the previous row's by more than the reorder window (8 cadence steps); sort the file by time");
        var lines = _harness.Lines("out.csv");
        lines.Length.ShouldBe(251);
        lines[^1].ShouldStartWith("2024-01-05 04:09:00,");
        outcome.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Run_NoSuchFile_SaysSo()
    {
        var outcome = DetectHarness.Run(_harness.PathOf("nothing.csv"));

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldBe($"nunchi: {_harness.PathOf("nothing.csv")}: no such file");
    }

    [Theory]
    [InlineData("unknown time zone 'Mars/Olympus'", "--tz", "Mars/Olympus")]
    [InlineData("--lang must be en or ko, got 'fr'", "--lang", "fr")]
    [InlineData("--min-severity must be a number from 0 to 1, got '2'", "--min-severity", "2")]
    [InlineData("--min-severity must be a number from 0 to 1, got 'high'", "--min-severity", "high")]
    [InlineData("unknown argument '--bogus'", "--bogus")]
    [InlineData("unknown argument 'extra.csv'", "extra.csv")]
    [InlineData("--tz needs a value", "--tz")]
    [InlineData("--value-column needs a value", "--value-column")]
    [InlineData("Option '--lang' expects a single argument but 2 were provided.", "--lang", "en", "--lang", "ko")]
    public void Run_BadOption_FailsWithOneLineUsageError(string expected, params string[] options)
    {
        var input = _harness.Write("data.csv", "timestamp,value\n2024-01-05T00:00:00Z,1\n");

        var outcome = DetectHarness.Run([input, .. options]);

        outcome.Exit.ShouldBe(2);
        OneLine(outcome.Error).ShouldStartWith("nunchi: " + expected);
    }

    [Fact]
    public void Run_NoFile_AsksForOne()
    {
        var outcome = DetectHarness.Run();

        outcome.Exit.ShouldBe(2);
        OneLine(outcome.Error).ShouldStartWith("nunchi: give the CSV file to analyse");
    }

    [Fact]
    public void Run_ScoresOntoTheInput_RefusesBeforeTouchingIt()
    {
        const string Content = "timestamp,value\n2024-01-05T00:00:00Z,1\n";
        var input = _harness.Write("data.csv", Content);

        var outcome = DetectHarness.Run(input, "--scores", input);

        outcome.Exit.ShouldBe(2);
        OneLine(outcome.Error).ShouldBe($"nunchi: --scores {input} would overwrite the input file");
        File.ReadAllText(input).ShouldBe(Content);
    }

    [Fact]
    public void Run_UnwritableScores_FailsWithExitCodeOne()
    {
        var input = _harness.Write("data.csv", "timestamp,value\n2024-01-05T00:00:00Z,1\n");
        var scores = _harness.PathOf(Path.Combine("missing", "out.csv"));

        var outcome = DetectHarness.Run(input, "--scores", scores);

        outcome.Exit.ShouldBe(1);
        OneLine(outcome.Error).ShouldStartWith($"nunchi: cannot write {scores}");
    }

    private static string OneLine(string error)
    {
        error.TrimEnd().ShouldNotContain('\n');
        error.ShouldNotContain("   at ");
        return error.TrimEnd();
    }
}
