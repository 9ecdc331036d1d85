namespace Nunchi.Core.Numerics;

// Power: pow(x, y). Port of FreeBSD msun src/e_pow.c (Sun fdlibm 5.3, "Copyright (C) 2004 by Sun Microsystems,
// Inc. ... Permission to use, copy, modify, and distribute this software is freely granted, provided that this
// notice is preserved.").
//
// Method (e_pow.c): with x = 2^n (1 + f),
//   1. compute log2(x) = t1 + t2 in extra precision, t1 having 53 − 24 = 29 trailing zero bits;
//   2. form y·log2(x) = n' + y' exactly enough by splitting y into y1 (21 bits) + y2, |y'| ≤ 0.5;
//   3. return 2^n' · exp(y' ln2), the exp kernel being the one of e_exp.c.
internal static partial class DeterministicMath
{
    // Polynomial for (3/2)(log(x) − 2s − (2/3)s³), s = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5).
    private const double L1 = 5.99999999999994648725e-01; // 0x3FE33333 33333303
    private const double L2 = 4.28571428578550184252e-01; // 0x3FDB6DB6 DB6FABFF
    private const double L3 = 3.33333329818377432918e-01; // 0x3FD55555 518F264D
    private const double L4 = 2.72728123808534006489e-01; // 0x3FD17460 A91D4101
    private const double L5 = 2.30660745775561754067e-01; // 0x3FCD864A 93C9DB65
    private const double L6 = 2.06975017800338417784e-01; // 0x3FCA7E28 4A454EEF

    // log2(1.5) split into a 24-bit head and a tail (the reduction point for x ≥ √(3/2)).
    private const double DpH = 5.84962487220764160156e-01; // 0x3FE2B803 40000000
    private const double DpL = 1.35003920212974897128e-08; // 0x3E4CFDEB 43CFD006

    private const double Ln2 = 6.93147180559945286227e-01; // 0x3FE62E42 FEFA39EF
    private const double Ln2H = 6.93147182464599609375e-01; // 0x3FE62E43 00000000
    private const double Ln2L = -1.90465429995776804525e-09; // 0xBE205C61 0CA86C39
    private const double Ovt = 8.0085662595372944372e-17; // −(1024 − log2(DBL_MAX + ulp/2))

    // 2/(3 ln2) and its 24-bit head and tail; 1/ln2 with a 24-bit head and tail.
    private const double Cp = 9.61796693925975554329e-01; // 0x3FEEC709 DC3A03FD
    private const double CpH = 9.61796700954437255859e-01; // 0x3FEEC709 E0000000
    private const double CpL = -7.02846165095275826516e-09; // 0xBE3E2FE0 145B01F5
    private const double InvLn2H24 = 1.44269502162933349609e+00; // 0x3FF71547 60000000
    private const double InvLn2L24 = 1.92596299112661746887e-08; // 0x3E54AE0B F85DDF44
    private const double TwoPow53 = 9007199254740992.0; // 0x43400000 00000000
    private const double OneThird = 3.3333333333333331e-01; // 0x3FD55555 55555555

    /// <summary><paramref name="x"/> raised to <paramref name="y"/>, identical on every platform.</summary>
    /// <remarks>
    /// Error below 1 ulp in practice (e_pow.c: "nearly rounded"; exact for integer powers of integers that fit).
    /// Special cases follow C99 Annex F (as <c>Math.Pow</c> does on .NET Core 3.0 and later):
    /// Pow(x, ±0) = 1 for any x, even NaN; Pow(1, y) = 1 for any y, even NaN; otherwise NaN in gives NaN;
    /// Pow(−1, ±∞) = 1; Pow(x, +∞) = +∞ for |x| &gt; 1 and +0 for |x| &lt; 1, reversed for −∞;
    /// Pow(±0, y &lt; 0) = ±∞ (the sign kept only for odd integer y); Pow(±0, y &gt; 0) = ±0 likewise;
    /// Pow(−∞, y) = Pow(−0, −y); Pow(x &lt; 0, non-integer y) = NaN; overflow gives ±∞ and underflow ±0.
    /// </remarks>
    public static double Pow(double x, double y)
    {
        int hx = HighWord(x);
        uint lx = LowWord(x);
        int hy = HighWord(y);
        uint ly = LowWord(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        // 0. Special cases, in the order of e_pow.c.
        if (((uint)iy | ly) == 0)
            return 1.0; // x^±0 = 1, even for NaN x
        if (hx == 0x3ff00000 && lx == 0)
            return 1.0; // 1^y = 1, even for NaN y
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0))
            return double.NaN;

