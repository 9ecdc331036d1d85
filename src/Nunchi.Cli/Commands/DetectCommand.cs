using System.CommandLine;
using Nunchi.Cli.Detect;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi detect FILE.csv`: findings in a CSV file, with optional per-row scores and a chart.</summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        // As in `nunchi gen`, options are read as text and validated by DetectRequest, so every mistake is one line.
        var file = new Argument<string>("FILE")
        {
            Description = "CSV file with a header row (- for standard input).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var timeColumn = OptionText.Create("--time-column", "The time column (default: timestamp, time, date, ... or a first column of times; none: rows are numbered).", "NAME");
        var valueColumns = OptionText.Repeatable("--value-column", "A value column; repeat for several, each analysed as its own series (default: every numeric column except labels).", "NAME");
        var timeZone = OptionText.Create("--tz", "IANA time zone (e.g. Asia/Seoul) of timestamps written without an offset, and of the times shown. Default UTC.", "ZONE");
        var language = OptionText.Create("--lang", "Language of the findings: en (default) or ko.", "en|ko");
        var json = OptionText.Flag("--json", "Print the findings as one JSON document instead of a table.");
        var scores = OptionText.Create(
            "--scores",
            "Write OUT.csv with one row per input row, in order: timestamp,value,anomaly_score (score 0..1, computed only from that row and earlier ones). "
            + "With several value columns: timestamp,A,A_anomaly_score,B,B_anomaly_score,...,anomaly_score, the last being the highest of the columns' scores.",
            "OUT.csv");
        var plot = OptionText.Create("--plot", "Write an SVG chart: the series, the expected band and the findings.", "OUT.svg");
        var minSeverity = OptionText.Create("--min-severity", "Show findings of at least this severity, 0..1 (default 0.5).", "0..1");
        var quiet = OptionText.Flag("--quiet", "Print no findings table (e.g. with --scores); --json still prints.");
        var stray = OptionText.Stray();
        var command = new Command("detect", "Find anomalies in a CSV file: findings with explanations, per-row scores, a chart.")
        {
            file, timeColumn, valueColumns, timeZone, language, json, scores, plot, minSeverity, quiet, stray,
        };
        command.SetAction(int (parseResult) =>
        {
            var arguments = new DetectArguments(
                parseResult.GetValue(file),
                OptionText.Value(parseResult, timeColumn),
                OptionText.Values(parseResult, valueColumns),
                OptionText.Value(parseResult, timeZone),
                OptionText.Value(parseResult, language),
                parseResult.GetValue(json),
                OptionText.Value(parseResult, scores),
                OptionText.Value(parseResult, plot),
                OptionText.Value(parseResult, minSeverity),
                parseResult.GetValue(quiet));
            var request = DetectRequest.Parse(arguments, OptionText.Unknown(parseResult, stray));
            var configuration = parseResult.InvocationConfiguration;
            return DetectRunner.Run(request, DetectConsole.For(configuration.Output, configuration.Error));
        });
        return command;
    }
}
