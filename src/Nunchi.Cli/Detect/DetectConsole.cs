namespace Nunchi.Cli.Detect;

/// <summary>Where `nunchi detect` writes, and what the terminal behind it can show.</summary>
/// <param name="Output">Findings (table or JSON).</param>
/// <param name="Error">Progress; errors are reported by the caller.</param>
/// <param name="Color">Colour the findings table with ANSI escapes.</param>
/// <param name="Progress">Show a progress bar on <paramref name="Error"/> when a run takes a while.</param>
/// <param name="Time">The clock the progress bar reads.</param>
internal sealed record DetectConsole(TextWriter Output, TextWriter Error, bool Color, bool Progress, TimeProvider Time)
{
    /// <summary>Plain writers: no colour, no progress (tests, redirected output).</summary>
    public static DetectConsole Plain(TextWriter output, TextWriter error) => new(output, error, false, false, TimeProvider.System);

    /// <summary>
    /// Colour only when the output is the console's, a terminal, and NO_COLOR is unset (https://no-color.org);
    /// progress only when the error writer is the console's and a terminal, so neither ever lands in a file.
    /// </summary>
    public static DetectConsole For(TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var color = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        var progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        return new DetectConsole(output, error, color, progress, TimeProvider.System);
    }
}
