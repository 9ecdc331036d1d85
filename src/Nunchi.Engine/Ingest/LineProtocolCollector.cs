using System.Buffers;
using Nunchi.Core.Ingest.LineProtocol;
using Nunchi.Storage;

namespace Nunchi.Engine.Ingest;

/// <summary>
/// Receives a parsed line protocol body: resolves each value's series to its catalog id and collects the points
/// (in arrival order) and the rejected lines. One per request; not thread-safe.
/// </summary>
public sealed class LineProtocolCollector : ILineProtocolSink, IDisposable
{
    /// <summary>Rejected lines reported in detail; further ones are only counted.</summary>
    public const int MaxReportedErrors = 50;

    private static readonly SeriesKeyFactory KeyOf = LineProtocolParser.ToSeriesKey;
    private readonly SeriesResolver _resolver;
    private readonly List<LineProtocolError> _errors = [];
    private StoredPoint[] _points;
    private int _count;
    private int _lastRejectedLine;

    internal LineProtocolCollector(SeriesResolver resolver, int capacityHint = 4096)
    {
        _resolver = resolver;
        _points = ArrayPool<StoredPoint>.Shared.Rent(Math.Max(16, capacityHint));
    }

    /// <summary>The points collected, in the order of the body.</summary>
    public ReadOnlyMemory<StoredPoint> Points => _points.AsMemory(0, _count);

    /// <summary>The first <see cref="MaxReportedErrors"/> rejected lines.</summary>
    public IReadOnlyList<LineProtocolError> Errors => _errors;

    /// <summary>Lines rejected in all (parse errors and series over the limit).</summary>
    public int RejectedLines { get; private set; }

    /// <summary>Values dropped because their series would exceed the cardinality limit.</summary>
    public int OverLimitValues { get; private set; }

    /// <inheritdoc/>
    public void OnValue(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field, long timestampMs, double value, int line)
    {
        if (_resolver.Resolve(series, field, KeyOf, out int id) == CatalogStatus.CardinalityLimit)
        {
            OverLimitValues++;
            if (_lastRejectedLine != line)
            {
                _lastRejectedLine = line;
                Reject(new LineProtocolError(line, 1, "series limit reached: a new series was not created (raise Nunchi__MaxSeries or drop unused tags)", Excerpt(series, field)));
            }

            return;
        }

        if (_count == _points.Length)
        {
            var larger = ArrayPool<StoredPoint>.Shared.Rent(_points.Length * 2);
            _points.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<StoredPoint>.Shared.Return(_points);
            _points = larger;
        }

        _points[_count++] = new StoredPoint(id, timestampMs, value);
    }

    /// <inheritdoc/>
    public void OnError(in LineProtocolError error) => Reject(error);

    /// <summary>Returns the pooled buffer.</summary>
    public void Dispose()
    {
        if (_points.Length > 0)
        {
            ArrayPool<StoredPoint>.Shared.Return(_points);
            _points = [];
        }
    }

    private void Reject(LineProtocolError error)
    {
        RejectedLines++;
        if (_errors.Count < MaxReportedErrors)
        {
            _errors.Add(error);
        }
    }

    private static string Excerpt(ReadOnlySpan<byte> series, ReadOnlySpan<byte> field)
    {
        string text = System.Text.Encoding.UTF8.GetString(series) + " " + System.Text.Encoding.UTF8.GetString(field);
        return text.Length <= 80 ? text : text[..80];
    }
}
