using System.Runtime.CompilerServices;

namespace Nunchi.Core.Numerics;

/// <summary>
/// Elementary and normal-distribution functions that return the same bits on every machine.
/// </summary>
/// <remarks>
/// <para>
/// <c>Math.Exp</c>, <c>Math.Log</c>, <c>Math.Pow</c> and friends
/// call the platform C runtime (glibc, the Windows CRT, Apple's libm), whose last bits differ between platforms and
/// versions. Nunchi promises that the same points in the same order give the same findings bit for bit on any
/// machine, so Core uses these functions instead wherever a transcendental result feeds a decision.
/// </para>
/// <para>
/// Every function here is built from IEEE-754 basic operations (+, −, ×, ÷ and square root, which are correctly
/// rounded on every .NET platform) and integer manipulation of the bit pattern; never a fused multiply-add (RyuJIT
/// does not contract <c>a*b+c</c>, and nothing here calls <c>Math.FusedMultiplyAdd</c> or vector APIs), never
/// a CRT call. The elementary functions are ports of the FreeBSD msun (originally Sun fdlibm) algorithms, whose
/// error analysis bounds them below 1 ulp; the normal tail uses fdlibm's erfc rational approximations evaluated on
/// the normal variable directly, and the quantile is Wichura's AS 241.
/// </para>
/// <para>
/// The ports are faithful: on 300 000 arguments each, Exp, Expm1, Log, Log1p and Pow returned the same bits as
/// Java's StrictMath (fdlibm 5.3) except where C99 and Java disagree (1^±∞ and (−1)^±∞ are 1 here, NaN in Java).
/// Log2 and Log10 are FreeBSD's more accurate extra-precision versions, not fdlibm 5.3's.
/// </para>
/// <para>All members are pure and thread-safe; none allocates.</para>
/// </remarks>
internal static partial class DeterministicMath
{
    // ln2 split so that k*Ln2Hi is exact for |k| < 2000 (Ln2Hi has 32 significant bits); fdlibm e_exp.c, e_log.c.
    private const double Ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42 FEE00000
    private const double Ln2Lo = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
    private const double InvLn2 = 1.44269504088896338700e+00; // 0x3FF71547 652B82FE

    // 2^54: scales a subnormal argument into the normal range before its exponent is read.
    private const double TwoPow54 = 1.80143985094819840000e+16; // 0x43500000 00000000

    // 2^1023 and 2^-1000: scale factors for results at the edges of the exponent range.
    private const double TwoPow1023 = 8.98846567431158e+307; // 0x7FE00000 00000000
    private const double TwoPowMinus1000 = 9.33263618503218878990e-302; // 0x01700000 00000000

    /// <summary>The high 32 bits of <paramref name="x"/>: sign, exponent and the top 20 bits of the fraction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HighWord(double x) => (int)(BitConverter.DoubleToInt64Bits(x) >> 32);

    /// <summary>The low 32 bits of the fraction of <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LowWord(double x) => (uint)BitConverter.DoubleToInt64Bits(x);

    /// <summary>The double whose high and low 32-bit words are given (fdlibm's INSERT_WORDS).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double FromWords(int high, uint low) => BitConverter.Int64BitsToDouble(((long)high << 32) | low);

    /// <summary><paramref name="x"/> with its low 32 bits cleared (fdlibm's SET_LOW_WORD(x, 0)).</summary>
    /// <remarks>The result has at most 21 significant bits, so products of two such values are exact.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ClearLowWord(double x) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & unchecked((long)0xFFFFFFFF00000000UL));

    /// <summary><paramref name="x"/> with its high word replaced (fdlibm's SET_HIGH_WORD).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double WithHighWord(double x, int high) => FromWords(high, LowWord(x));

    /// <summary>2^<paramref name="k"/> for -1022 ≤ k ≤ 1023, built from its exponent bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double TwoPow(int k) => FromWords((0x3ff + k) << 20, 0);
}
