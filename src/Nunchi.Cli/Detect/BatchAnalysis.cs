using System.Runtime.ExceptionServices;

namespace Nunchi.Cli.Detect;

/// <summary>Analyses every value column of a batch: one column inline, several in parallel groups.</summary>
/// <remarks>
/// Columns are dealt round-robin into at most <see cref="Environment.ProcessorCount"/> groups; each group runs on one
/// task per batch and the batch is finished before the next starts, so each analyzer is used by one thread at a time
/// and sees its rows in order. Not thread-safe itself.
/// </remarks>
internal sealed class BatchAnalysis
{
    private readonly SeriesTrack[] _tracks;
    private readonly int[] _rejected;
    private readonly int _groups;
    private readonly Action<int> _analyseGroup;
    private BatchSlot? _slot;

    public BatchAnalysis(IReadOnlyList<SeriesTrack> tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        _tracks = [.. tracks];
        _rejected = new int[_tracks.Length];
        _groups = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, _tracks.Length));
        _analyseGroup = AnalyseGroup;
    }

    /// <summary>Scores every column of <paramref name="slot"/>.</summary>
    /// <returns>
    /// The first row (over all columns) that an analyzer rejected as too far out of order, and that column; row -1
    /// when none was. Scores of rows before it are complete.
    /// </returns>
    public (int Row, SeriesTrack? Track) Analyse(BatchSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        _slot = slot;
        try
        {
            if (_groups == 1)
            {
                AnalyseGroup(0);
            }
            else
            {
                Parallel.For(0, _groups, _analyseGroup);
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        finally
        {
            _slot = null;
        }

        var first = -1;
        SeriesTrack? track = null;
        for (var i = 0; i < _tracks.Length; i++)
        {
            if (_rejected[i] >= 0 && (first < 0 || _rejected[i] < first))
            {
                first = _rejected[i];
                track = _tracks[i];
            }
        }

        return (first, track);
    }

    private void AnalyseGroup(int group)
    {
        var slot = _slot!;
        for (var i = group; i < _tracks.Length; i += _groups)
        {
            _rejected[i] = _tracks[i].Analyse(slot.Batch, slot.Scores(_tracks[i].Column));
        }
    }
}
