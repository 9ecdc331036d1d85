using System.CommandLine;
using Nunchi.Cli.Gen;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi gen`: a realistic data set with labelled anomalies, its labels and its vocabulary.</summary>
internal static class GenCommand
{
    public static Command Create()
    {
        // Options are read as optional text and validated by GenRequest, and stray tokens land in a hidden argument,
        // so that every mistake (a missing value, an unknown option) is one clear line rather than the parser's help.
        var scenario = Text("--scenario", "Which data set: factory, server or business.");
        var seed = Text("--seed", "Seed of every random choice (default 1); the same seed gives the same bytes.");
        var from = Text("--from", "Start, ISO 8601 (UTC when no offset is given). Default 2026-10-01T00:00:00+09:00.");
        var to = Text("--to", "End (exclusive), ISO 8601.");
        var days = Text("--days", "Length in days, counted from --from or back from --to (default 35).");
        var step = Text("--step", "Cadence: 10s, 1m, 1h, 1d... (default factory 10s, server 1m, business 1h).");
        var format = Text("--format", "lp: InfluxDB line protocol (default); csv: wide CSV, one column per series.");
        var output = Text("--out", "Data file (default: standard output).");
        var labels = Text("--labels", "Labels CSV (default beside --out as NAME.labels.csv; with standard output only when given).");
        var aliases = Text("--aliases", "Names and aliases JSON (default beside --out as NAME.aliases.json).");
        var stray = new Argument<string[]>("stray") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var command = new Command("gen", "Generate a realistic data set (factory, server, business) with labelled anomalies.")
        {
            scenario, seed, from, to, days, step, format, output, labels, aliases, stray,
        };
        command.SetAction(int (parseResult) =>
        {
            var arguments = new GenArguments(
                Value(parseResult, scenario),
                Value(parseResult, seed),
                Value(parseResult, from),
                Value(parseResult, to),
                Value(parseResult, days),
                Value(parseResult, step),
                Value(parseResult, format),
                Value(parseResult, output),
                Value(parseResult, labels),
                Value(parseResult, aliases));
            IReadOnlyList<string> unknown = [.. parseResult.GetValue(stray) ?? [], .. parseResult.UnmatchedTokens];
            var request = GenRequest.Parse(arguments, unknown);
            return GenRunner.Run(request, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    private static Option<string> Text(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    // Null when the option is absent; an option given without its value is a usage error.
    private static string? Value(ParseResult parseResult, Option<string> option)
    {
        var value = parseResult.GetValue(option);
        if (parseResult.GetResult(option) is { Implicit: false } && string.IsNullOrEmpty(value))
        {
            throw new CliException($"{option.Name} needs a value", 2);
        }

        return value;
    }
}
