using System.Threading.Channels;
using Nunchi.Storage;

namespace Nunchi.Engine.Live;

/// <summary>Fans new and changed findings out to live subscribers (server-sent events, webhooks).</summary>
/// <remarks>
/// Each subscriber has its own bounded queue: a slow reader loses its oldest undelivered findings (it can read
/// them from the findings API) and never slows the engine or other readers. Thread-safe.
/// </remarks>
public sealed class FindingFeed
{
    private readonly Lock _gate = new();
    private Channel<StoredFinding>[] _subscribers = [];

    /// <summary>Subscribes; dispose the subscription to leave.</summary>
    /// <param name="capacity">Findings held for this subscriber before the oldest are dropped.</param>
    public FeedSubscription Subscribe(int capacity = 1024)
    {
        var channel = Channel.CreateBounded<StoredFinding>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _subscribers = [.. _subscribers, channel];
        }

        return new FeedSubscription(channel.Reader, () => Leave(channel));
    }

    /// <summary>Live subscribers.</summary>
    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    internal void Publish(StoredFinding finding)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.Writer.TryWrite(finding);
        }
    }

    private void Leave(Channel<StoredFinding> channel)
    {
        lock (_gate)
        {
            _subscribers = Array.FindAll(_subscribers, s => s != channel);
        }

        channel.Writer.TryComplete();
    }
}
