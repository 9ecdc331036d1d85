namespace Nunchi.Core.Numerics;

// The standard normal distribution: survival function Q(z) = P(Z > z), CDF, quantile and inverse survival.
//
// Q(z) = erfc(z/√2)/2. The rational approximations are those of FreeBSD msun src/s_erf.c (Sun fdlibm 5.3,
// "Copyright (C) 1993 by Sun Microsystems, Inc. ... Permission to use, copy, modify, and distribute this software is
// freely granted, provided that this notice is preserved."). Evaluating erfc at the rounded x = z/√2 would cost a
// relative error of about z²·2^-53 in the far tail (1.5e-13 at z = 37), so in the tail the exponent −x² = −z²/2 is
// formed from z itself, split exactly as fdlibm's Note1 does for x.
//
// The quantile is Wichura's PPND16, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37(3):477–484 (1988), accurate to about 1 part in 10^16.
internal static partial class DeterministicMath
{
    private const double InvSqrt2 = 0.70710678118654752440; // 1/√2, 0x3FE6A09E 667F3BCD
    private const double Sqrt2 = 1.41421356237309504880; // √2, 0x3FF6A09E 667F3BCD

    // erf(1) rounded to 24 bits: erx = (float)0.84506291151; s_erf.c.
    private const double Erx = 8.45062911510467529297e-01; // 0x3FEB0AC1 60000000

    // erf(x) = x + x·R(x²) on |x| < 0.84375, R = pp/qq, error ≤ 2^-57.90.
    private const double Pp0 = 1.28379167095512558561e-01; // 0x3FC06EBA 8214DB68
    private const double Pp1 = -3.25042107247001499370e-01; // 0xBFD4CD7D 691CB913
    private const double Pp2 = -2.84817495755985104766e-02; // 0xBF9D2A51 DBD7194F
    private const double Pp3 = -5.77027029648944159157e-03; // 0xBF77A291 236668E4
    private const double Pp4 = -2.37630166566501626084e-05; // 0xBEF8EAD6 120016AC
    private const double Qq1 = 3.97917223959155352819e-01; // 0x3FD97779 CDDADC09
    private const double Qq2 = 6.50222499887672944485e-02; // 0x3FB0A54C 5536CEBA
    private const double Qq3 = 5.08130628187576562776e-03; // 0x3F74D022 C4D36B0F
    private const double Qq4 = 1.32494738004321644526e-04; // 0x3F215DC9 221C1A10
    private const double Qq5 = -3.96022827877536812320e-06; // 0xBED09C43 42A26120

    // erf(1 + s) − erx = pa(s)/qa(s) on 0.84375 ≤ |x| < 1.25, s = |x| − 1, error ≤ 2^-59.06.
    private const double Pa0 = -2.36211856075265944077e-03; // 0xBF6359B8 BEF77538
    private const double Pa1 = 4.14856118683748331666e-01; // 0x3FDA8D00 AD92B34D
    private const double Pa2 = -3.72207876035701323847e-01; // 0xBFD7D240 FBB8C3F1
    private const double Pa3 = 3.18346619901161753674e-01; // 0x3FD45FCA 805120E4
    private const double Pa4 = -1.10894694282396677476e-01; // 0xBFBC6398 3D3E28EC
    private const double Pa5 = 3.54783043256182359371e-02; // 0x3FA22A36 599795EB
    private const double Pa6 = -2.16637559486879084300e-03; // 0xBF61BF38 0A96073F
    private const double Qa1 = 1.06420880400844228286e-01; // 0x3FBB3E66 18EEE323
    private const double Qa2 = 5.40397917702171048937e-01; // 0x3FE14AF0 92EB6F33
    private const double Qa3 = 7.18286544141962662868e-02; // 0x3FB2635C D99FE9A7
    private const double Qa4 = 1.26171219808761642112e-01; // 0x3FC02660 E763351F
    private const double Qa5 = 1.36370839120290507362e-02; // 0x3F8BEDC2 6B51DD1C
    private const double Qa6 = 1.19844998467991074170e-02; // 0x3F888B54 5735151D

