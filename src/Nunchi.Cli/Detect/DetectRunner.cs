using Nunchi.Cli.Commands;
using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Detect;

/// <summary>Carries out a validated `nunchi detect`: read and analyse the file, write scores and chart, print findings.</summary>
internal static class DetectRunner
{
    /// <returns>The exit code (0); failures are <see cref="CliException"/>s.</returns>
    public static int Run(DetectRequest request, DetectConsole console)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        using var input = OpenInput(request, out var inputBytes);
        var counting = new CountingStream(input);
        var options = new CsvReadOptions
        {
            TimeColumn = request.TimeColumn,
            ValueColumns = request.ValueColumns,
            TimeZone = request.TimeZone,
        };
        var opened = Open(counting, request.DisplayName, options);
        if (!opened.Succeeded)
        {
            throw new CliException(opened.Error.Message);
        }

        using var reader = opened.Reader;
        var tracks = new SeriesTrack[reader.ValueColumns.Count];
        for (var column = 0; column < tracks.Length; column++)
        {
            tracks[column] = new SeriesTrack(reader.ValueColumns[column], column, request.MinSeverity, plot: request.PlotPath is not null);
        }

        var totals = Analyse(request, console, reader, counting, inputBytes, tracks);
        var series = new SeriesReport[tracks.Length];
        for (var i = 0; i < tracks.Length; i++)
        {
            tracks[i].Finish();
            series[i] = new SeriesReport(tracks[i].Name, tracks[i].Points, tracks[i].Summary, tracks[i].Findings);
        }

        var report = new DetectReport(request.DisplayName, totals.Rows, totals.FirstMs, totals.LastMs, reader.TimeColumn, request.MinSeverity, series);
        if (request.PlotPath is { } plotPath)
        {
            PlotFile.Write(plotPath, request.DisplayName, tracks, request.TimeZone, request.Language);
        }

        if (request.Json)
        {
            JsonReport.Write(console.Output, report, request.TimeZone);
        }
        else if (!request.Quiet)
        {
            TextReport.Write(console.Output, report, request.TimeZone, request.Language, console.Color ? AnsiStyle.On : AnsiStyle.Off);
        }

        return 0;
    }

    private static PassTotals Analyse(DetectRequest request, DetectConsole console, CsvPointReader reader, CountingStream counting, long inputBytes, SeriesTrack[] tracks)
    {
        var progress = console.Progress && inputBytes > 0
            ? new ProgressBar(console.Error, console.Time, request.DisplayName, inputBytes)
            : null;
        try
        {
            using var scores = request.ScoresPath is null ? null : ScoreFileWriter.Create(request.ScoresPath, reader.ValueColumns);
            Action<long>? tick = progress is null ? null : rows => progress.Update(counting.BytesRead, rows);
            return AnalysisPass.Run(reader, new BatchAnalysis(tracks), scores, tick);
        }
        finally
        {
            // Before any error is printed, so that the message does not share a line with the bar.
            progress?.Clear();
        }
    }

    private static Stream OpenInput(DetectRequest request, out long length)
    {
        length = 0;
        if (request.InputPath is not { } path)
        {
            return Console.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory; expected a CSV file");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file");
        }

        try
        {
            // The reader buffers in large blocks itself, so the file stream does not buffer again.
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            length = stream.Length;
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {path}: {e.Message}");
        }
    }

    private static CsvOpenResult Open(Stream stream, string name, CsvReadOptions options)
    {
        try
        {
            return CsvPointReader.Open(stream, name, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {name}: {e.Message}");
        }
    }
}
