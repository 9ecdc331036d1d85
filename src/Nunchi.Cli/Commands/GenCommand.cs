using System.CommandLine;
using Nunchi.Cli.Gen;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi gen`: a realistic data set with labelled anomalies, its labels and its vocabulary.</summary>
internal static class GenCommand
{
    public static Command Create()
    {
        // Options are read as text and validated by GenRequest, so that every mistake is one clear line.
        var scenario = new Option<string>("--scenario") { Description = "Which data set: factory, server or business." };
        var seed = new Option<string>("--seed") { Description = "Seed of every random choice (default 1); the same seed gives the same bytes." };
        var from = new Option<string>("--from") { Description = "Start, ISO 8601 (UTC when no offset is given). Default 2026-10-01T00:00:00+09:00." };
        var to = new Option<string>("--to") { Description = "End (exclusive), ISO 8601." };
        var days = new Option<string>("--days") { Description = "Length in days, counted from --from or back from --to (default 35)." };
        var step = new Option<string>("--step") { Description = "Cadence: 10s, 1m, 1h, 1d... (default factory 10s, server 1m, business 1h)." };
        var format = new Option<string>("--format") { Description = "lp: InfluxDB line protocol (default); csv: wide CSV, one column per series." };
        var output = new Option<string>("--out") { Description = "Data file (default: standard output)." };
        var labels = new Option<string>("--labels") { Description = "Labels CSV (default beside --out as NAME.labels.csv; with standard output only when given)." };
        var aliases = new Option<string>("--aliases") { Description = "Names and aliases JSON (default beside --out as NAME.aliases.json)." };
        var command = new Command("gen", "Generate a realistic data set (factory, server, business) with labelled anomalies.")
        {
            scenario, seed, from, to, days, step, format, output, labels, aliases,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(int (parseResult) =>
        {
            var arguments = new GenArguments(
                parseResult.GetValue(scenario),
                parseResult.GetValue(seed),
                parseResult.GetValue(from),
                parseResult.GetValue(to),
                parseResult.GetValue(days),
                parseResult.GetValue(step),
                parseResult.GetValue(format),
                parseResult.GetValue(output),
                parseResult.GetValue(labels),
                parseResult.GetValue(aliases));
            var request = GenRequest.Parse(arguments, parseResult.UnmatchedTokens);
            return GenRunner.Run(request, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }
}