    // erfc(x) = exp(−x² − 0.5625 + R/S)/x with R/S ≈ log(x·erfc(x)) + x² + 0.5625 as a function of 1/x²:
    // ra/sa on 1.25 ≤ x < 1/0.35 (error < 2^-62.57), rb/sb on 1/0.35 ≤ x < 28 (error < 2^-61.52).
    private const double Ra0 = -9.86494403484714822705e-03; // 0xBF843412 600D6435
    private const double Ra1 = -6.93858572707181764372e-01; // 0xBFE63416 E4BA7360
    private const double Ra2 = -1.05586262253232909814e+01; // 0xC0251E04 41B0E726
    private const double Ra3 = -6.23753324503260060396e+01; // 0xC04F300A E4CBA38D
    private const double Ra4 = -1.62396669462573470355e+02; // 0xC0644CB1 84282266
    private const double Ra5 = -1.84605092906711035994e+02; // 0xC067135C EBCCABB2
    private const double Ra6 = -8.12874355063065934246e+01; // 0xC0545265 57E4D2F2
    private const double Ra7 = -9.81432934416914548592e+00; // 0xC023A0EF C69AC25C
    private const double Sa1 = 1.96512716674392571292e+01; // 0x4033A6B9 BD707687
    private const double Sa2 = 1.37657754143519042600e+02; // 0x4061350C 526AE721
    private const double Sa3 = 4.34565877475229228821e+02; // 0x407B290D D58A1A71
    private const double Sa4 = 6.45387271733267880336e+02; // 0x40842B19 21EC2868
    private const double Sa5 = 4.29008140027567833386e+02; // 0x407AD021 57700314
    private const double Sa6 = 1.08635005541779435134e+02; // 0x405B28A3 EE48AE2C
    private const double Sa7 = 6.57024977031928170135e+00; // 0x401A47EF 8E484A93
    private const double Sa8 = -6.04244152148580987438e-02; // 0xBFAEEFF2 EE749A62
    private const double Rb0 = -9.86494292470009928597e-03; // 0xBF843412 39E86F4A
    private const double Rb1 = -7.99283237680523006574e-01; // 0xBFE993BA 70C285DE
    private const double Rb2 = -1.77579549177547519889e+01; // 0xC031C209 555F995A
    private const double Rb3 = -1.60636384855821916062e+02; // 0xC064145D 43C5ED98
    private const double Rb4 = -6.37566443368389627722e+02; // 0xC083EC88 1375F228
    private const double Rb5 = -1.02509513161107724954e+03; // 0xC0900461 6A2E5992
    private const double Rb6 = -4.83519191608651397019e+02; // 0xC07E384E 9BDC383F
    private const double Sb1 = 3.03380607434824582924e+01; // 0x403E568B 261D5190
    private const double Sb2 = 3.25792512996573918826e+02; // 0x40745CAE 221B9F0A
    private const double Sb3 = 1.53672958608443695994e+03; // 0x409802EB 189D5118
    private const double Sb4 = 3.19985821950859553908e+03; // 0x40A8FFB7 688C246A
    private const double Sb5 = 2.55305040643316442583e+03; // 0x40A3F219 CEDF3BE6
    private const double Sb6 = 4.74528541206955367215e+02; // 0x407DA874 E79FE763
    private const double Sb7 = -2.24409524465858183362e+01; // 0xC03670E2 42712D62

