using System.Runtime.CompilerServices;

namespace Nunchi.Core.Numerics;

// Logarithms: log, log1p, log2, log10.
// Ports of FreeBSD msun src/e_log.c, s_log1p.c, e_log2.c, e_log10.c and k_log.h (Sun fdlibm 5.3, "Copyright (C)
// 1993 by Sun Microsystems, Inc. ... Permission to use, copy, modify, and distribute this software is freely
// granted, provided that this notice is preserved."; log2/log10 extra-precision combination by Bruce D. Evans).
internal static partial class DeterministicMath
{
    // Remez polynomial for R(s) ≈ (log(1+f) − 2s)/s = Lg1 s² + ... + Lg7 s^14, s = f/(2 + f), |s| ≤ 0.1716,
    // error ≤ 2^-58.45; e_log.c step 2, k_log.h.
    private const double Lg1 = 6.666666666666735130e-01; // 0x3FE55555 55555593
    private const double Lg2 = 3.999999999940941908e-01; // 0x3FD99999 9997FA04
    private const double Lg3 = 2.857142874366239149e-01; // 0x3FD24924 94229359
    private const double Lg4 = 2.222219843214978396e-01; // 0x3FCC71C5 1D8E78AF
    private const double Lg5 = 1.818357216161805012e-01; // 0x3FC74664 96CB03DE
    private const double Lg6 = 1.531383769920937332e-01; // 0x3FC39A09 D078C69F
    private const double Lg7 = 1.479819860511658591e-01; // 0x3FC2F112 DF3E5244

    // 1/ln2 and 1/ln10 split into a 33-bit head and a tail; log10(2) split likewise; e_log2.c, e_log10.c.
    private const double InvLn2Hi = 1.44269504072144627571e+00; // 0x3FF71547 65200000
    private const double InvLn2Lo = 1.67517131648865118353e-10; // 0x3DE705FC 2EEFA200
    private const double InvLn10Hi = 4.34294481878168880939e-01; // 0x3FDBCB7B 15200000
    private const double InvLn10Lo = 2.50829467116452752298e-11; // 0x3DBB9438 CA9AADD5
    private const double Log10Of2Hi = 3.01029995663611771306e-01; // 0x3FD34413 509F6000
    private const double Log10Of2Lo = 3.69423907715893078616e-13; // 0x3D59FEF3 11F12B36