        // When x < 0: yIsInt = 0 if y is not an integer, 1 if an odd integer, 2 if an even integer.
        int yIsInt = 0;
        if (hx < 0)
        {
            if (iy >= 0x43400000)
            {
                yIsInt = 2; // |y| ≥ 2^53: even
            }
            else if (iy >= 0x3ff00000)
            {
                int e = (iy >> 20) - 0x3ff;
                if (e > 20)
                {
                    uint j = ly >> (52 - e);
                    if ((j << (52 - e)) == ly)
                        yIsInt = 2 - (int)(j & 1);
                }
                else if (ly == 0)
                {
                    int j = iy >> (20 - e);
                    if ((j << (20 - e)) == iy)
                        yIsInt = 2 - (j & 1);
                }
            }
        }

        if (ly == 0)
        {
            if (iy == 0x7ff00000)
            {
                // y = ±∞
                if (ix == 0x3ff00000 && lx == 0)
                    return 1.0; // (−1)^±∞ = 1
                if (ix >= 0x3ff00000)
                    return hy >= 0 ? y : 0.0; // |x| > 1
                return hy < 0 ? -y : 0.0; // |x| < 1
            }

            if (iy == 0x3ff00000)
                return hy < 0 ? 1.0 / x : x; // y = ±1
            if (hy == 0x40000000)
                return x * x; // y = 2
            if (hy == 0x3fe00000 && hx >= 0)
                return Math.Sqrt(x); // y = 0.5, x ≥ +0: IEEE square root is correctly rounded everywhere
        }

