using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary>
/// The findings of every series over a range, folded into per-bucket maxima (the anomaly strip of the overview) and
/// each series' most severe finding. Findings marked "not an anomaly" are left out: a person said they are normal.
/// </summary>
internal sealed class SeverityStrip
{
    private readonly long _fromMs;
    private readonly long _width;
    private readonly int _buckets;
    private readonly Dictionary<int, Entry> _bySeries = [];

    public SeverityStrip(long fromMs, long width, int buckets, IReadOnlyList<StoredFinding> findings)
    {
        _fromMs = fromMs;
        _width = width;
        _buckets = buckets;
        foreach (var stored in findings)
        {
            if (stored.Feedback != Core.Analysis.FeedbackVerdict.NotAnomaly)
            {
                Add(stored);
            }
        }
    }

    /// <summary>Per-bucket maxima of a series (all zero when it has no finding).</summary>
    public double[] Of(int seriesId) => _bySeries.TryGetValue(seriesId, out var entry) ? entry.Strip : new double[_buckets];

    /// <summary>The number of findings of a series and its worst one.</summary>
    public (int Count, StoredFinding? Worst) Summary(int seriesId) =>
        _bySeries.TryGetValue(seriesId, out var entry) ? (entry.Count, entry.Worst) : (0, null);

    private void Add(StoredFinding stored)
    {
        if (!_bySeries.TryGetValue(stored.SeriesId, out var entry))
        {
            entry = new Entry(new double[_buckets]);
            _bySeries.Add(stored.SeriesId, entry);
        }

        var finding = stored.Finding;
        long first = Math.Clamp((finding.StartMs - _fromMs) / _width, 0, _buckets - 1);
        long last = Math.Clamp((finding.EndMs - _fromMs) / _width, 0, _buckets - 1);
        for (long i = first; i <= last; i++)
        {
            entry.Strip[i] = Math.Max(entry.Strip[i], finding.Severity);
        }

        entry.Count++;
        var worst = entry.Worst?.Finding;
        if (worst is null || finding.Severity > worst.Severity || (finding.Severity == worst.Severity && finding.StartMs > worst.StartMs))
        {
            entry.Worst = stored;
        }
    }

    private sealed class Entry(double[] strip)
    {
        public double[] Strip { get; } = strip;

        public int Count { get; set; }

        public StoredFinding? Worst { get; set; }
    }
}