    /// <summary>The natural logarithm of <paramref name="x"/>, within 1 ulp, identical on every platform.</summary>
    /// <remarks>Log(NaN) = NaN, Log(x &lt; 0) = NaN, Log(±0) = −∞, Log(+∞) = +∞, Log(1) = +0; subnormals are exact inputs.</remarks>
    public static double Log(double x)
    {
        int hx = HighWord(x);
        uint lx = LowWord(x);

        // 0. Zero, negative, subnormal and non-finite arguments.
        int k = 0;
        if (hx < 0x00100000)
        {
            // x < 2^-1022
            if (((uint)(hx & 0x7fffffff) | lx) == 0)
                return double.NegativeInfinity; // log(±0) = −∞
            if (hx < 0)
                return double.NaN; // log(negative) = NaN
            k -= 54;
            x *= TwoPow54; // subnormal: scale up so the exponent can be read
            hx = HighWord(x);
        }

        if (hx >= 0x7ff00000)
            return x; // +∞ or NaN

        // 1. Reduction: x = 2^k (1 + f) with √2/2 < 1 + f < √2; bit 0x100000 of (hx + 0x95f64) says whether the
        //    fraction is above √2, in which case 1 + f is normalised to x/2 and k grows by one.
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double f = x - 1.0;
        double dk;

        if ((0x000fffff & (2 + hx)) < 3)
        {
            // −2^-20 ≤ f < 2^-20: two terms of the Taylor series suffice
            if (f == 0.0)
            {
                if (k == 0)
                    return 0.0;
                dk = k;
                return (dk * Ln2Hi) + (dk * Ln2Lo);
            }

            double rr = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
                return f - rr;
            dk = k;
            return (dk * Ln2Hi) - ((rr - (dk * Ln2Lo)) - f);
        }

        // 2. log(1+f) = 2s + s·R(s), s = f/(2 + f), with the even polynomial split in two halves for speed.
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        int ia = hx - 0x6147a;
        double w = z * z;
        int ib = 0x6b851 - hx;
        double t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        double t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        ia |= ib;
        double r = t2 + t1;

        // 3. log(x) = k ln2 + log(1+f); the hfsq = f²/2 form is used when f is large (|f| > ~0.1) for accuracy.
        if (ia > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0)
                return f - (hfsq - (s * (hfsq + r)));
            return (dk * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * Ln2Lo))) - f);
        }

        if (k == 0)
            return f - (s * (f - r));
        return (dk * Ln2Hi) - (((s * (f - r)) - (dk * Ln2Lo)) - f);
    }

    /// <summary>log(1 + <paramref name="x"/>), accurate (within 1 ulp) also when x is near 0, identical on every platform.</summary>
    /// <remarks>Log1p(NaN) = NaN, Log1p(x &lt; −1) = NaN, Log1p(−1) = −∞, Log1p(+∞) = +∞, Log1p(±0) = ±0.</remarks>
    public static double Log1p(double x)
    {
        int hx = HighWord(x);
        int ax = hx & 0x7fffffff;

        // 0. Arguments where 1 + x < √2: k = 0 and f = x exactly, or special.
        int k = 1;
        double f = 0.0, c = 0.0;
        int hu = 0;
        if (hx < 0x3FDA827A)
        {
            // 1 + x < √2 (or x negative)
            if (ax >= 0x3ff00000)
            {
                // x ≤ −1
                if (x == -1.0)
                    return double.NegativeInfinity;
                return double.NaN; // x < −1, −∞, or a NaN with the sign bit set
            }

            if (ax < 0x3e200000)
            {
                // |x| < 2^-29
                if (ax < 0x3c900000)
                    return x; // |x| < 2^-54: log1p(x) rounds to x
                return x - (x * x * 0.5);
            }

            if (hx > 0 || hx <= unchecked((int)0xbfd2bec4))
            {
                // √2/2 − ≤ 1 + x < √2 +
                k = 0;
                f = x;
                hu = 1;
            }
        }

        if (hx >= 0x7ff00000)
            return x; // +∞ or NaN

        // 1. Reduction: 1 + x = 2^k (1 + f); u = 1 + x rounded and c = ((1 + x) − u)/u corrects the rounding.
        if (k != 0)
        {
            double u;
            if (hx < 0x43400000)
            {
                u = 1.0 + x;
                hu = HighWord(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            }
            else
            {
                // x ≥ 2^53: 1 + x = x exactly in the sense needed
                u = x;
                hu = HighWord(u);
                k = (hu >> 20) - 1023;
                c = 0.0;
            }

            hu &= 0x000fffff;
            // The √2 threshold here is stricter than the ones above so that k == 0 is never reached from here
            // (this path commits to the correction term, which the k == 0 returns below do not add).
            if (hu < 0x6a09e)
            {
                u = WithHighWord(u, hu | 0x3ff00000); // normalise u
            }
            else
            {
                k += 1;
                u = WithHighWord(u, hu | 0x3fe00000); // normalise u/2
                hu = (0x00100000 - hu) >> 2;
            }

            f = u - 1.0;
        }

        double hfsq = 0.5 * f * f;
        if (hu == 0)
        {
            // |f| < 2^-20
            if (f == 0.0)
            {
                if (k == 0)
                    return 0.0;
                c += k * Ln2Lo;
                return (k * Ln2Hi) + c;
            }

            double rr = hfsq * (1.0 - (0.66666666666666666 * f));
            if (k == 0)
                return f - rr;
            return (k * Ln2Hi) - ((rr - ((k * Ln2Lo) + c)) - f);
        }

        // 2. log(1+f) = f − (hfsq − s (hfsq + R)), s = f/(2 + f).
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (Lg1 + (z * (Lg2 + (z * (Lg3 + (z * (Lg4 + (z * (Lg5 + (z * (Lg6 + (z * Lg7))))))))))));
        if (k == 0)
            return f - (hfsq - (s * (hfsq + r)));
        return (k * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + ((k * Ln2Lo) + c))) - f);
    }

    /// <summary>The base-2 logarithm of <paramref name="x"/>, identical on every platform; exact for powers of two.</summary>
    /// <remarks>Special values as <see cref="Log"/>. Error below 1 ulp (e_log2.c combines the terms in extra precision).</remarks>
    public static double Log2(double x)
    {
        if (!TryReduceForLog(ref x, out int k, out double special))
            return special;

        // log2(x) = (f − f²/2 + k_log1p(f))/ln2 + k; f − f²/2 is split into hi + lo (hi has 21 bits) so that the
        // products with the 33-bit InvLn2Hi are exact, and k is added with Dekker's two-sum (near √2 and √2/2 the
        // sum cancels heavily).
        double y = k;
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double r = LogKernel(f);
        double hi = ClearLowWord(f - hfsq);
        double lo = (f - hi) - hfsq + r;
        double valHi = hi * InvLn2Hi;
        double valLo = ((lo + hi) * InvLn2Lo) + (lo * InvLn2Hi);

        double w = y + valHi;
        valLo += (y - w) + valHi;
        valHi = w;
        return valLo + valHi;
    }

    /// <summary>The base-10 logarithm of <paramref name="x"/>, identical on every platform.</summary>
    /// <remarks>Special values as <see cref="Log"/>. Error below 1 ulp (e_log10.c combines the terms in extra precision).</remarks>
    public static double Log10(double x)
    {
        if (!TryReduceForLog(ref x, out int k, out double special))
            return special;

        // log10(x) = (f − f²/2 + k_log1p(f))/ln10 + k log10(2), combined as in Log2.
        double y = k;
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double r = LogKernel(f);
        double hi = ClearLowWord(f - hfsq);
        double lo = (f - hi) - hfsq + r;
        double valHi = hi * InvLn10Hi;
        double y2 = y * Log10Of2Hi;
        double valLo = (y * Log10Of2Lo) + ((lo + hi) * InvLn10Lo) + (lo * InvLn10Hi);

        double w = y2 + valHi;
        valLo += (y2 - w) + valHi;
        valHi = w;
        return valLo + valHi;
    }

    /// <summary>
    /// Shared first step of Log2 and Log10: handles zero, negative, NaN and infinite arguments (returning false with
    /// the result in <paramref name="special"/>), otherwise rewrites x as 2^k·x' with √2/2 &lt; x' &lt; √2.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReduceForLog(ref double x, out int k, out double special)
    {
        int hx = HighWord(x);
        k = 0;
        special = 0.0;
        if (hx < 0x00100000)
        {
            if (((uint)(hx & 0x7fffffff) | LowWord(x)) == 0)
            {
                special = double.NegativeInfinity;
                return false;
            }

            if (hx < 0)
            {
                special = double.NaN;
                return false;
            }

            k -= 54;
            x *= TwoPow54;
            hx = HighWord(x);
        }

        if (hx >= 0x7ff00000)
        {
            special = x;
            return false;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        return true;
    }

    /// <summary>k_log1p of k_log.h: log(1 + f) − f + f²/2 for √2/2 &lt; 1 + f &lt; √2, i.e. s·(f²/2 + R(s)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogKernel(double f)
    {
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        double t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        double r = t2 + t1;
        double hfsq = 0.5 * f * f;
        return s * (hfsq + r);
    }
}
