using Nunchi.Storage;

namespace Nunchi.Engine.Analysis;

internal sealed partial class AnalysisShard
{
    private int[]? _round;
    private int _roundCursor;
    private long _roundLsn;
    private TaskCompletionSource? _sliceStored;
    private List<TaskCompletionSource> _roundWaiters = [];
    private List<TaskCompletionSource> _nextRoundWaiters = [];
    private bool _nextRoundRequested;

    /// <summary>
    /// Begins a round now, or right after the one in progress (whose list of changed series was taken before this
    /// request, so it may miss changes made since).
    /// </summary>
    private void RequestCheckpoint(TaskCompletionSource? done)
    {
        if (done is not null)
        {
            _nextRoundWaiters.Add(done);
        }

        _nextRoundRequested = true;
        if (_round is null)
        {
            BeginCheckpoint();
        }
    }

    /// <summary>
    /// Starts a round: every series changed now will be saved, one slice between batches, so analysis never stops
    /// for long and only a slice of states is in memory at once.
    /// </summary>
    private void BeginCheckpoint()
    {
        (_roundWaiters, _nextRoundWaiters) = (_nextRoundWaiters, _roundWaiters);
        _nextRoundRequested = false;
        var changed = new List<int>();
        foreach (var slot in _series.Values)
        {
            if (slot.Dirty)
            {
                changed.Add(slot.SeriesId);
            }
        }

        // Every series clean now is stored with every batch up to here; those changed will be stored at an LSN at
        // least this high. So once the round ends, the log up to here is no longer needed by this shard.
        _round = [.. changed];
        _roundCursor = 0;
        _roundLsn = _lastLsn;
        _sliceStored = null;
    }

    private void ContinueCheckpoint()
    {
        if (_round is null || (_sliceStored is not null && !_sliceStored.Task.IsCompleted))
        {
            return;
        }

        if (_sliceStored is { Task.IsCompletedSuccessfully: false })
        {
            EndRound(stored: false); // The store failed; the next round retries from scratch.
            return;
        }

        if (_roundCursor >= _round.Length)
        {
            EndRound(stored: true);
            return;
        }

        int end = Math.Min(_round.Length, _roundCursor + _options.CheckpointSlice);
        var checkpoints = new List<AnalyzerCheckpoint>(end - _roundCursor);
        for (; _roundCursor < end; _roundCursor++)
        {
            var slot = _series[_round[_roundCursor]];
            if (!slot.Dirty)
            {
                continue;
            }

            checkpoints.Add(new AnalyzerCheckpoint(slot.SeriesId, _lastLsn, CheckpointCodec.Compress(slot.Analyzer.SaveState())));
            slot.CheckpointLsn = _lastLsn;
            slot.Dirty = false;
        }

        _sliceStored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Send(checkpoints, _sliceStored);

        // Wake the loop once the slice is stored, so the round goes on even when no batch arrives.
        _sliceStored.Task.ContinueWith(
            static (_, state) => ((AnalysisShard)state!).Wake(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void EndRound(bool stored)
    {
        _round = null;
        if (stored)
        {
            _roundFinished(_index, _roundLsn);
        }

        foreach (var waiter in _roundWaiters)
        {
            if (stored)
            {
                waiter.TrySetResult();
            }
            else
            {
                waiter.TrySetException(new InvalidOperationException("The checkpoint could not be stored."));
            }
        }

        _roundWaiters.Clear();
        if (_nextRoundRequested)
        {
            BeginCheckpoint();
        }
    }
}
