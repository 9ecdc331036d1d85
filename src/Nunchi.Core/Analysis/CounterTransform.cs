using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis;

/// <summary>
/// Recognises monotonic counters (bytes sent, parts produced since start) and turns them into rates per second,
/// the quantity whose anomalies matter; the interval that contains a reset (a process restart) is skipped.
/// </summary>
/// <remarks>
/// Decides after 128 points: a counter never goes negative, rises on at least a quarter of the steps and only ever
/// drops by resetting (to less than half of the previous value). A series taken for a counter that later makes
/// three small drops was a gauge after all and is switched back.
/// </remarks>
internal sealed class CounterTransform
{
    private const int DecideAfter = 128;
    private const int SmallDropsToRevert = 3;

    private long _seen;
    private long _rises;
    private long _smallDrops;
    private bool _negative;
    private bool _hasPrevious;
    private double _previous;
    private long _previousMs;

    public SeriesMode Mode { get; private set; } = SeriesMode.Undecided;

    /// <summary>
    /// Observes one raw value. Returns true when the mode changed (the caller then relearns from scratch).
    /// <paramref name="prepared"/> is the value to analyse, valid only when <paramref name="usable"/> is true.
    /// </summary>
    public bool Observe(long timestampMs, double value, out double prepared, out bool usable)
    {
        var changed = false;
        if (_hasPrevious)
        {
            if (value > _previous)
            {
                _rises++;
            }
            else if (value < _previous && value >= 0.5 * _previous)
            {
                _smallDrops++;
            }
        }

        _negative |= value < 0;
        _seen++;
        if (Mode == SeriesMode.Undecided && _seen == DecideAfter)
        {
            Mode = !_negative && _smallDrops == 0 && _rises >= DecideAfter / 4 ? SeriesMode.Counter : SeriesMode.Gauge;
            changed = Mode == SeriesMode.Counter;
            _smallDrops = 0;
        }
        else if (Mode == SeriesMode.Counter && (_smallDrops >= SmallDropsToRevert || value < 0))
        {
            Mode = SeriesMode.Gauge;
            changed = true;
        }

        if (Mode == SeriesMode.Counter)
        {
            // A drop is a reset (a restart): the rate over that interval is unknown — the counter may have run for
            // most of it before restarting — so the point is skipped rather than read as a dip.
            var seconds = (timestampMs - _previousMs) / 1000.0;
            usable = _hasPrevious && seconds > 0 && value >= _previous;
            prepared = usable ? (value - _previous) / seconds : 0;
        }
        else
        {
            usable = true;
            prepared = value;
        }

        _hasPrevious = true;
        _previous = value;
        _previousMs = timestampMs;
        return changed;
    }

    public void Save(StateWriter writer)
    {
        writer.Write((byte)Mode);
        writer.Write(_seen);
        writer.Write(_rises);
        writer.Write(_smallDrops);
        writer.Write(_negative);
        writer.Write(_hasPrevious);
        writer.Write(_previous);
        writer.Write(_previousMs);
    }

    public void Load(ref StateReader reader)
    {
        Mode = (SeriesMode)reader.ReadByte();
        _seen = reader.ReadInt64();
        _rises = reader.ReadInt64();
        _smallDrops = reader.ReadInt64();
        _negative = reader.ReadBool();
        _hasPrevious = reader.ReadBool();
        _previous = reader.ReadDouble();
        _previousMs = reader.ReadInt64();
    }
}
