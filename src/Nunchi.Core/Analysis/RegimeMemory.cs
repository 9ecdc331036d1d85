using Nunchi.Core.Analysis.Seasonality;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis;

/// <summary>
/// The regime the series was in before its last adopted change: its level and, for seasonal series, its whole
/// profile. When the series goes back (a filter is replaced, a product run ends) it is recognised and restored
/// instead of being reported and relearned.
/// </summary>
/// <remarks>The profile is kept at half precision: 2 bytes a bin, ample for a value judged against its noise scale.</remarks>
internal sealed class RegimeMemory
{
    private readonly Half[] _profile;
    private bool _has;
    private long _sinceMs;
    private double _level;
    private long _periodMs;
    private int _bins;

    public RegimeMemory(int maxBins)
    {
        _profile = new Half[maxBins];
    }

    public bool Has => _has;

    public void Forget() => _has = false;

    /// <summary>Remembers the current regime, left at <paramref name="nowMs"/>.</summary>
    public void Remember(double level, SeasonalProfile profile, long nowMs)
    {
        _has = true;
        _sinceMs = nowMs;
        _level = level;
        _periodMs = profile.PeriodMs;
        _bins = profile.Active ? profile.Bins : 0;
        var means = profile.Active ? profile.Means : [];
        for (var i = 0; i < means.Length; i++)
        {
            _profile[i] = (Half)means[i];
        }
    }

    /// <summary>
    /// True when the remembered regime can be compared with the current profile's phases and was left no longer
    /// than <paramref name="maxAgeMs"/> ago: a regime from long ago is as likely to be a coincidence as a return.
    /// </summary>
    public bool Comparable(SeasonalProfile profile, long nowMs, long maxAgeMs) =>
        _has && nowMs - _sinceMs <= maxAgeMs && _periodMs == profile.PeriodMs && _bins == (profile.Active ? profile.Bins : 0);

    /// <summary>The value the remembered regime expects at this phase.</summary>
    public double Expected(PhasePosition at) => _bins == 0
        ? _level
        : _level + ((double)_profile[at.Bin0] * (1 - at.Fraction)) + ((double)_profile[at.Bin1] * at.Fraction);

    /// <summary>Restores the remembered regime and remembers the current one in its place.</summary>
    public void SwapWith(LevelBank bank, SeasonalProfile profile, long nowMs)
    {
        var level = _level;
        Span<float> restored = stackalloc float[_bins];
        for (var i = 0; i < _bins; i++)
        {
            restored[i] = (float)_profile[i];
        }

        Remember(bank.Level, profile, nowMs);
        bank.Set(level);
        for (var i = 0; i < restored.Length; i++)
        {
            profile.SetMean(i, restored[i]);
        }
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_has);
        writer.Write(_sinceMs);
        writer.Write(_level);
        writer.Write(_periodMs);
        writer.Write(_bins);
        writer.Write(_profile.AsSpan(0, _bins));
    }

    public void Load(ref StateReader reader)
    {
        _has = reader.ReadBool();
        _sinceMs = reader.ReadInt64();
        _level = reader.ReadDouble();
        _periodMs = reader.ReadInt64();
        _bins = reader.ReadInt32();
        reader.ReadInto(_profile.AsSpan(0, _bins));
    }
}
