using Nunchi.Cli.Commands;
using Nunchi.Cli.Tests.Ask;

namespace Nunchi.Cli.Tests.Commands;

public sealed class ImportAliasesTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("nunchi-import-aliases-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Import_AliasesOption_NamesTheSeriesForQuestions()
    {
        string data = Write("plant.lp", string.Join('\n', Enumerable.Range(0, 60).Select(i =>
            $"machine,machine=press-3 vibration={0.5 + (i % 5 * 0.01):0.00} {1_790_780_400_000_000_000L + (i * 60_000_000_000L)}")));
        string aliases = Write("names.json", """
            {"tags": [{"tag": "machine", "value": "press-3", "aliases": {"ko": ["메인 프레스"], "en": ["main press"]}}],
             "fields": [{"field": "vibration", "unit": "mm/s", "nameKo": "진동"}]}
            """);
        string store = Path.Combine(_directory.FullName, "data");

        var import = CliInvocation.Run(ImportCommand.Create(), data, "--data", store, "--aliases", aliases);
        var ask = CliInvocation.Run(AskCommand.Create(), "메인 프레스 진동 보여줘", "--data", store, "--now", "2026-10-01T01:00:00+09:00", "--tz", "Asia/Seoul");

        import.Exit.ShouldBe(0, import.Error);
        import.Output.ShouldContain($"aliases: 1 series named from {aliases}");
        ask.Exit.ShouldBe(0, ask.Error);
        ask.Output.ShouldStartWith("지난 24시간 동안 ");
        ask.Output.ShouldContain(" mm/s");
    }

    [Fact]
    public void Import_BadAliasesFile_FailsWithOneLineBeforeImporting()
    {
        string data = Write("plant.lp", "machine,machine=press-3 vibration=0.5 1790780400000000000");
        string aliases = Write("plant.aliases.json", "{\"tags\": [{\"tag\": \"machine\"}]}");
        string store = Path.Combine(_directory.FullName, "data");

        var (exit, _, error) = CliInvocation.Run(ImportCommand.Create(), data, "--data", store);

        exit.ShouldBe(65);
        error.TrimEnd().ShouldBe($"nunchi: {aliases}: tags[0]: expected an object with a non-empty string 'value'");
        Directory.Exists(store).ShouldBeFalse("nothing is imported when the names beside the file are wrong");
    }

    [Fact]
    public void Import_MissingAliasesFile_FailsWithOneLine()
    {
        string data = Write("plant.lp", "machine,machine=press-3 vibration=0.5 1790780400000000000");
        string missing = Path.Combine(_directory.FullName, "none.json");

        var (exit, _, error) = CliInvocation.Run(ImportCommand.Create(), data, "--aliases", missing, "--data", Path.Combine(_directory.FullName, "data"));

        exit.ShouldBe(66);
        error.ShouldStartWith($"nunchi: {missing}: cannot read the aliases file: ");
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
