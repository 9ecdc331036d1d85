using Nunchi.Engine.Ingest;

namespace Nunchi.Engine;

public sealed partial class NunchiEngine
{
    private SeriesResolver? _resolver;

    /// <summary>
    /// A collector for one line protocol body: hand it to <c>LineProtocolParser.Parse</c>, then its points to
    /// <see cref="IngestAsync"/>. Dispose it after the ingest completes.
    /// </summary>
    /// <param name="capacityHint">Expected number of values.</param>
    public LineProtocolCollector NewLineProtocolBatch(int capacityHint = 4096)
    {
        var resolver = Volatile.Read(ref _resolver) ?? Interlocked.CompareExchange(ref _resolver, new SeriesResolver(Catalog), null) ?? _resolver!;
        return new LineProtocolCollector(resolver, capacityHint);
    }
}
