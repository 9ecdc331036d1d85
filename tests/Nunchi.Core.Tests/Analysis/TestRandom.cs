using System.Numerics;
using Nunchi.Core.Numerics;

namespace Nunchi.Core.Tests.Analysis;

/// <summary>
/// A seeded xoshiro256** source for synthetic test series, written here so that test data never changes with the
/// runtime version (System.Random's algorithm is not part of its contract).
/// </summary>
internal sealed class TestRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spare;
    private bool _hasSpare;

    public TestRandom(long seed)
    {
        var state = unchecked((ulong)seed);
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

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

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count) => (int)((NextUInt64() >> 11) % (ulong)count);

    /// <summary>Uniform integer in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int NextInt(int min, int max) => min + NextInt(max - min);

    /// <summary>Standard normal by Marsaglia's polar method, with the platform-independent logarithm.</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * DeterministicMath.Log(s) / s);
        _spare = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    private static ulong SplitMix(ref ulong state)
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        var z = state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
