using System.Threading.Channels;
using Nunchi.Storage;

namespace Nunchi.Server.Live;

/// <summary>
/// Fans newly stored points of chosen series out to live subscribers (a chart following a series), as each batch
/// becomes durable.
/// </summary>
/// <remarks>
/// Hooks the store's commit callback once, on the first subscription. The callback runs on the store's commit thread,
/// so it only filters by series and queues: each subscriber has a bounded queue and a slow one loses its oldest points
/// (the chart can read them from <c>/points</c>); it never slows ingest. With no subscriber it costs one read per batch.
/// Thread-safe.
/// </remarks>
internal sealed class PointFeed
{
    private readonly Lock _gate = new();
    private Subscriber[] _subscribers = [];
    private IPointStore? _store;

    /// <summary>Subscribes to the points of <paramref name="seriesIds"/>; dispose the subscription to leave.</summary>
    public PointSubscription Subscribe(IPointStore store, IReadOnlyCollection<int> seriesIds, int capacity = 16_384)
    {
        var subscriber = new Subscriber([.. seriesIds], Channel.CreateBounded<StoredPoint>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        }));
        lock (_gate)
        {
            if (_store is null)
            {
                _store = store;
                store.Committed += OnCommitted;
            }

            _subscribers = [.. _subscribers, subscriber];
        }

        return new PointSubscription(subscriber.Queue.Reader, () => Leave(subscriber));
    }

    private void OnCommitted(long lsn, ReadOnlySpan<StoredPoint> points)
    {
        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length == 0)
        {
            return;
        }

        foreach (ref readonly var point in points)
        {
            foreach (var subscriber in subscribers)
            {
                if (subscriber.Series.Contains(point.SeriesId))
                {
                    subscriber.Queue.Writer.TryWrite(point);
                }
            }
        }
    }

    private void Leave(Subscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers = Array.FindAll(_subscribers, s => s != subscriber);
        }

        subscriber.Queue.Writer.TryComplete();
    }

    private sealed record Subscriber(HashSet<int> Series, Channel<StoredPoint> Queue);
}
