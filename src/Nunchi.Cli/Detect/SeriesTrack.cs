using Nunchi.Cli.Plot;
using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Detect;

/// <summary>One value column being analysed: its analyzer, its findings so far and, when a chart is wanted, its plot.</summary>
/// <remarks>Not thread-safe: one thread at a time analyses a column (different columns may run in parallel).</remarks>
internal sealed class SeriesTrack
{
    private readonly SeriesAnalyzer _analyzer = new();
    private readonly List<Finding> _findings = [];
    private readonly double _minSeverity;
    private bool _finished;

    /// <param name="name">The column's header name.</param>
    /// <param name="column">The column's index among the reader's value columns.</param>
    /// <param name="minSeverity">Findings below this severity are dropped.</param>
    /// <param name="plot">Whether to accumulate a plot.</param>
    public SeriesTrack(string name, int column, double minSeverity, bool plot)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Column = column;
        _minSeverity = minSeverity;
        Plot = plot ? new PlotSeriesBuilder() : null;
    }

    /// <summary>The column's header name.</summary>
    public string Name { get; }

    /// <summary>The column's index among the reader's value columns.</summary>
    public int Column { get; }

    /// <summary>Rows with a value in this column (missing cells not counted; NaN and infinity counted).</summary>
    public long Points { get; private set; }

    /// <summary>What the analyzer has learned.</summary>
    public AnalyzerSummary Summary => _analyzer.Summary;

    /// <summary>How many cadence steps a row may be late before it is rejected.</summary>
    public int ReorderSteps => _analyzer.Options.ReorderSteps;

    /// <summary>Findings at or above the minimum severity: closed ones in order, then after <see cref="Finish"/> any still open.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The plot so far, or null when none was asked for.</summary>
    public PlotSeriesBuilder? Plot { get; }

    /// <summary>Analyses this column of a batch, strictly in row order, writing each row's score (0 when not scored).</summary>
    /// <returns>The first row the analyzer rejected as too far out of order (scores after it are not written), or -1.</returns>
    public int Analyse(CsvBatch batch, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var times = batch.TimestampsMs;
        var values = batch.Values(Column);
        var missing = batch.Missing(Column);
        var anyMissing = batch.MissingCount(Column) > 0;
        var plot = Plot;
        var rejected = -1;
        for (var row = 0; row < times.Length; row++)
        {
            if (anyMissing && missing[row])
            {
                scores[row] = 0;
                plot?.Add(times[row], double.NaN, double.NaN, double.NaN, double.NaN);
                continue;
            }

            var result = _analyzer.Update(times[row], values[row]);
            if ((result.Status & PointStatus.TooLate) != 0)
            {
                rejected = row;
                break;
            }

            // The analyzer's scores are in [0, 1] already; the comparison also maps a NaN to 0.
            var score = result.Score;
            scores[row] = score > 0 ? Math.Min(score, 1) : 0;
            if (plot is not null)
            {
                // While warming up the expectation is not an expectation yet (it starts from zero): draw no band.
                var warm = (result.Status & PointStatus.Warmup) != 0;
                plot.Add(times[row], values[row], warm ? double.NaN : result.Expected, warm ? double.NaN : result.Lower, warm ? double.NaN : result.Upper);
            }
        }

        Points += rejected < 0 ? times.Length - batch.MissingCount(Column) : CountPresent(missing, rejected);
        TakeEvents();
        return rejected;
    }

    /// <summary>Adds the finding still open at the end of the data, if any; call once, after the last batch.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _analyzer.Complete();
        TakeEvents();
        if (_analyzer.OpenFinding is { } open && open.Severity >= _minSeverity)
        {
            _findings.Add(open);
        }

        // Closed findings arrive in the order they closed; a long one may have started before a short one.
        _findings.Sort(static (a, b) => a.StartMs != b.StartMs ? a.StartMs.CompareTo(b.StartMs) : a.Id.CompareTo(b.Id));
    }

    private void TakeEvents()
    {
        while (_analyzer.TryTakeEvent(out var finding))
        {
            // Open snapshots are progress reports; each finding also arrives once closed, in its final form.
            if (!finding.IsOpen && finding.Severity >= _minSeverity)
            {
                _findings.Add(finding);
            }
        }
    }

    private static long CountPresent(ReadOnlySpan<bool> missing, int rows)
    {
        var present = 0L;
        for (var row = 0; row < rows; row++)
        {
            present += missing[row] ? 0 : 1;
        }

        return present;
    }
}