        double ax = Math.Abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000))
        {
            // x = ±0, ±∞, ±1
            double zz = hy < 0 ? 1.0 / ax : ax;
            if (hx < 0)
            {
                if (ix == 0x3ff00000 && yIsInt == 0)
                    return double.NaN; // (−1)^non-integer
                if (yIsInt == 1)
                    zz = -zz; // (x < 0)^odd = −(|x|^odd)
            }

            return zz;
        }

        if (hx < 0 && yIsInt == 0)
            return double.NaN; // (x < 0)^non-integer
        double sign = hx < 0 && yIsInt == 1 ? -1.0 : 1.0;

        // 1. log2(|x|) = t1 + t2.
        double t1, t2;
        if (iy > 0x41e00000)
        {
            // |y| > 2^31: the result over- or underflows unless x is within 2^-20 of 1
            if (iy > 0x43f00000)
            {
                // |y| > 2^64: it always does
                if (ix <= 0x3fefffff)
                    return hy < 0 ? double.PositiveInfinity : 0.0;
                if (ix >= 0x3ff00000)
                    return hy > 0 ? double.PositiveInfinity : 0.0;
            }

            if (ix < 0x3fefffff)
                return hy < 0 ? sign * double.PositiveInfinity : sign * 0.0;
            if (ix > 0x3ff00000)
                return hy > 0 ? sign * double.PositiveInfinity : sign * 0.0;

            // |1 − x| ≤ 2^-20: log(x) = t − t²/2 + t³/3 − t⁴/4 with t = x − 1 (20 trailing zero bits)
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - (t * (OneThird - (t * 0.25))));
            double u = InvLn2H24 * t; // exact: InvLn2H24 has 21 significant bits
            double v = (t * InvLn2L24) - (w * InvLn2);
            t1 = ClearLowWord(u + v);
            t2 = v - (t1 - u);
        }
        else
        {
            int n = 0;
            if (ix < 0x00100000)
            {
                // subnormal x
                ax *= TwoPow53;
                n -= 53;
                ix = HighWord(ax);
            }

            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;

            // Reduce to [1, √(3/2)) around 1 (k = 0) or [√(3/2), √3) around 1.5 (k = 1).
            int k;
            ix = j | 0x3ff00000;
            if (j <= 0x3988E)
            {
                k = 0; // |x| < √(3/2)
            }
            else if (j < 0xBB67A)
            {
                k = 1; // |x| < √3
            }
            else
            {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }

            ax = WithHighWord(ax, ix);
            double bp = k == 0 ? 1.0 : 1.5;
            double dpH = k == 0 ? 0.0 : DpH;
            double dpL = k == 0 ? 0.0 : DpL;

            // ss = sH + sL = (x − bp)/(x + bp) in extra precision.
            double u = ax - bp;
            double v = 1.0 / (ax + bp);
            double ss = u * v;
            double sH = ClearLowWord(ss);
            double tH = FromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0); // high part of ax + bp
            double tL = ax - (tH - bp);
            double sL = v * ((u - (sH * tH)) - (sH * tL));

            // log(ax) = 2ss + (2/3)ss³ + polynomial; computed as (2/(3 ln2))·ss·(3 + ss² + r) in pieces.
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + (s2 * (L2 + (s2 * (L3 + (s2 * (L4 + (s2 * (L5 + (s2 * L6))))))))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = ClearLowWord(3.0 + s2 + r);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = (sL * tH) + (tL * ss);
            double pH = ClearLowWord(u + v);
            double pL = v - (pH - u);
            double zH = CpH * pH;
            double zL = (CpL * pH) + (pL * Cp) + dpL;

            // log2(ax) = n + dpH + zH + zL.
            double tn = n;
            t1 = ClearLowWord(((zH + zL) + dpH) + tn);
            t2 = zL - (((t1 - tn) - dpH) - zH);
        }

        // 2. y·log2(x) = pH + pL, with y = y1 + (y − y1) and y1·t1 exact.
        double y1 = ClearLowWord(y);
        double pl = ((y - y1) * t1) + (y * t2);
        double ph = y1 * t1;
        double z = pl + ph;
        int jz = HighWord(z);
        int iz = (int)LowWord(z);
        if (jz >= 0x40900000)
        {
            // z ≥ 1024
            if (((jz - 0x40900000) | iz) != 0)
                return sign * double.PositiveInfinity;
            if (pl + Ovt > z - ph)
                return sign * double.PositiveInfinity;
        }
        else if ((jz & 0x7fffffff) >= 0x4090cc00)
        {
            // z ≤ −1075
            if (((jz - unchecked((int)0xc090cc00)) | iz) != 0)
                return sign * 0.0;
            if (pl <= z - ph)
                return sign * 0.0;
        }

        // 3. 2^(pH + pL): split off the integer part m so that |pH + pL| ≤ 0.5, then exp((pH + pL) ln2).
        int absHigh = jz & 0x7fffffff;
        int kz = (absHigh >> 20) - 0x3ff;
        int m = 0;
        if (absHigh > 0x3fe00000)
        {
            // |z| > 0.5: m = nearest integer to z
            m = jz + (0x00100000 >> (kz + 1));
            kz = ((m & 0x7fffffff) >> 20) - 0x3ff;
            double tm = FromWords(m & ~(0x000fffff >> kz), 0);
            m = ((m & 0x000fffff) | 0x00100000) >> (20 - kz);
            if (jz < 0)
                m = -m;
            ph -= tm;
        }

        double th = ClearLowWord(pl + ph);
        double uu = th * Ln2H;
        double vv = ((pl - (th - ph)) * Ln2) + (th * Ln2L);
        z = uu + vv;
        double ww = vv - (z - uu);
        double tz = z * z;
        double c = z - (tz * (P1 + (tz * (P2 + (tz * (P3 + (tz * (P4 + (tz * P5)))))))));
        double rr = ((z * c) / (c - 2.0)) - (ww + (z * ww));
        z = 1.0 - (rr - z);

        int jr = HighWord(z) + (m << 20);
        if ((jr >> 20) <= 0)
            z = z * TwoPow(m + 1000) * TwoPowMinus1000; // subnormal result: exact scaling, then one rounding
        else
            z = WithHighWord(z, jr);
        return sign * z;
    }
}
