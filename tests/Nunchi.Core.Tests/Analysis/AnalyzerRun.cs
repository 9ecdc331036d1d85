using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>Everything an analyzer said about a stream: one result per point and every finding event, with the index of the point that produced it.</summary>
internal sealed class AnalyzerRun
{
    public List<PointResult> Results { get; } = [];

    public List<(int Index, Finding Finding)> Events { get; } = [];

    /// <summary>Whether a finding was open after each point.</summary>
    public List<bool> OpenAfter { get; } = [];

    /// <summary>The seasonal period in use after each point (0 when none).</summary>
    public List<long> PeriodAfter { get; } = [];

    /// <summary>Each finding in its latest state (the closing snapshot, or the opening one if it is still open).</summary>
    public IReadOnlyList<Finding> Findings
    {
        get
        {
            var latest = new Dictionary<long, Finding>();
            foreach (var (_, finding) in Events)
            {
                latest[finding.Id] = finding;
            }

            return [.. latest.Values.OrderBy(f => f.StartMs)];
        }
    }

    /// <summary>Runs a fresh analyzer with <paramref name="options"/> over the whole series.</summary>
    public static AnalyzerRun Of(SampleSeries series, AnalyzerOptions? options = null) => Of(series, out _, options);

    /// <summary>Runs a fresh analyzer over the whole series and hands it back for its summary.</summary>
    public static AnalyzerRun Of(SampleSeries series, out SeriesAnalyzer analyzer, AnalyzerOptions? options = null)
    {
        var run = new AnalyzerRun();
        analyzer = run.Feed(new SeriesAnalyzer(options), series, 0, series.Count);
        return run;
    }

    /// <summary>Feeds points [<paramref name="from"/>, <paramref name="to"/>) and takes every event as it appears.</summary>
    public SeriesAnalyzer Feed(SeriesAnalyzer analyzer, SampleSeries series, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Results.Add(analyzer.Update(series.Times[i], series.Values[i]));
            while (analyzer.TryTakeEvent(out var finding))
            {
                Events.Add((i, finding));
            }

            OpenAfter.Add(analyzer.OpenFinding is not null);
            PeriodAfter.Add(analyzer.Summary.SeasonalPeriodMs);
        }

        return analyzer;
    }

    /// <summary>Findings (latest state) whose span intersects [<paramref name="fromMs"/>, <paramref name="toMs"/>].</summary>
    public List<Finding> FindingsOverlapping(long fromMs, long toMs) =>
        [.. Findings.Where(f => f.StartMs <= toMs && f.EndMs >= fromMs)];

    /// <summary>Findings (latest state) wholly outside [<paramref name="fromMs"/>, <paramref name="toMs"/>].</summary>
    public List<Finding> FindingsOutside(long fromMs, long toMs) =>
        [.. Findings.Where(f => f.StartMs > toMs || f.EndMs < fromMs)];

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => FormattableString.Invariant($"#{f.Id} {f.Kind} {f.StartMs}..{f.EndMs} sev={f.Severity:F2} det={f.Facts.Detector} shift={f.Facts.ShiftSize} normal={f.Facts.BecameNormal}")));
}
