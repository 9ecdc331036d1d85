using System.Globalization;
using Nunchi.Core.Numerics;

namespace Nunchi.Core.Tests.Numerics;

/// <summary>
/// The cross-platform promise itself: fixed inputs must give the recorded result bits on every OS, CPU and runtime.
/// The hashes were recorded on Linux x64 (.NET 10); a failure on another machine means a result differs there.
/// </summary>
public sealed class DeterministicMathGoldenTests
{
    private const int Count = 4096;

    [Theory]
    [InlineData("Exp", "D18831751D6E04D4")]
    [InlineData("Expm1", "1D3C5273AB0C3BF4")]
    [InlineData("Log", "BFEDCA90C3903D03")]
    [InlineData("Log1p", "FD2A344E9593A46A")]
    [InlineData("Log2", "2776E79679FD7134")]
    [InlineData("Log10", "2D234E906B4CB070")]
    [InlineData("Pow", "0F1218790EF1E3EB")]
    [InlineData("Tanh", "4E9855286C0FD3EE")]
    [InlineData("Logistic", "3DE95BB7FBD50990")]
    [InlineData("NormalSf", "38ED3B1C80DEBFCE")]
    [InlineData("NormalQuantile", "7A9F1D804DFC1A47")]
    public void Function_FixedInputs_ProduceRecordedBits(string function, string expectedHash)
    {
        // Arrange: inputs from SplitMix64 (fully specified, unlike System.Random's algorithm) and basic arithmetic.
        ulong state = 0x9E3779B97F4A7C15UL ^ (ulong)function.Length;
        ulong hash = 0xCBF29CE484222325UL; // FNV-1a offset basis

        // Act
        for (int i = 0; i < Count; i++)
        {
            double u = (NextRandom(ref state) >> 11) * (1.0 / (1UL << 53)); // uniform in [0, 1)
            double bitsPositive = BitConverter.Int64BitsToDouble((long)(NextRandom(ref state) % 0x7FF0000000000000UL));
            double result = function switch
            {
                "Exp" => DeterministicMath.Exp(-745.2 + (u * 1455.0)),
                "Expm1" => DeterministicMath.Expm1(-40.0 + (u * 750.0)),
                "Log" => DeterministicMath.Log(bitsPositive),
                "Log1p" => DeterministicMath.Log1p(-1.0 + (u * 4.0)),
                "Log2" => DeterministicMath.Log2(bitsPositive),
                "Log10" => DeterministicMath.Log10(bitsPositive),
                "Pow" => DeterministicMath.Pow(u * 4.0, -300.0 + (((NextRandom(ref state) >> 11) * (1.0 / (1UL << 53))) * 600.0)),
                "Tanh" => DeterministicMath.Tanh(-25.0 + (u * 50.0)),
                "Logistic" => DeterministicMath.Logistic(-750.0 + (u * 800.0)),
                "NormalSf" => DeterministicMath.NormalSf(-10.0 + (u * 50.0)),
                _ => DeterministicMath.NormalQuantile(u),
            };

            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(result);
            for (int b = 0; b < 8; b++)
            {
                hash ^= (bits >> (8 * b)) & 0xFF;
                hash *= 0x100000001B3UL; // FNV-1a prime
            }
        }

        // Assert
        hash.ToString("X16", CultureInfo.InvariantCulture).ShouldBe(expectedHash);
    }

    private static ulong NextRandom(ref ulong state)
    {
        // SplitMix64 (Steele, Lea and Flood 2014).
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
