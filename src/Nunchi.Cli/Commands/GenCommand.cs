using System.CommandLine;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi gen`.</summary>
internal static class GenCommand
{
    public static Command Create()
    {
        var command = new Command("gen", "(being built)");
        command.SetAction(int (_) => throw new CliException("gen is not built yet", 2));
        return command;
    }
}
