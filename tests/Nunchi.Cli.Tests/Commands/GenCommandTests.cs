using System.CommandLine;
using System.Text.Json;
using Nunchi.Cli.Commands;

namespace Nunchi.Cli.Tests.Commands;

public sealed class GenCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("nunchi-gen-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Invoke_FactoryToFile_WritesDataLabelsAndAliasesBesideIt()
    {
        var output = Path.Combine(_directory.FullName, "plant.lp");

        var (exit, summary) = Invoke("--scenario", "factory", "--days", "16", "--step", "1m", "--out", output);

        exit.ShouldBe(0);
        var lines = File.ReadAllLines(output);
        lines[0].ShouldStartWith("machine,line=1,machine=press-1,site=plant-a temperature=");
        lines[0].ShouldEndWith(" 1790780400000000000");
        lines.Length.ShouldBeInRange((16 * 1440 * 7) - 100, 16 * 1440 * 7);
        var labels = File.ReadAllLines(Path.Combine(_directory.FullName, "plant.labels.csv"));
        labels[0].ShouldBe("kind,machine,field,start,end");
        labels.Length.ShouldBeGreaterThan(1);
        using var aliases = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_directory.FullName, "plant.aliases.json")));
        aliases.RootElement.GetProperty("scenario").GetString().ShouldBe("factory");
        summary.ShouldContain("factory: ");
        summary.ShouldContain("27 series");
        summary.ShouldContain($"labels: {labels.Length - 1} -> ");
    }

    [Fact]
    public void Invoke_CsvFormat_WritesOneWideLinePerTimestamp()
    {
        var output = Path.Combine(_directory.FullName, "servers.csv");

        var (exit, _) = Invoke("--scenario", "server", "--days", "1", "--format", "csv", "--out", output);

        exit.ShouldBe(0);
        var lines = File.ReadAllLines(output);
        lines[0].ShouldStartWith("timestamp,web-1.cpu,web-1.memory,web-1.latency,web-1.requests,web-1.bytes_sent,web-2.cpu");
        lines[1].ShouldStartWith("2026-09-30T15:00:00Z,");
        lines.Length.ShouldBe(1 + 1440);
    }

    [Fact]
    public void Invoke_ToAndDays_EndsTheRangeAtTo()
    {
        var output = Path.Combine(_directory.FullName, "kpi.csv");

        Invoke("--scenario", "business", "--to", "2026-11-01T00:00:00Z", "--days", "2", "--format", "csv", "--out", output);

        var lines = File.ReadAllLines(output);
        lines[1].ShouldStartWith("2026-10-30T00:00:00Z,");
        lines[^1].ShouldStartWith("2026-10-31T23:00:00Z,");
    }

    [Fact]
    public void Invoke_RangeWithinLearningPeriod_SaysNothingWasInjected()
    {
        var output = Path.Combine(_directory.FullName, "short.lp");

        var (exit, summary) = Invoke("--scenario", "factory", "--days", "3", "--step", "1h", "--out", output);

        exit.ShouldBe(0);
        summary.ShouldContain("no anomalies injected");
        File.ReadAllLines(Path.Combine(_directory.FullName, "short.labels.csv")).ShouldBe(["kind,machine,field,start,end"]);
    }

    [Fact]
    public void Invoke_SameSeedTwice_WritesIdenticalFilesAndAnotherSeedDiffers()
    {
        string Generate(string name, string seed)
        {
            var path = Path.Combine(_directory.FullName, name);
            Invoke("--scenario", "factory", "--days", "15", "--step", "5m", "--seed", seed, "--out", path);
            return path;
        }

        var first = File.ReadAllBytes(Generate("a.lp", "42"));
        var second = File.ReadAllBytes(Generate("b.lp", "42"));
        var other = File.ReadAllBytes(Generate("c.lp", "43"));

        first.AsSpan().SequenceEqual(second).ShouldBeTrue();
        first.AsSpan().SequenceEqual(other).ShouldBeFalse();
        File.ReadAllText(Path.Combine(_directory.FullName, "a.labels.csv")).ShouldBe(File.ReadAllText(Path.Combine(_directory.FullName, "b.labels.csv")));
    }

    [Fact]
    public void Invoke_ExplicitLabelsAndAliases_WritesThem()
    {
        var labels = Path.Combine(_directory.FullName, "truth.csv");
        var aliases = Path.Combine(_directory.FullName, "names.json");

        Invoke("--scenario", "business", "--days", "20", "--out", Path.Combine(_directory.FullName, "kpi.lp"), "--labels", labels, "--aliases", aliases);

        File.Exists(labels).ShouldBeTrue();
        File.Exists(aliases).ShouldBeTrue();
        File.Exists(Path.Combine(_directory.FullName, "kpi.labels.csv")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--scenario is required", "--days", "3")]
    [InlineData("unknown scenario 'plant'", "--scenario", "plant")]
    [InlineData("--seed must be an integer", "--scenario", "factory", "--seed", "abc")]
    [InlineData("--step must be a number and a unit", "--scenario", "factory", "--step", "10x")]
    [InlineData("--step must be at least 1s", "--scenario", "factory", "--step", "500ms")]
    [InlineData("--format must be lp or csv", "--scenario", "factory", "--format", "xml")]
    [InlineData("--from must be an ISO 8601 time", "--scenario", "factory", "--from", "yesterday")]
    [InlineData("--to must be after --from", "--scenario", "factory", "--from", "2026-10-02", "--to", "2026-10-01")]
    [InlineData("--days must be a positive number", "--scenario", "factory", "--days", "-1")]
    [InlineData("give --days with at most one of --from and --to", "--scenario", "factory", "--from", "2026-10-01", "--to", "2026-10-05", "--days", "3")]
    [InlineData("unknown argument '--bogus'", "--scenario", "factory", "--bogus")]
    [InlineData("unknown argument 'extra'", "--scenario", "factory", "extra")]
    [InlineData("--seed needs a value", "--scenario", "factory", "--seed")]
    [InlineData("--out needs a value", "--out", "--scenario", "factory")]
    public void Invoke_BadOption_FailsWithOneLineUsageError(string expected, params string[] args)
    {
        var error = Should.Throw<CliException>(() => Invoke(args));

        error.ExitCode.ShouldBe(2);
        error.Message.ShouldStartWith(expected);
        error.Message.ShouldNotContain('\n');
    }

    [Fact]
    public void Invoke_UnwritableOut_FailsWithExitCodeOne()
    {
        var output = Path.Combine(_directory.FullName, "missing", "plant.lp");

        var error = Should.Throw<CliException>(() => Invoke("--scenario", "factory", "--days", "1", "--out", output));

        error.ExitCode.ShouldBe(1);
        error.Message.ShouldStartWith($"cannot write {output}");
    }

    [Fact]
    public void Run_ThroughTheRootCommand_ReturnsTheUsageExitCode()
    {
        var root = new RootCommand { GenCommand.Create() };

        CliRunner.Run(root, ["gen", "--scenario", "plant"]).ShouldBe(2);
    }

    private static (int Exit, string Summary) Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = GenCommand.Create().Parse(args).Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        });
        return (exit, error.ToString());
    }
}
