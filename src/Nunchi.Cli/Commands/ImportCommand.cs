using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Nunchi.Cli.Detect;
using Nunchi.Core.Ingest;
using Nunchi.Engine;
using Nunchi.Engine.Ingest;
using Nunchi.Engine.Questions;
using Nunchi.Core.Questions;
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
        var aliases = OptionText.Create("--aliases", "Names for the series, for questions (default: NAME.aliases.json beside FILE, as `nunchi gen` writes it, when there is one).", "FILE.json");
        var stray = OptionText.Stray();
        var command = new Command("import", "Import a file into the store; every point is analysed, so findings exist afterwards.")
        {
            file, data, format, measurement, timeColumn, valueColumns, timeZone, precision, aliases, stray,
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

            // Read before importing, so that a bad aliases file is reported at once, not after a long import.
            string? aliasesPath = OptionText.Value(parseResult, aliases) ?? Beside(path);
            AliasBook? book = null;
            if (aliasesPath is not null && !CatalogAliases.TryRead(aliasesPath, out book, out string? aliasesError))
            {
                throw new CliException(aliasesError!, File.Exists(aliasesPath) ? 65 : 66);
            }

            var settings = new NunchiServerOptions { DataDirectory = OptionText.Value(parseResult, data) };
            var request = new ImportRequest(
                path,
                kind,
                settings.ResolvedDataDirectory(),
                OptionText.Value(parseResult, measurement) ?? Path.GetFileNameWithoutExtension(path),
                new CsvReadOptions { TimeColumn = OptionText.Value(parseResult, timeColumn), ValueColumns = OptionText.Values(parseResult, valueColumns), TimeZone = zone },
                OptionText.Value(parseResult, precision),
                book is null ? null : (aliasesPath!, book));
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
        if (request.Aliases is { } aliases)
        {
            int named = CatalogAliases.Apply(engine.Catalog, aliases.Book);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aliases: {named:N0} series named from {aliases.Path}"));
        }
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

    // NAME.aliases.json beside NAME.lp, where `nunchi gen` writes it; null when there is none.
    private static string? Beside(string path)
    {
        string beside = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? "", System.IO.Path.GetFileNameWithoutExtension(path) + ".aliases.json");
        return File.Exists(beside) ? beside : null;
    }

    private sealed record ImportRequest(string Path, string Format, string DataDirectory, string Measurement, CsvReadOptions Csv, string? Precision, (string Path, AliasBook Book)? Aliases);
}
