using System.Diagnostics;
using System.Threading.Channels;
using Nunchi.Engine.Live;
using Nunchi.Storage;

namespace Nunchi.Engine.Analysis;

/// <summary>
/// The one thread that writes findings and checkpoints to the store, in the order the shards posted them, and
/// publishes what changed to the live feed.
/// </summary>
/// <remarks>
/// Items waiting together are committed in one transaction. A shard posts a checkpoint after the findings its
/// analyzer produced before it, so a stored checkpoint never runs ahead of the stored findings: replay after a
/// crash re-creates exactly the findings that were lost, and the store reports re-created ones that were already
/// there as unchanged, so nothing is published twice.
/// </remarks>
internal sealed class FindingWriter : IAsyncDisposable
{
    private readonly Channel<WriterItem> _queue = Channel.CreateUnbounded<WriterItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IFindingStore _store;
    private readonly FindingFeed _feed;
    private readonly EngineMetrics _metrics;
    private readonly Task _loop;

    public FindingWriter(IFindingStore store, FindingFeed feed, EngineMetrics metrics)
    {
        _store = store;
        _feed = feed;
        _metrics = metrics;
        _loop = Task.Run(RunAsync);
    }

    public void Post(WriterItem item)
    {
        if (!_queue.Writer.TryWrite(item))
        {
            item.Done?.TrySetException(new ObjectDisposedException(nameof(FindingWriter)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var findings = new List<SeriesFinding>();
        var checkpoints = new List<AnalyzerCheckpoint>();
        var taken = new List<WriterItem>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            long oldestTicks = 0;
            while (taken.Count < 256 && _queue.Reader.TryRead(out var item))
            {
                taken.Add(item);
                findings.AddRange(item.Findings);
                checkpoints.AddRange(item.Checkpoints);
                if (item.OldestTicks != 0 && (oldestTicks == 0 || item.OldestTicks < oldestTicks))
                {
                    oldestTicks = item.OldestTicks;
                }

                // Checkpoint slices are large: commit them a few at a time so memory stays bounded.
                if (checkpoints.Count >= 1024)
                {
                    break;
                }
            }

            Commit(findings, checkpoints, taken, oldestTicks);
            findings.Clear();
            checkpoints.Clear();
            taken.Clear();
        }
    }

    private void Commit(List<SeriesFinding> findings, List<AnalyzerCheckpoint> checkpoints, List<WriterItem> taken, long oldestTicks)
    {
        try
        {
            var changed = findings.Count == 0 && checkpoints.Count == 0 ? [] : _store.Commit(findings, checkpoints);
            foreach (var stored in changed)
            {
                _feed.Publish(stored);
            }

            if (changed.Count > 0 && oldestTicks != 0)
            {
                _metrics.RecordFindingLatency(Stopwatch.GetElapsedTime(oldestTicks));
            }

            _metrics.FindingsStored(changed.Count);
            foreach (var item in taken)
            {
                item.Done?.TrySetResult();
            }
        }
#pragma warning disable CA1031 // A failed commit must reach every waiter instead of killing the writer thread.
        catch (Exception error)
#pragma warning restore CA1031
        {
            _metrics.WriterFailed();
            foreach (var item in taken)
            {
                item.Done?.TrySetException(error);
            }
        }
    }
}
