using System.Threading.Channels;
using Nunchi.Storage;

namespace Nunchi.Server.Live;

/// <summary>One live subscriber's queue of new points (see <see cref="PointFeed"/>).</summary>
internal sealed class PointSubscription(ChannelReader<StoredPoint> reader, Action leave) : IDisposable
{
    /// <summary>New points of the subscribed series, in the order they were stored.</summary>
    public ChannelReader<StoredPoint> Points { get; } = reader;

    /// <summary>Leaves the feed.</summary>
    public void Dispose() => leave();
}
