using System.Diagnostics;
using System.Globalization;
using System.Text;
using Nunchi.Engine;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Observability;

/// <summary><c>GET /metrics</c>: self-metrics in the Prometheus text format.</summary>
internal static class MetricsEndpoint
{
    public static void MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (EngineHost host) => host.Ready
                ? TypedResults.Text(Render(host.Engine), "text/plain; version=0.0.4; charset=utf-8")
                : TypedResults.Text("# engine starting\n", "text/plain; version=0.0.4; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithTags("Operations").WithSummary("Prometheus metrics: ingest, queue depth, analysis latency, store size, findings");
    }

    internal static string Render(NunchiEngine engine)
    {
        var m = engine.Metrics;
        var store = engine.Points.Statistics();
        var text = new StringBuilder(4096);
        Counter(text, "nunchi_points_accepted_total", "Points stored durably and acknowledged.", m.PointsAccepted);
        Counter(text, "nunchi_points_analysed_total", "Points analysed (including replay after a restart).", m.PointsAnalysed);
        Counter(text, "nunchi_lines_rejected_total", "Input lines rejected as invalid or over the series limit.", m.PointsRejected);
        Counter(text, "nunchi_requests_refused_total", "Write requests refused because analysis was behind (backpressure).", m.RequestsRefused);
        Counter(text, "nunchi_findings_total", "New or changed findings stored and published.", m.FindingsPublished);
        Counter(text, "nunchi_checkpoints_damaged_total", "Analyzer checkpoints found damaged at start (those series learned afresh).", m.DamagedCheckpoints);
        Counter(text, "nunchi_store_commits_total", "Group commits (fsyncs) of the write-ahead log.", store.Commits);
        Gauge(text, "nunchi_pending_points", "Points accepted and not yet analysed (the analysis queue depth).", m.PendingPoints);
        Gauge(text, "nunchi_series", "Series in the catalog.", store.Series);
        Gauge(text, "nunchi_live_subscribers", "Open live finding streams.", engine.Feed.SubscriberCount);
        text.Append("# HELP nunchi_store_bytes Bytes on disk in the data directory.\n# TYPE nunchi_store_bytes gauge\n");
        text.Append(CultureInfo.InvariantCulture, $"nunchi_store_bytes{{part=\"log\"}} {store.LogBytes}\n");
        text.Append(CultureInfo.InvariantCulture, $"nunchi_store_bytes{{part=\"blocks\"}} {store.BlockBytes}\n");
        text.Append(CultureInfo.InvariantCulture, $"nunchi_store_bytes{{part=\"total\"}} {store.BytesOnDisk}\n");
        Histogram(text, "nunchi_analysis_latency_seconds", "From durable commit to analysed, per batch.", m.AnalysisLatency);
        Histogram(text, "nunchi_finding_latency_seconds", "From durable commit of a point to its finding being stored and published.", m.FindingLatency);
        using var process = Process.GetCurrentProcess();
        Gauge(text, "process_resident_memory_bytes", "Resident memory.", process.WorkingSet64);
        Counter(text, "process_cpu_seconds_total", "CPU time used.", process.TotalProcessorTime.TotalSeconds);
        ManagedHeap(text);
        return text.ToString();
    }

    /// <summary>
    /// The managed heap as the last collection left it: what resident memory is made of besides native code, SQLite
    /// and buffers, by generation (large objects apart), and how much of it is committed but free.
    /// </summary>
    private static void ManagedHeap(StringBuilder text)
    {
        var info = GC.GetGCMemoryInfo();
        text.Append("# HELP dotnet_gc_heap_bytes Managed heap by generation after the last collection (objects and free space).\n# TYPE dotnet_gc_heap_bytes gauge\n");
        ReadOnlySpan<string> generations = ["gen0", "gen1", "gen2", "loh", "poh"];
        var sizes = info.GenerationInfo;
        for (int g = 0; g < generations.Length && g < sizes.Length; g++)
        {
            text.Append(CultureInfo.InvariantCulture, $"dotnet_gc_heap_bytes{{generation=\"{generations[g]}\"}} {sizes[g].SizeAfterBytes}\n");
        }

        Gauge(text, "dotnet_gc_committed_bytes", "Memory the managed heap has committed.", info.TotalCommittedBytes);
        Gauge(text, "dotnet_gc_fragmented_bytes", "Free space inside the managed heap after the last collection.", info.FragmentedBytes);
        text.Append("# HELP dotnet_gc_collections_total Garbage collections by generation.\n# TYPE dotnet_gc_collections_total counter\n");
        for (int g = 0; g <= GC.MaxGeneration; g++)
        {
            text.Append(CultureInfo.InvariantCulture, $"dotnet_gc_collections_total{{generation=\"gen{g}\"}} {GC.CollectionCount(g)}\n");
        }
    }

    private static void Counter(StringBuilder text, string name, string help, double value) => Sample(text, name, help, "counter", value);

    private static void Gauge(StringBuilder text, string name, string help, double value) => Sample(text, name, help, "gauge", value);

    private static void Sample(StringBuilder text, string name, string help, string type, double value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {type}\n{name} {value}\n");

    private static void Histogram(StringBuilder text, string name, string help, LatencyHistogram histogram)
    {
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} histogram\n");
        var counts = histogram.Counts();
        long cumulative = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            cumulative += counts[i];
            string bound = i < LatencyHistogram.BoundsSeconds.Count ? LatencyHistogram.BoundsSeconds[i].ToString(CultureInfo.InvariantCulture) : "+Inf";
            text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{le=\"{bound}\"}} {cumulative}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{name}_sum {histogram.SumSeconds}\n{name}_count {cumulative}\n");
    }
}
