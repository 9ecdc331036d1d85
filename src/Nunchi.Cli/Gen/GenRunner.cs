using System.Globalization;
using System.Text;
using Nunchi.Cli.Commands;
using Nunchi.Core.Scenarios;

namespace Nunchi.Cli.Gen;

/// <summary>Carries out a validated `nunchi gen`: data, labels, aliases, and a short summary on standard error.</summary>
internal static class GenRunner
{
    public static int Run(GenRequest request, TextWriter summary)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(summary);
        var scenario = ScenarioRegistry.Create(request.Scenario, request.Options);
        var (rows, values, bytes) = WriteData(scenario, request);
        if (request.LabelsPath is { } labelsPath)
        {
            Write(labelsPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                ScenarioLabelCsv.Write(writer, scenario.Labels);
            });
        }

        if (request.AliasesPath is { } aliasesPath)
        {
            Write(aliasesPath, stream => ScenarioCatalogJson.Write(stream, scenario));
        }

        Summarise(summary, scenario, request, rows, values, bytes);
        return 0;
    }

    private static (long Rows, long Values, long Bytes) WriteData(IScenario scenario, GenRequest request)
    {
        (long, long, long) counts = default;
        void Generate(Stream stream)
        {
            if (request.Format == GenFormat.Csv)
            {
                var csv = new WideCsvWriter(scenario, stream);
                scenario.Run(csv);
                csv.Flush();
                counts = (csv.Rows, csv.Values, csv.Bytes);
            }
            else
            {
                var lineProtocol = new LineProtocolWriter(scenario, stream);
                scenario.Run(lineProtocol);
                lineProtocol.Flush();
                counts = (lineProtocol.Rows, lineProtocol.Values, lineProtocol.Bytes);
            }
        }

        if (request.OutPath is null)
        {
            using var stdout = Console.OpenStandardOutput();
            Generate(stdout);
        }
        else
        {
            Write(request.OutPath, Generate);
        }

        return counts;
    }

    // The writers buffer in 64 KiB blocks themselves, so the file stream does not buffer again.
    private static void Write(string path, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {e.Message}", 1);
        }
    }

    private static void Summarise(TextWriter summary, IScenario scenario, GenRequest request, long rows, long values, long bytes)
    {
        var culture = CultureInfo.InvariantCulture;
        var options = scenario.Options;
        var target = request.OutPath ?? "standard output";
        var rowKind = request.Format == GenFormat.Csv ? "lines" : "rows";
        summary.WriteLine(string.Create(
            culture,
            $"{scenario.Name}: {rows:N0} {rowKind}, {values:N0} values, {scenario.Series.Count} series, {Iso(options.FromMs)} to {Iso(options.ToMs)} every {GenRequest.FormatStep(scenario.StepMs)}, seed {options.Seed} -> {target} ({bytes / 1e6:F1} MB)"));
        if (options.ToMs - options.FromMs <= ScenarioOptions.LearningPeriodMs)
        {
            var days = (options.ToMs - options.FromMs) / 86_400_000.0;
            summary.WriteLine(string.Create(
                culture,
                $"no anomalies injected: the first {ScenarioOptions.LearningPeriodMs / 86_400_000} days are a learning period and the range is only {days:0.##} day{(days == 1 ? string.Empty : "s")}"));
        }

        if (request.LabelsPath is not null)
        {
            summary.WriteLine(string.Create(culture, $"labels: {scenario.Labels.Count} -> {request.LabelsPath}"));
        }

        if (request.AliasesPath is not null)
        {
            summary.WriteLine($"aliases: {request.AliasesPath}");
        }
    }

    private static string Iso(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
