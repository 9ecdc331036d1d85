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
        var scenario = OptionText.Create("--scenario", "Which data set: factory, server or business.");
        var seed = OptionText.Create("--seed", "Seed of every random choice (default 1); the same seed gives the same bytes.");
        var from = OptionText.Create("--from", "Start, ISO 8601 (UTC when no offset is given). Default 2026-10-01T00:00:00+09:00.");
        var to = OptionText.Create("--to", "End (exclusive), ISO 8601.");
        var days = OptionText.Create("--days", "Length in days, counted from --from or back from --to (default 35).");
        var step = OptionText.Create("--step", "Cadence: 10s, 1m, 1h, 1d... (default factory 10s, server 1m, business 1h).");
        var format = OptionText.Create("--format", "lp: InfluxDB line protocol (default); csv: wide CSV, one column per series.");
        var output = OptionText.Create("--out", "Data file (default: standard output).");
        var labels = OptionText.Create("--labels", "Labels CSV (default beside --out as NAME.labels.csv; with standard output only when given).");
        var aliases = OptionText.Create("--aliases", "Names and aliases JSON (default beside --out as NAME.aliases.json).");
        var stray = OptionText.Stray();
        var command = new Command("gen", "Generate a realistic data set (factory, server, business) with labelled anomalies.")
        {
            scenario, seed, from, to, days, step, format, output, labels, aliases, stray,
        };
        command.SetAction(int (parseResult) =>
        {
            var arguments = new GenArguments(
                OptionText.Value(parseResult, scenario),
                OptionText.Value(parseResult, seed),
                OptionText.Value(parseResult, from),
                OptionText.Value(parseResult, to),
                OptionText.Value(parseResult, days),
                OptionText.Value(parseResult, step),
                OptionText.Value(parseResult, format),
                OptionText.Value(parseResult, output),
                OptionText.Value(parseResult, labels),
                OptionText.Value(parseResult, aliases));
            var request = GenRequest.Parse(arguments, OptionText.Unknown(parseResult, stray));
            return GenRunner.Run(request, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }
}
