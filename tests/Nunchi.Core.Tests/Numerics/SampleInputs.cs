namespace Nunchi.Core.Tests.Numerics;

/// <summary>Deterministic random test inputs built from bits and basic arithmetic only (no platform libm).</summary>
internal static class SampleInputs
{
    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static double Uniform(Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    /// <summary>
    /// A positive double whose magnitude is log-uniform between <paramref name="low"/> and <paramref name="high"/>:
    /// a uniformly drawn bit pattern between theirs (subnormals included when <paramref name="low"/> is one).
    /// </summary>
    public static double LogUniform(Random random, double low, double high)
    {
        long lowBits = BitConverter.DoubleToInt64Bits(low);
        long highBits = BitConverter.DoubleToInt64Bits(high);
        return BitConverter.Int64BitsToDouble(random.NextInt64(lowBits, highBits));
    }

    /// <summary>±<see cref="LogUniform"/> with a random sign.</summary>
    public static double SignedLogUniform(Random random, double low, double high) =>
        random.Next(2) == 0 ? LogUniform(random, low, high) : -LogUniform(random, low, high);
}
