using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis;

/// <summary>
/// The level of the (deseasonalised) series, tracked at several speeds at once; the speed whose one-step-ahead
/// error has recently been smallest provides the expected value.
/// </summary>
/// <remarks>
/// A random walk (a stock price, a queue length) is best predicted by its last value, a stationary noisy sensor
/// by a long mean; rather than asking the user, all four exponential smoothers run and the data picks. Updates
/// are clipped at a few noise scales so that a spike does not drag the level; genuine level changes are
/// adopted explicitly by <see cref="Rebase"/> once confirmed. O(1) per point.
/// </remarks>
internal sealed class LevelBank
{
    private static readonly double[] Rates = [1.0, 0.25, 0.05, 0.01];
    private const double ErrorRate = 1.0 / 128;
    private const double SwitchMargin = 0.97;
    private const int FirstSlow = 2;

    private readonly double[] _levels = new double[4];
    private readonly double[] _errors = new double[4];
    private long _count;
    private int _best = 3;

    public double Level => _levels[_best];

    /// <summary>Index of the smoother in use (0 = last value … 3 = slowest).</summary>
    public int Best => _best;

    public long Count => _count;

    /// <summary>
    /// Learns one deseasonalised value; <paramref name="clip"/> bounds how far one point moves a level. With
    /// <paramref name="select"/> false (the series looks anomalous) the errors do not count towards choosing the
    /// smoother, so that a level shift cannot make the fastest smoother win and absorb it before it is reported.
    /// <paramref name="weight"/> in (0, 1] scales how much this point counts (how informative it is about the level).
    /// </summary>
    public void Learn(double value, double clip, bool select, bool slowOnly = false, double weight = 1)
    {
        _count++;
        if (_count == 1)
        {
            Array.Fill(_levels, value);
            return;
        }

        var warm = 1.0 / _count;
        var ordinary = select && Math.Abs(value - _levels[_best]) <= clip;
        for (var k = 0; k < _levels.Length; k++)
        {
            var error = value - _levels[k];
            if (ordinary)
            {
                _errors[k] += ErrorRate * (Math.Abs(error) - _errors[k]);
            }

            var rate = Math.Max(Rates[k], warm) * weight;
            _levels[k] += rate * Math.Clamp(error, -clip, clip);
        }

        // Switch only for a clear improvement, so the expected value does not flicker between smoothers. With a
        // seasonal profile only the slow smoothers qualify: a fast level would soak up the profile's small timing
        // errors (and, on a flat night, follow the next morning's ramp), blurring level and season into each other.
        var first = slowOnly ? FirstSlow : 0;
        var best = Math.Max(_best, first);
        for (var k = first; k < _levels.Length; k++)
        {
            if (_errors[k] < _errors[best] * SwitchMargin)
            {
                best = k;
            }
        }

        _best = best;
    }

    /// <summary>Moves every level by <paramref name="offset"/> (an adopted level shift or a profile re-centring).</summary>
    public void Rebase(double offset)
    {
        for (var k = 0; k < _levels.Length; k++)
        {
            _levels[k] += offset;
        }
    }

    /// <summary>Sets every level to <paramref name="level"/>.</summary>
    public void Set(double level) => Array.Fill(_levels, level);

    public void Save(StateWriter writer)
    {
        writer.Write(_levels);
        writer.Write(_errors);
        writer.Write(_count);
        writer.Write(_best);
    }

    public void Load(ref StateReader reader)
    {
        reader.ReadInto<double>(_levels);
        reader.ReadInto<double>(_errors);
        _count = reader.ReadInt64();
        _best = reader.ReadInt32();
    }
}
