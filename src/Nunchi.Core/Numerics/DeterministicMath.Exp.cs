namespace Nunchi.Core.Numerics;

// Exponentials: exp, expm1 and the functions built on them (tanh, logistic).
// Ports of FreeBSD msun src/e_exp.c, s_expm1.c and s_tanh.c (Sun fdlibm 5.3, "Copyright (C) 1993/2004 by Sun
// Microsystems, Inc. ... Permission to use, copy, modify, and distribute this software is freely granted, provided
// that this notice is preserved."). Control flow and constants follow the C sources; the comments restate the math.
internal static partial class DeterministicMath
{
    // exp(x) overflows above OverflowThreshold = ln(DBL_MAX) and is below half the smallest subnormal under
    // UnderflowThreshold; e_exp.c.
    private const double OverflowThreshold = 7.09782712893383973096e+02; // 0x40862E42 FEFA39EF
    private const double UnderflowThreshold = -7.45133219101941108420e+02; // 0xC0874910 D52D3051

    // Remez polynomial for R(z) ≈ r(e^r + 1)/(e^r − 1) = 2 + P1 z + ... + P5 z^5, z = r², |r| ≤ ln2/2,
    // error ≤ 2^-59; e_exp.c step 2 (also used by Pow).
    private const double P1 = 1.66666666666666019037e-01; // 0x3FC55555 5555553E
    private const double P2 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
    private const double P3 = 6.61375632143793436117e-05; // 0x3F11566A AF25DE2C
    private const double P4 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
    private const double P5 = 4.13813679705723846039e-08; // 0x3E663769 72BEA4D0

    // Remez polynomial for R1(2z) ≈ 6/r((e^r + 1)/(e^r − 1) − 2/r), z = r²/2, scaled Qn = 2^n Qn'; s_expm1.c.
    private const double Q1 = -3.33333333333331316428e-02; // 0xBFA11111 111110F4
    private const double Q2 = 1.58730158725481460165e-03; // 0x3F5A01A0 19FE5585
    private const double Q3 = -7.93650757867487942473e-05; // 0xBF14CE19 9EAADBB7
    private const double Q4 = 4.00821782732936239552e-06; // 0x3ED0CFCA 86E65239
    private const double Q5 = -2.01099218183624371326e-07; // 0xBE8AFDB7 6E09C32D

