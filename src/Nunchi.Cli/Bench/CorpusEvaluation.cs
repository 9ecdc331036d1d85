using System.Text.Json;
using Nunchi.Cli.Commands;
using Nunchi.Core.Analysis;
using Nunchi.Core.Evaluation;
using Nunchi.Core.Findings;
using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Bench;

/// <summary>
/// Scores a directory of labelled CSV files laid out as the Numenta Anomaly Benchmark lays out its data:
/// <c>DIR/labels.json</c> maps each file's path (relative to DIR) to a list of <c>[start, end]</c> windows.
/// Each file's first value column is one series; its first 15 % is the learning period (NAB's probationary period).
/// </summary>
internal static class CorpusEvaluation
{
    private const double LearningFraction = 0.15;

    public static IReadOnlyList<SeriesOutcome> Run(string directory)
    {
        var labelsPath = Path.Combine(directory, "labels.json");
        if (!File.Exists(labelsPath))
        {
            throw new CliException($"{labelsPath}: no such file; a corpus needs a labels.json of [start, end] windows per file");
        }

        Dictionary<string, List<List<string>>>? labels;
        try
        {
            labels = JsonSerializer.Deserialize<Dictionary<string, List<List<string>>>>(File.ReadAllText(labelsPath));
        }
        catch (JsonException e)
        {
            throw new CliException($"{labelsPath}: expected {{\"file.csv\": [[\"start\", \"end\"], ...]}}: {e.Message}");
        }

        var files = new List<KeyValuePair<string, List<List<string>>>>(labels ?? []);
        files.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var outcomes = new SeriesOutcome[files.Count];
        var eventBase = new int[files.Count];
        for (var i = 1; i < files.Count; i++)
        {
            eventBase[i] = eventBase[i - 1] + files[i - 1].Value.Count;
        }

        Parallel.For(0, files.Count, i => outcomes[i] = RunFile(directory, files[i].Key, files[i].Value, eventBase[i]));
        return outcomes;
    }

    private static SeriesOutcome RunFile(string directory, string relative, List<List<string>> spans, int eventBase)
    {
        var path = Path.Combine(directory, relative);
        var windows = new List<EvaluationWindow>();
        for (var w = 0; w < spans.Count; w++)
        {
            if (spans[w].Count != 2
                || !TimestampParser.TryParseTimestamp(spans[w][0], TimeZoneInfo.Utc, out var start)
                || !TimestampParser.TryParseTimestamp(spans[w][1], TimeZoneInfo.Utc, out var end))
            {
                throw new CliException($"labels.json: window {w + 1} of {relative} is not a pair of timestamps");
            }

            windows.Add(new EvaluationWindow(eventBase + w, "window", start, end));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var opened = CsvPointReader.Open(stream, relative);
        if (!opened.Succeeded)
        {
            throw new CliException(opened.Error!.Message);
        }

        using var reader = opened.Reader!;
        var batch = reader.CreateBatch();
        var analyzer = new SeriesAnalyzer();
        var findings = new List<Finding>();
        var timestamps = new List<long>();
        while (reader.TryRead(batch, out _))
        {
            var values = batch.Values(0);
            var missing = batch.Missing(0);
            for (var r = 0; r < batch.Count; r++)
            {
                timestamps.Add(batch.TimestampsMs[r]);
                if (missing[r])
                {
                    continue;
                }

                analyzer.Update(batch.TimestampsMs[r], values[r]);
                while (analyzer.TryTakeEvent(out var finding))
                {
                    if (!finding.IsOpen)
                    {
                        findings.Add(finding);
                    }
                }
            }
        }

        analyzer.Complete();
        while (analyzer.TryTakeEvent(out var late))
        {
            if (!late.IsOpen)
            {
                findings.Add(late);
            }
        }

        if (analyzer.OpenFinding is { } open)
        {
            findings.Add(open);
        }

        var scoreFrom = timestamps.Count == 0 ? 0 : timestamps[(int)(timestamps.Count * LearningFraction)];
        long normal = 0;
        foreach (var t in timestamps)
        {
            if (t >= scoreFrom && !windows.Exists(w => t >= w.StartMs && t <= w.EndMs))
            {
                normal++;
            }
        }

        return new SeriesOutcome(relative, windows, findings, normal, scoreFrom);
    }
}
