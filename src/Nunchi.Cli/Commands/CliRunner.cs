using System.CommandLine;

namespace Nunchi.Cli.Commands;

/// <summary>Runs the command line and turns any escaped exception into a one-line error, never a stack trace.</summary>
internal static class CliRunner
{
    public static int Run(RootCommand root, string[] args)
    {
        try
        {
            // The default handler prints stack traces; errors are reported here instead, as one line.
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            Console.Error.WriteLine($"nunchi: {e.Message}");
            return e.ExitCode;
        }
#pragma warning disable CA1031 // The last line of defence: a user sees one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"nunchi: unexpected error: {e.Message}");
            return 70;
        }
    }
}
