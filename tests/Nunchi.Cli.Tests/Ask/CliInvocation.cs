using System.CommandLine;
using Nunchi.Cli.Commands;

namespace Nunchi.Cli.Tests.Ask;

/// <summary>Runs a command as `nunchi` does (<see cref="CliRunner"/>: one-line errors, exit codes) and keeps what it printed.</summary>
internal static class CliInvocation
{
    public static (int Exit, string Output, string Error) Run(Command command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliRunner.Run(command, args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
