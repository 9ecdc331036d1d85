using System.CommandLine;

namespace Nunchi.Cli.Commands;

/// <summary>
/// Options read as optional text and validated by the command itself, with stray tokens collected, so that every
/// mistake (a missing value, an unknown option, a stray word) becomes one clear line rather than the parser's help.
/// </summary>
internal static class OptionText
{
    /// <summary>An option taking zero or one value; <see cref="Value"/> turns a missing value into a usage error.</summary>
    /// <param name="name">The option, e.g. <c>--out</c>.</param>
    /// <param name="description">Its help text.</param>
    /// <param name="helpName">How help shows its value, e.g. <c>OUT.csv</c>; null for the option's name.</param>
    public static Option<string> Create(string name, string description, string? helpName = null) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne, HelpName = helpName };

    /// <summary>An option that may be given several times, one value each time.</summary>
    public static Option<string[]> Repeatable(string name, string description, string? helpName = null) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false, HelpName = helpName };

    /// <summary>A flag that takes no value (a word after it is a stray argument, not its value).</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>A hidden argument that collects every token no option or argument claimed.</summary>
    public static Argument<string[]> Stray() =>
        new("stray") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };

    /// <summary>The option's value; null when the option is absent.</summary>
    /// <exception cref="CliException">The option was given without its value (exit code 2).</exception>
    public static string? Value(ParseResult parseResult, Option<string> option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(option);
        var value = parseResult.GetValue(option);
        if (parseResult.GetResult(option) is { Implicit: false } && string.IsNullOrEmpty(value))
        {
            throw new CliException($"{option.Name} needs a value", 2);
        }

        return value;
    }

    /// <summary>Every value of a repeatable option, in order; empty when it is absent.</summary>
    /// <exception cref="CliException">An occurrence was given without its value (exit code 2).</exception>
    public static IReadOnlyList<string> Values(ParseResult parseResult, Option<string[]> option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(option);
        var values = parseResult.GetValue(option) ?? [];
        if (parseResult.GetResult(option) is { Implicit: false } result && (result.IdentifierTokenCount > values.Length || Array.Exists(values, string.IsNullOrEmpty)))
        {
            throw new CliException($"{option.Name} needs a value", 2);
        }

        return values;
    }

    /// <summary>Tokens nobody claimed: the stray argument's, then the parser's unmatched ones.</summary>
    public static IReadOnlyList<string> Unknown(ParseResult parseResult, Argument<string[]> stray)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return [.. parseResult.GetValue(stray) ?? [], .. parseResult.UnmatchedTokens];
    }
}