    /// <summary>e raised to <paramref name="x"/>, within 1 ulp, identical on every platform.</summary>
    /// <remarks>
    /// Exp(NaN) = NaN, Exp(+∞) = +∞, Exp(−∞) = +0, Exp(±0) = 1; +∞ above 709.782712893384, +0 below −745.133219101941,
    /// subnormal results in between.
    /// </remarks>
    public static double Exp(double x)
    {
        int hx = HighWord(x);
        int xsb = (hx >>> 31) & 1;
        hx &= 0x7fffffff;

        // 0. Non-finite and out-of-range arguments (|x| ≥ 709.78).
        if (hx >= 0x40862E42)
        {
            if (hx >= 0x7ff00000)
            {
                if (((uint)(hx & 0xfffff) | LowWord(x)) != 0)
                    return x; // NaN
                return xsb == 0 ? x : 0.0; // exp(+∞) = +∞, exp(−∞) = +0
            }

            if (x > OverflowThreshold)
                return double.PositiveInfinity;
            if (x < UnderflowThreshold)
                return 0.0;
        }

        // 1. Argument reduction: x = k ln2 + r, |r| ≤ ln2/2, with r held as hi − lo.
        double hi = 0.0, lo = 0.0;
        int k = 0;
        if (hx > 0x3fd62e42)
        {
            // |x| > ln2/2
            if (hx < 0x3FF0A2B2)
            {
                // and |x| < 1.5 ln2: k = ±1
                if (xsb == 0)
                {
                    hi = x - Ln2Hi;
                    lo = Ln2Lo;
                    k = 1;
                }
                else
                {
                    hi = x + Ln2Hi;
                    lo = -Ln2Lo;
                    k = -1;
                }
            }
            else
            {
                k = (int)((InvLn2 * x) + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - (t * Ln2Hi); // exact: t*Ln2Hi has at most 43 significant bits
                lo = t * Ln2Lo;
            }

            x = hi - lo;
        }
        else if (hx < 0x3e300000)
        {
            // |x| < 2^-28: exp(x) rounds to 1 + x
            return 1.0 + x;
        }

        // 2. exp(r) = 1 + r + r·c/(2 − c) with c = r − (P1 r² + ... + P5 r^10).
        double z = x * x;
        double c = x - (z * (P1 + (z * (P2 + (z * (P3 + (z * (P4 + (z * P5)))))))));
        if (k == 0)
            return 1.0 - (((x * c) / (c - 2.0)) - x);
        double y = 1.0 - ((lo - ((x * c) / (2.0 - c))) - hi);

        // 3. Scale by 2^k; y·2^(k+1000) is exact, so results in the subnormal range are rounded only once.
        if (k >= -1021)
        {
            if (k == 1024)
                return y * 2.0 * TwoPow1023;
            return y * TwoPow(k);
        }

        return y * TwoPow(k + 1000) * TwoPowMinus1000;
    }

    /// <summary>e^<paramref name="x"/> − 1, accurate (within 1 ulp) also when x is near 0, identical on every platform.</summary>
    /// <remarks>Expm1(NaN) = NaN, Expm1(+∞) = +∞, Expm1(−∞) = −1, Expm1(±0) = ±0; +∞ above 709.782712893384.</remarks>
    public static double Expm1(double x)
    {
        int hx = HighWord(x);
        bool negative = hx < 0;
        hx &= 0x7fffffff;

        // 0. Huge and non-finite arguments (|x| ≥ 56 ln2).
        if (hx >= 0x4043687A)
        {
            if (hx >= 0x40862E42)
            {
                if (hx >= 0x7ff00000)
                {
                    if (((uint)(hx & 0xfffff) | LowWord(x)) != 0)
                        return x; // NaN
                    return negative ? -1.0 : x; // expm1(±∞) = {−1, +∞}
                }

                if (x > OverflowThreshold)
                    return double.PositiveInfinity;
            }

            if (negative)
                return -1.0; // x < −56 ln2: e^x is below half an ulp of 1
        }

        // 1. Argument reduction: x = k ln2 + r, |r| ≤ ln2/2; c corrects the rounding of r = hi − lo.
        double hi, lo, c = 0.0;
        int k;
        if (hx > 0x3fd62e42)
        {
            // |x| > ln2/2
            if (hx < 0x3FF0A2B2)
            {
                // and |x| < 1.5 ln2
                if (!negative)
                {
                    hi = x - Ln2Hi;
                    lo = Ln2Lo;
                    k = 1;
                }
                else
                {
                    hi = x + Ln2Hi;
                    lo = -Ln2Lo;
                    k = -1;
                }
            }
            else
            {
                k = (int)((InvLn2 * x) + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - (t * Ln2Hi); // exact
                lo = t * Ln2Lo;
            }

            x = hi - lo;
            c = (hi - x) - lo;
        }
        else if (hx < 0x3c900000)
        {
            // |x| < 2^-54: expm1(x) rounds to x (keeps the sign of zero)
            return x;
        }
        else
        {
            k = 0;
        }

        // 2. expm1(r) = r − E with E from the rational form of s_expm1.c step 2:
        //    E = hxs·((R1 − t)/(6 − r t)), t = 3 − R1·r/2, hxs = r²/2.
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + (hxs * (Q1 + (hxs * (Q2 + (hxs * (Q3 + (hxs * (Q4 + (hxs * Q5)))))))));
        double tt = 3.0 - (r1 * hfx);
        double e = hxs * ((r1 - tt) / (6.0 - (x * tt)));
        if (k == 0)
            return x - ((x * e) - hxs); // c is 0

        // 3. Scale back: expm1(x) = 2^k (expm1(r) + 1) − 1, arranged per k to avoid cancellation (step 4(B)).
        e = (x * (e - c)) - c;
        e -= hxs;
        if (k == -1)
            return (0.5 * (x - e)) - 0.5;
        if (k == 1)
        {
            if (x < -0.25)
                return -2.0 * (e - (x + 0.5));
            return 1.0 + (2.0 * (x - e));
        }

        double y;
        if (k <= -2 || k > 56)
        {
            // exp(x) − 1 is accurate enough here: either the −1 dominates or it is below an ulp
            y = 1.0 - (e - x);
            y = k == 1024 ? y * 2.0 * TwoPow1023 : y * TwoPow(k);
            return y - 1.0;
        }

        if (k < 20)
        {
            double oneMinusTwoPowMinusK = FromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 − 2^-k, exact
            y = oneMinusTwoPowMinusK - (e - x);
            return y * TwoPow(k);
        }

        y = x - (e + TwoPow(-k));
        y += 1.0;
        return y * TwoPow(k);
    }

    /// <summary>The hyperbolic tangent of <paramref name="x"/>, identical on every platform.</summary>
    /// <remarks>
    /// Tanh(NaN) = NaN, Tanh(±∞) = ±1, Tanh(±0) = ±0. Port of s_tanh.c: tanh(x) = −t/(t + 2) with t = expm1(−2|x|)
    /// for |x| &lt; 1, 1 − 2/(t + 2) with t = expm1(2|x|) for 1 ≤ |x| &lt; 22, and ±1 beyond; error below 2 ulp.
    /// </remarks>
    public static double Tanh(double x)
    {
        int jx = HighWord(x);
        int ix = jx & 0x7fffffff;

        if (ix >= 0x7ff00000)
        {
            if (double.IsNaN(x))
                return x;
            return jx >= 0 ? 1.0 : -1.0;
        }

        double z;
        if (ix < 0x40360000)
        {
            // |x| < 22
            if (ix < 0x3e300000)
                return x; // |x| < 2^-28: tanh(x) rounds to x
            if (ix >= 0x3ff00000)
            {
                double t = Expm1(2.0 * Math.Abs(x));
                z = 1.0 - (2.0 / (t + 2.0));
            }
            else
            {
                double t = Expm1(-2.0 * Math.Abs(x));
                z = -t / (t + 2.0);
            }
        }
        else
        {
            z = 1.0; // |x| ≥ 22: 1 − tanh(|x|) < 2^-63
        }

        return jx >= 0 ? z : -z;
    }

    /// <summary>The logistic sigmoid 1/(1 + e^(−x)), in [0, 1], identical on every platform.</summary>
    /// <remarks>
    /// Logistic(NaN) = NaN, Logistic(+∞) = 1, Logistic(−∞) = +0, Logistic(0) = 0.5; relative error below 3 ulp.
    /// For x ≥ 0 it is 1/(1 + e^(−x)); for x &lt; 0 the equal form e^x/(1 + e^x) keeps e^x from overflowing and keeps
    /// full relative precision down to the subnormal range.
    /// </remarks>
    public static double Logistic(double x)
    {
        if (x >= 0.0)
            return 1.0 / (1.0 + Exp(-x));
        double e = Exp(x); // NaN falls through here and stays NaN
        return e / (1.0 + e);
    }
}
