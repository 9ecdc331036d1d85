using Nunchi.Core.Numerics;
using System.Numerics;

namespace Nunchi.Core.Scenarios;

/// <summary>
/// A seeded pseudo-random source: xoshiro256** (Blackman and Vigna, 2018) seeded through SplitMix64.
/// </summary>
/// <remarks>
/// Written here rather than <see cref="Random"/> so that generated data never changes with the runtime version.
/// One instance per independent stream (a machine, the planner), so that one stream's draws never shift another's.
/// </remarks>
internal sealed class ScenarioRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareGaussian;
    private bool _hasSpare;

    public ScenarioRandom(long seed, long stream)
    {
        var state = Mix(unchecked((ulong)seed * Golden)) ^ Mix(unchecked((ulong)stream + Golden));
        _s0 = Next(ref state);
        _s1 = Next(ref state);
        _s2 = Next(ref state);
        _s3 = Next(ref state);

        static ulong Next(ref ulong state)
        {
            state = unchecked(state + Golden);
            return Mix(state);
        }
    }

    /// <summary>A stateless hash of three numbers (SplitMix64 finaliser): the same inputs give the same bits.</summary>
    public static ulong Hash(long a, long b, long c) =>
        Mix(unchecked(Mix(Mix(unchecked((ulong)a + Golden)) ^ (ulong)b) + (ulong)c));

    public ulong NextUInt64()
    {
        var result = unchecked(BitOperations.RotateLeft(_s1 * 5, 7) * 9);
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count) => (int)((NextUInt64() >> 11) % (ulong)count);

    /// <summary>Standard normal (Marsaglia's polar method; the second value of each pair is kept for the next call).</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareGaussian;
        }

        double u, v, s;
        do
        {
            u = (2.0 * NextDouble()) - 1.0;
            v = (2.0 * NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        var factor = Math.Sqrt(-2.0 * DeterministicMath.Log(s) / s);
        _spareGaussian = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>A Poisson count with the given mean: exact (Knuth) up to 30, rounded normal approximation above.</summary>
    public long NextPoisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (long)Math.Round(mean + (Math.Sqrt(mean) * NextGaussian()), MidpointRounding.AwayFromZero));
        }

        var limit = DeterministicMath.Exp(-mean);
        var product = NextDouble();
        long count = 0;
        while (product > limit)
        {
            count++;
            product *= NextDouble();
        }

        return count;
    }

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
