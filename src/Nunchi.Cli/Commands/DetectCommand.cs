using System.CommandLine;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi detect`.</summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var command = new Command("detect", "(being built)");
        command.SetAction(int (_) => throw new CliException("detect is not built yet", 2));
        return command;
    }
}