    /// <summary>The standard normal survival function Q(z) = P(Z &gt; z) = erfc(z/√2)/2, identical on every platform.</summary>
    /// <remarks>
    /// Relative error below 1e-15 for results above 1e-300 (far tail included: Q(37) ≈ 5.7e-300); results in the
    /// subnormal range are within a few units of the smallest subnormal, and Q(z) = +0 for z ≥ 38.5.
    /// NormalSf(NaN) = NaN, NormalSf(+∞) = +0, NormalSf(−∞) = 1, NormalSf(0) = 0.5.
    /// </remarks>
    public static double NormalSf(double z)
    {
        if (double.IsNaN(z))
            return z;

        double x = z * InvSqrt2;
        double ax = Math.Abs(x);

        // 1. |x| < 0.84375: erfc(x) = 1 − (x + x·R(x²)), rearranged for x ≥ 1/4 so that 1/2 is subtracted first.
        if (ax < 0.84375)
        {
            double xx = x * x;
            double r = Pp0 + (xx * (Pp1 + (xx * (Pp2 + (xx * (Pp3 + (xx * Pp4)))))));
            double s = 1.0 + (xx * (Qq1 + (xx * (Qq2 + (xx * (Qq3 + (xx * (Qq4 + (xx * Qq5)))))))));
            double y = r / s;
            if (x < 0.25)
                return 0.5 * (1.0 - (x + (x * y)));
            return 0.5 * (0.5 - ((x * y) + (x - 0.5)));
        }

        // 2. 0.84375 ≤ |x| < 1.25: erfc(x) = (1 − erx) − P/Q for x > 0 and 1 + (erx + P/Q) for x < 0.
        if (ax < 1.25)
        {
            double s = ax - 1.0;
            double p = Pa0 + (s * (Pa1 + (s * (Pa2 + (s * (Pa3 + (s * (Pa4 + (s * (Pa5 + (s * Pa6)))))))))));
            double q = 1.0 + (s * (Qa1 + (s * (Qa2 + (s * (Qa3 + (s * (Qa4 + (s * (Qa5 + (s * Qa6)))))))))));
            if (x >= 0.0)
                return 0.5 * ((1.0 - Erx) - (p / q));
            return 0.5 * (1.0 + (Erx + (p / q)));
        }

        // 3. |x| ≥ 1.25: the tail of |z|, and Q(z) = 1 − Q(|z|) for negative z (Q(|z|) < 0.04, so no cancellation).
        if (z > 0.0)
            return UpperTail(z, ax);
        return 1.0 - UpperTail(-z, ax);
    }

    /// <summary>The standard normal CDF Φ(z) = P(Z ≤ z) = Q(−z), identical on every platform.</summary>
    /// <remarks>Accurate in relative terms in the lower tail (Φ(−37) ≈ 5.7e-300); see <see cref="NormalSf"/>.</remarks>
    public static double NormalCdf(double z) => NormalSf(-z);

    /// <summary>
    /// Q(z) for z ≥ √2·1.25, given ax = z/√2 rounded (used only to pick the approximation interval).
    /// </summary>
    private static double UpperTail(double z, double ax)
    {
        if (ax >= 28.0)
            return 0.0; // Q(z) < 1e-342: below half the smallest subnormal

        // R/S as a function of s = 1/x² = 2/z².
        double s = 2.0 / (z * z);
        double r, d;
        if (ax < 1.0 / 0.35)
        {
            r = Ra0 + (s * (Ra1 + (s * (Ra2 + (s * (Ra3 + (s * (Ra4 + (s * (Ra5 + (s * (Ra6 + (s * Ra7)))))))))))));
            d = 1.0 + (s * (Sa1 + (s * (Sa2 + (s * (Sa3 + (s * (Sa4 + (s * (Sa5 + (s * (Sa6 + (s * (Sa7 + (s * Sa8)))))))))))))));
        }
        else
        {
            r = Rb0 + (s * (Rb1 + (s * (Rb2 + (s * (Rb3 + (s * (Rb4 + (s * (Rb5 + (s * Rb6)))))))))));
            d = 1.0 + (s * (Sb1 + (s * (Sb2 + (s * (Sb3 + (s * (Sb4 + (s * (Sb5 + (s * (Sb6 + (s * Sb7)))))))))))));
        }

        // Q(z) = erfc(x)/2 = exp(−z²/2 − 0.5625 + R/S)/(√2 z). With zh = z cut to 21 significant bits,
        // −z²/2 = −zh²/2 − (z − zh)(z + zh)/2 where zh²/2 + 0.5625 is exact (at most 43 bits for z < 40), so the large
        // part of the exponent carries no rounding error and the small part only a relative one.
        double zh = ClearLowWord(z);
        double big = -(0.5 * (zh * zh)) - 0.5625;
        double small = (-0.5 * ((z - zh) * (z + zh))) + (r / d);

        // exp(small)/(√2 z) < 1, so when exp(big) is subnormal the product still rounds within an ulp of it.
        return Exp(big) * (Exp(small) / (Sqrt2 * z));
    }
}
