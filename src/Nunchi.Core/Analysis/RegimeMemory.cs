using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis;

/// <summary>
/// The level the series had before its last adopted change. When the series goes back (a filter is replaced, a
/// product run ends) it is recognised and restored instead of being reported and relearned.
/// </summary>
/// <remarks>
/// An adopted change moves the level and leaves the seasonal profile alone, so the level is all a regime needs to
/// remember. A regime is remembered for a limited time: one left long ago is as likely a coincidence as a return.
/// </remarks>
internal sealed class RegimeMemory
{
    private bool _has;
    private long _sinceMs;
    private double _level;

    public bool Has => _has;

    public void Forget() => _has = false;

    /// <summary>Remembers the level being left at <paramref name="nowMs"/>.</summary>
    public void Remember(double level, long nowMs)
    {
        _has = true;
        _sinceMs = nowMs;
        _level = level;
    }

    /// <summary>True when a regime was left no longer than <paramref name="maxAgeMs"/> ago.</summary>
    public bool Recent(long nowMs, long maxAgeMs) => _has && nowMs - _sinceMs <= maxAgeMs;

    /// <summary>The value the remembered regime expects, given the current seasonal offset.</summary>
    public double Expected(double seasonal) => _level + seasonal;

    /// <summary>Restores the remembered level and remembers the current one in its place.</summary>
    public void SwapWith(LevelBank bank, long nowMs)
    {
        var level = _level;
        Remember(bank.Level, nowMs);
        bank.Set(level);
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_has);
        writer.Write(_sinceMs);
        writer.Write(_level);
    }

    public void Load(ref StateReader reader)
    {
        _has = reader.ReadBool();
        _sinceMs = reader.ReadInt64();
        _level = reader.ReadDouble();
    }
}
