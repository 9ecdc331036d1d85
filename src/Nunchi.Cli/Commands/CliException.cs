namespace Nunchi.Cli.Commands;

/// <summary>An error the user can act on; printed as one line with no stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = 1) : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
    {
    }

    public CliException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Process exit code: 1 for bad input, 2 for bad usage.</summary>
    public int ExitCode { get; } = 1;
}
