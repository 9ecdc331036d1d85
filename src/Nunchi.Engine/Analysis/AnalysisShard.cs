using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Nunchi.Core.Analysis;
using Nunchi.Storage;

namespace Nunchi.Engine.Analysis;

/// <summary>
/// One single-threaded owner of a share of the series: it analyses their points in log order, hands findings to the
/// writer and checkpoints changed analyzers between batches. No lock touches series state.
/// </summary>
internal sealed partial class AnalysisShard : IAsyncDisposable
{
    private readonly Channel<ShardMessage> _inbox = Channel.CreateUnbounded<ShardMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<int, SeriesSlot> _series = [];
    private readonly EngineOptions _options;
    private readonly FindingWriter _writer;
    private readonly EngineMetrics _metrics;
    private readonly Action<int, long> _roundFinished;
    private readonly int _index;
    private readonly Task _loop;
    private List<SeriesFinding> _findings = [];
    private long _findingTicks;
    private long _lastLsn;

    /// <param name="index">The shard's number.</param>
    /// <param name="options">Engine settings.</param>
    /// <param name="writer">Where findings and checkpoints go.</param>
    /// <param name="metrics">Counters.</param>
    /// <param name="roundFinished">
    /// Called with the shard index and an LSN once every analyzer of the shard is stored with at least every batch
    /// up to that LSN: the log below it is no longer needed by this shard.
    /// </param>
    public AnalysisShard(int index, EngineOptions options, FindingWriter writer, EngineMetrics metrics, Action<int, long> roundFinished)
    {
        _index = index;
        _options = options;
        _writer = writer;
        _metrics = metrics;
        _roundFinished = roundFinished;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Series this shard owns.</summary>
    public int SeriesCount => Volatile.Read(ref _seriesCount);

    private int _seriesCount;

    /// <summary>
    /// Adds a restored analyzer before any batch arrives (start-up only). False when the checkpoint is damaged: the
    /// series then starts learning afresh from the points the log still holds, which loses what it had learned but
    /// no data.
    /// </summary>
    public bool Restore(AnalyzerCheckpoint checkpoint)
    {
        SeriesAnalyzer analyzer;
        try
        {
            analyzer = SeriesAnalyzer.Restore(CheckpointCodec.Decompress(checkpoint.State), _options.Analyzer);
        }
        catch (InvalidDataException)
        {
            return false;
        }

        _series[checkpoint.SeriesId] = new SeriesSlot(checkpoint.SeriesId, analyzer, checkpoint.Lsn);
        _seriesCount = _series.Count;
        _lastLsn = Math.Max(_lastLsn, checkpoint.Lsn);
        return true;
    }

    public void Post(ShardMessage message)
    {
        ObjectDisposedException.ThrowIf(!_inbox.Writer.TryWrite(message), this);
    }

    private void Wake() => _inbox.Writer.TryWrite(ShardMessage.Wake.Instance);

    public async ValueTask DisposeAsync()
    {
        _inbox.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _inbox.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                Handle(message);
                ContinueCheckpoint();
            }

            // The queue is empty: nothing more will join these findings soon, so hand them over now.
            HandOverFindings(done: null);
        }

        HandOverFindings(done: null);
    }

    private void Handle(ShardMessage message)
    {
        switch (message)
        {
            case ShardMessage.Batch batch:
                Analyse(batch);
                break;
            case ShardMessage.Feedback feedback:
                ApplyFeedback(feedback);
                break;
            case ShardMessage.Checkpoint checkpoint:
                RequestCheckpoint(checkpoint.Done);
                break;
            case ShardMessage.Wake:
                break;
            case ShardMessage.Barrier barrier:
                HandOverFindings(barrier.Done);
                break;
        }
    }

    private void Analyse(ShardMessage.Batch batch)
    {
        try
        {
            var points = batch.Points.AsSpan(0, batch.Count);
            foreach (ref readonly var point in points)
            {
                var slot = SlotFor(point.SeriesId);
                if (batch.Lsn <= slot.CheckpointLsn)
                {
                    continue; // Replay: the checkpoint already holds this point.
                }

                var result = slot.Analyzer.Update(point.TimestampMs, point.Value);
                slot.Dirty = true;
                if (result.HasFindingEvents)
                {
                    TakeFindings(slot, batch.CommittedTicks);
                }
            }

            _lastLsn = Math.Max(_lastLsn, batch.Lsn);
            _metrics.Analysed(batch.Count, batch.Replay, batch.Replay ? TimeSpan.Zero : Stopwatch.GetElapsedTime(batch.CommittedTicks));
        }
        finally
        {
            if (batch.Points.Length > 0)
            {
                ArrayPool<StoredPoint>.Shared.Return(batch.Points);
            }
        }
    }

    private SeriesSlot SlotFor(int seriesId)
    {
        if (!_series.TryGetValue(seriesId, out var slot))
        {
            slot = new SeriesSlot(seriesId, new SeriesAnalyzer(_options.Analyzer), checkpointLsn: 0);
            _series.Add(seriesId, slot);
            _seriesCount = _series.Count;
        }

        return slot;
    }

    private void TakeFindings(SeriesSlot slot, long committedTicks)
    {
        while (slot.Analyzer.TryTakeEvent(out var finding))
        {
            if (_findings.Count == 0)
            {
                _findingTicks = committedTicks;
            }

            _findings.Add(new SeriesFinding(slot.SeriesId, finding));
        }
    }

    private void ApplyFeedback(ShardMessage.Feedback feedback)
    {
        var slot = SlotFor(feedback.SeriesId);
        slot.Analyzer.ApplyFeedback(feedback.Finding, feedback.Verdict);

        // Feedback is not in the log: checkpoint at once so a replay after a crash starts from a state that has it.
        var checkpoint = new AnalyzerCheckpoint(slot.SeriesId, _lastLsn, CheckpointCodec.Compress(slot.Analyzer.SaveState()));
        slot.CheckpointLsn = _lastLsn;
        slot.Dirty = false;
        Send([checkpoint], feedback.Done);
    }

    private void HandOverFindings(TaskCompletionSource? done)
    {
        if (_findings.Count == 0 && done is null)
        {
            return;
        }

        Send([], done);
    }

    /// <summary>Posts the pending findings, then the checkpoints, as one writer item (findings first, always).</summary>
    private void Send(List<AnalyzerCheckpoint> checkpoints, TaskCompletionSource? done)
    {
        var item = new WriterItem(_findings, checkpoints, _findings.Count > 0 ? _findingTicks : 0, done);
        _findings = [];
        _writer.Post(item);
    }

    public override string ToString() => $"shard {_index}: {_series.Count} series, log at {_lastLsn}";
}
