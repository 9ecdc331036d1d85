using System.Threading.Channels;
using Nunchi.Storage;

namespace Nunchi.Engine.Live;

/// <summary>One live subscriber's view of the finding feed.</summary>
public sealed class FeedSubscription(ChannelReader<StoredFinding> reader, Action leave) : IDisposable
{
    /// <summary>New and changed findings, in the order they were stored.</summary>
    public ChannelReader<StoredFinding> Findings { get; } = reader;

    /// <summary>Leaves the feed.</summary>
    public void Dispose() => leave();
}
