using System.CommandLine;
using Nunchi.Cli.Bench;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi bench`: measurements of Nunchi itself.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var scenarios = new Option<string>("--scenario")
        {
            Description = "Comma-separated scenarios to generate and score: factory, server, business (default all).",
            DefaultValueFactory = _ => "factory,server,business",
        };
        var seeds = new Option<string>("--seeds")
        {
            Description = "Comma-separated seeds; each scenario runs once per seed (default 1,2,3).",
            DefaultValueFactory = _ => "1,2,3",
        };
        var days = new Option<int>("--days") { Description = "Length of each generated data set in days (default 35; the first 14 are learning).", DefaultValueFactory = _ => 35 };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Also score a directory of labelled CSV files: DIR/labels.json maps each file's path (relative to DIR) to a list of [start, end] windows, as the Numenta Anomaly Benchmark's combined_windows.json does.",
        };
        var verbose = new Option<bool>("--verbose") { Description = "List every false alarm and every missed event." };
        var quality = new Command("quality", "Detection quality on labelled data: per-kind precision, recall and F1, and false positives per 10,000 normal points.")
        {
            scenarios, seeds, days, corpus, verbose,
        };
        quality.SetAction(int (parseResult) =>
        {
            var request = new QualityRequest(
                Split(parseResult.GetValue(scenarios)),
                ParseSeeds(parseResult.GetValue(seeds)),
                parseResult.GetValue(days),
                parseResult.GetValue(corpus),
                parseResult.GetValue(verbose));
            return QualityBench.Run(request, parseResult.InvocationConfiguration.Output);
        });

        return new Command("bench", "Measure Nunchi: detection quality on labelled data.") { quality };
    }

    private static string[] Split(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static long[] ParseSeeds(string? text)
    {
        var parts = Split(text);
        var seeds = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out seeds[i]))
            {
                throw new CliException($"--seeds: '{parts[i]}' is not a whole number", 2);
            }
        }

        return seeds;
    }
}
