using System.CommandLine;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi bench`.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "(being built)");
        command.SetAction(int (_) => throw new CliException("bench is not built yet", 2));
        return command;
    }
}
