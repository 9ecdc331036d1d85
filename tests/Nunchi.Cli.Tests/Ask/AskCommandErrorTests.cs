using Nunchi.Cli.Commands;

namespace Nunchi.Cli.Tests.Ask;

public sealed class AskCommandErrorTests
{
    [Theory]
    [InlineData("nunchi: --now 'yesterday' is not a time: expected ISO 8601 such as 2026-11-20T12:00:00+09:00", "q", "--now", "yesterday")]
    [InlineData("nunchi: --tz 'Mars/Olympus' is not a known time zone: expected an IANA name such as Asia/Seoul", "q", "--tz", "Mars/Olympus")]
    [InlineData("nunchi: --lang 'fr' is not supported: expected ko or en", "q", "--lang", "fr")]
    [InlineData("nunchi: the question is empty: e.g. nunchi ask \"3호기 온도 보여줘\"", " ")]
    [InlineData("nunchi: unknown argument 'extra' (see 'nunchi ask --help'; quote the question)", "q", "extra")]
    public void Ask_BadArguments_FailWithOneLine(string expected, params string[] args)
    {
        var (exit, _, error) = CliInvocation.Run(AskCommand.Create(), args);

        exit.ShouldBe(2);
        error.TrimEnd().ShouldBe(expected);
    }

    [Fact]
    public void Ask_DirectoryWithoutData_SaysHowToGetSome()
    {
        var empty = Directory.CreateTempSubdirectory("nunchi-ask-empty-");
        try
        {
            var (exit, _, error) = CliInvocation.Run(AskCommand.Create(), "3호기 온도", "--data", empty.FullName);

            exit.ShouldBe(66);
            error.ShouldStartWith($"nunchi: {empty.FullName}: no Nunchi data here: import some with 'nunchi import FILE --data DIR'");
            Directory.EnumerateFileSystemEntries(empty.FullName).ShouldBeEmpty("asking creates no store");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
