using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Nunchi.Cli.Detect;
using Nunchi.Core.Ingest;
using Nunchi.Engine;
using Nunchi.Engine.Ingest;
using Nunchi.Server.Hosting;
using Nunchi.Storage;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi import FILE`: line protocol or CSV into the store, through the engine, so findings exist afterwards.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Line protocol (.lp, .txt, .line) or CSV (.csv) file." };
        var data = OptionText.Create("--data", "Data directory (default ~/.local/share/nunchi); not while `nunchi serve` uses it.", "DIR");
        var format = OptionText.Create("--format", "lp or csv (default: from the file name).", "lp|csv");
        var measurement = OptionText.Create("--measurement", "CSV: the measurement of the series (default: the file name).", "NAME");
        var timeColumn = OptionText.Create("--time-column", "CSV: the time column.", "NAME");
        var valueColumns = OptionText.Repeatable("--value-column", "CSV: a value column; repeat for several (default: every numeric column).", "NAME");
        var timeZone = OptionText.Create("--tz", "CSV: IANA time zone of timestamps without an offset (default UTC).", "ZONE");
        var precision = OptionText.Create("--precision", "Line protocol: timestamp precision ns, us, ms, s (default ns).", "ns|us|ms|s");
        var stray = OptionText.Stray();
        var command = new Command("import", "Import a file into the store; every point is analysed, so findings exist afterwards.")
        {
            file, data, format, measurement, timeColumn, valueColumns, timeZone, precision, stray,
        };
        command.SetAction(int (parseResult) =>
        {
            var unknown = OptionText.Unknown(parseResult, stray);
            if (unknown.Count > 0)
            {
                throw new CliException($"unknown argument '{unknown[0]}' (see 'nunchi import --help')", 2);
            }

            string path = parseResult.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file", 66);
            }

            string kind = OptionText.Value(parseResult, format)
                ?? (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "lp");
            if (kind is not ("csv" or "lp"))
            {
                throw new CliException($"--format '{kind}' is not valid: expected lp or csv", 2);
            }

            var zone = TimeZoneInfo.Utc;
            string? tz = OptionText.Value(parseResult, timeZone);
            if (tz is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out zone))
            {
                throw new CliException($"--tz '{tz}' is not a known time zone: expected an IANA name such as Asia/Seoul", 2);
            }

            var settings = new NunchiServerOptions { DataDirectory = OptionText.Value(parseResult, data) };
            var request = new ImportRequest(
                path,
                kind,
                settings.ResolvedDataDirectory(),
                OptionText.Value(parseResult, measurement) ?? Path.GetFileNameWithoutExtension(path),
                new CsvReadOptions { TimeColumn = OptionText.Value(parseResult, timeColumn), ValueColumns = OptionText.Values(parseResult, valueColumns), TimeZone = zone },
                OptionText.Value(parseResult, precision));
            var configuration = parseResult.InvocationConfiguration;
            return RunAsync(request, configuration.Output, configuration.Error).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(ImportRequest request, TextWriter output, TextWriter error)
    {
        long started = Stopwatch.GetTimestamp();
        await using var embedded = await EmbeddedEngine.OpenAsync(new StoreOptions { DataDirectory = request.DataDirectory }).ConfigureAwait(false);
        var engine = embedded.Engine;
        long total = new FileInfo(request.Path).Length;
        await using var file = File.OpenRead(request.Path);
        var counting = new CountingStream(file);
        var bar = total > 0 ? new ProgressBar(error, TimeProvider.System, Path.GetFileName(request.Path), total) : null;
        long findingsBefore = engine.Findings.Count();
        var result = request.Format == "csv"
            ? await CsvImporter.ImportAsync(engine, counting, request.Path, request.Measurement, request.Csv, new SyncProgress(counting, bar)).ConfigureAwait(false)
            : await LineProtocolImporter.ImportAsync(engine, counting, request.Path, request.Precision, new SyncProgress(counting, bar)).ConfigureAwait(false);
        await engine.WhenAnalysedAsync().ConfigureAwait(false);
        bar?.Clear();
        long findings = engine.Findings.Count() - findingsBefore;
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"imported {result.Points:N0} points ({result.Series:N0} new series) in {seconds:0.0} s; {findings:N0} new findings; data in {request.DataDirectory}"));
        if (result.Error is not null)
        {
            throw new CliException(result.Error, 65);
        }

        return 0;
    }

    /// <summary>Draws the progress bar on the importing thread (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress(CountingStream stream, ProgressBar? bar) : IProgress<long>
    {
        public void Report(long value) => bar?.Update(stream.BytesRead, value);
    }

    private sealed record ImportRequest(string Path, string Format, string DataDirectory, string Measurement, CsvReadOptions Csv, string? Precision);
}
