using System.CommandLine;

namespace Nunchi.Cli.Commands;

/// <summary>Runs the command line and turns any escaped exception into a one-line error, never a stack trace.</summary>
internal static class CliRunner
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    /// <param name="root">The root command (or one command, in tests).</param>
    /// <param name="args">The arguments.</param>
    /// <param name="configuration">Where output and errors go; null for the console.</param>
    public static int Run(Command root, string[] args, InvocationConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        configuration ??= new InvocationConfiguration();

        // The default handler prints stack traces; errors are reported here instead, as one line.
        configuration.EnableDefaultExceptionHandler = false;
        var error = configuration.Error;
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // The parser's own report is the error plus the whole help text; one line says it better.
                throw new CliException(parsed.Errors[0].Message, 2);
            }

            return parsed.Invoke(configuration);
        }
        catch (CliException e)
        {
            error.WriteLine($"nunchi: {e.Message}");
            return e.ExitCode;
        }
#pragma warning disable CA1031 // The last line of defence: a user sees one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"nunchi: unexpected error: {e.Message}");
            return 70;
        }
    }
}
