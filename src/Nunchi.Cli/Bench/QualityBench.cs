using System.Diagnostics;
using System.Globalization;
using Nunchi.Core.Evaluation;
using Nunchi.Core.Scenarios;

namespace Nunchi.Cli.Bench;

/// <summary>
/// Generates each scenario at each seed, runs detection over it exactly as `nunchi detect` would (one analyzer per
/// series, points in time order) and scores the findings against the labels; optionally adds a corpus of labelled files.
/// </summary>
internal static class QualityBench
{
    private static readonly DateTimeOffset DefaultFrom = new(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(9));

    public static int Run(QualityRequest request, TextWriter output)
    {
        if (request.Days < 1)
        {
            throw new Commands.CliException("--days must be at least 1", 2);
        }

        var runs = new List<(string Name, long Seed)>();
        foreach (var name in request.Scenarios)
        {
            if (!ScenarioRegistry.Names.Contains(name, StringComparer.Ordinal))
            {
                throw new Commands.CliException($"--scenario: unknown scenario '{name}'; expected one of {string.Join(", ", ScenarioRegistry.Names)}", 2);
            }

            foreach (var seed in request.Seeds)
            {
                runs.Add((name, seed));
            }
        }

        var clock = Stopwatch.StartNew();
        var results = new (string Label, QualityReport Report, long Points)[runs.Count];
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (name, seed) = runs[i];
            var from = DefaultFrom.ToUnixTimeMilliseconds();
            var scenario = ScenarioRegistry.Create(name, new ScenarioOptions
            {
                FromMs = from,
                ToMs = from + (request.Days * 86_400_000L),
                Seed = seed,
            });
            var outcomes = ScenarioEvaluation.Run(scenario);
            results[i] = ($"{name} seed {seed}", DetectionEvaluator.Evaluate(outcomes), CountPoints(scenario));
        });

        var all = new List<(string Label, QualityReport Report, long Points)>(results);
        if (request.Corpus is not null)
        {
            var outcomes = CorpusEvaluation.Run(request.Corpus);
            all.Add(($"corpus {Path.GetFileName(Path.TrimEndingDirectorySeparator(request.Corpus))}", DetectionEvaluator.Evaluate(outcomes), 0));
        }

        QualityTable.Write(output, all, request.Verbose);
        long points = 0;
        foreach (var result in all)
        {
            points += result.Points;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{points:N0} generated points analysed in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static long CountPoints(IScenario scenario)
    {
        var steps = (scenario.Options.ToMs - scenario.Options.FromMs) / scenario.StepMs;
        return steps * scenario.Series.Count;
    }
}
