namespace Nunchi.Core.Numerics;

/// <summary>
/// Sums of lagged products Σᵢ x[i]·x[i − lag] of a real sequence (the unnormalised autocovariance) for lags
/// 0 … maxLag, through the Fourier transform (Wiener–Khinchin) in O(N log N) instead of O(n·maxLag).
/// </summary>
/// <remarks>
/// <para>Steps: (1) zero-pad to N ≥ n + maxLag, a power of two, so that the circular correlation does not wrap onto
/// the lags asked for; (2) transform the real sequence with one complex FFT of N/2 points (even samples as real
/// parts, odd as imaginary parts) and untangle the two; (3) take the power spectrum |X|²; (4) pack the real, even
/// spectrum back into N/2 complex points and transform again (the inverse, by conjugation) to get the
/// correlations at even lags in the real parts and odd lags in the imaginary parts. Numerical Recipes §12.3, §13.2.</para>
/// <para>Deterministic: only IEEE-754 +, −, ×, ÷ in a fixed order, and twiddles cos/sin(2πk/N) from Taylor series
/// on [0, π/4] (with octant symmetries), not the platform's <c>Math.Sin</c>. The result differs from the direct
/// sums by rounding only: about ε·log₂N·Σx² in absolute terms.</para>
/// <para>Pure and thread-safe; allocates nothing (the caller supplies <see cref="WorkLength"/> doubles).</para>
/// </remarks>
internal static class LaggedProducts
{
    /// <summary>The work space <see cref="Compute"/> needs for <paramref name="length"/> values and lags up to <paramref name="maxLag"/>.</summary>
    public static int WorkLength(int length, int maxLag) => 2 * TransformLength(length, maxLag);

    /// <summary>Writes Σᵢ x[i]·x[i − lag] for lag = 0 … <paramref name="maxLag"/> into <paramref name="sums"/>.</summary>
    /// <param name="values">The sequence x; at least 4 values.</param>
    /// <param name="maxLag">The longest lag, less than the length of <paramref name="values"/>.</param>
    /// <param name="sums">Receives maxLag + 1 sums.</param>
    /// <param name="work">Scratch of at least <see cref="WorkLength"/> doubles.</param>
    public static void Compute(ReadOnlySpan<double> values, int maxLag, Span<double> sums, Span<double> work)
    {
        var n = values.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 4);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(maxLag, n);
        var length = TransformLength(n, maxLag);
        var half = length / 2;
        var re = work[..half];
        var im = work.Slice(half, half);
        var twiddles = work.Slice(length, length); // cos, sin of 2πk/length for k < length/2, interleaved
        Twiddles(twiddles, length);

        // 1. Even samples as real parts, odd as imaginary parts, zero-padded.
        for (var j = 0; j < half; j++)
        {
            var even = 2 * j;
            re[j] = even < n ? values[even] : 0;
            im[j] = even + 1 < n ? values[even + 1] : 0;
        }

        // 2. Z = FFT(z); for each pair k, half − k: X_k = E + W^k·O, X_(half−k) = conj(E − W^k·O), with
        //    E = (Z_k + conj Z_(half−k)) / 2 and O = (Z_k − conj Z_(half−k)) / 2i. Then (3) P = |X|² and (4) the
        //    packed spectrum Y_k = (P_k + P_(half−k))/2 + i·(P_k − P_(half−k))/2·e^(2πik/length), conjugated so
        //    that a forward transform inverts it.
        Transform(re, im, twiddles);
        for (var k = 0; k <= half / 2; k++)
        {
            var mirror = (half - k) & (half - 1);
            double a = re[k], b = im[k], c = re[mirror], d = im[mirror];
            var cos = twiddles[2 * k];
            var sin = twiddles[(2 * k) + 1];
            double er = 0.5 * (a + c), ei = 0.5 * (b - d);
            double odr = 0.5 * (b + d), odi = -0.5 * (a - c);
            var tr = (cos * odr) + (sin * odi);
            var ti = (cos * odi) - (sin * odr);
            var plus = ((er + tr) * (er + tr)) + ((ei + ti) * (ei + ti));
            var minus = ((er - tr) * (er - tr)) + ((ei - ti) * (ei - ti));
            var s = 0.5 * (plus + minus);
            var t = 0.5 * (plus - minus);
            re[k] = s - (t * sin);
            im[k] = -(t * cos);
            if (mirror != k)
            {
                re[mirror] = s + (t * sin);
                im[mirror] = -(t * cos);
            }
        }

        // 5. Inverse by conjugation: r[2j] + i·r[2j+1] = conj(FFT(conj Y))[j] / half.
        Transform(re, im, twiddles);
        var scale = 1.0 / half;
        for (var lag = 0; lag <= maxLag; lag++)
        {
            sums[lag] = (lag & 1) == 0 ? re[lag / 2] * scale : -im[lag / 2] * scale;
        }
    }

    private static int TransformLength(int length, int maxLag)
    {
        var needed = Math.Max(8, length + maxLag);
        return 1 << (32 - int.LeadingZeroCount(needed - 1));
    }

    /// <summary>In-place radix-2 decimation-in-time FFT (forward, e^(−2πi·jk/m)) of m = re.Length points.</summary>
    private static void Transform(Span<double> re, Span<double> im, ReadOnlySpan<double> twiddles)
    {
        var m = re.Length;

        // 1. Bit-reversal permutation.
        for (int i = 1, j = 0; i < m; i++)
        {
            var bit = m >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        // 2. Butterflies; the twiddle table is for 2m points, so e^(−2πi·j/len) is entry j·2m/len.
        for (var len = 2; len <= m; len <<= 1)
        {
            var halfLen = len / 2;
            var stride = 2 * m / len;
            for (var j = 0; j < halfLen; j++)
            {
                var wr = twiddles[2 * j * stride];
                var wi = -twiddles[(2 * j * stride) + 1];
                for (var start = j; start < m; start += len)
                {
                    var other = start + halfLen;
                    var vr = (re[other] * wr) - (im[other] * wi);
                    var vi = (re[other] * wi) + (im[other] * wr);
                    var ur = re[start];
                    var ui = im[start];
                    re[start] = ur + vr;
                    im[start] = ui + vi;
                    re[other] = ur - vr;
                    im[other] = ui - vi;
                }
            }
        }
    }

    /// <summary>Fills cos(2πk/n), sin(2πk/n) for k &lt; n/2 (n a power of two, at least 8), interleaved.</summary>
    private static void Twiddles(Span<double> table, int n)
    {
        int eighth = n / 8, quarter = n / 4, half = n / 2;
        var step = Math.Tau / n; // exact: n is a power of two
        for (var k = 0; k < half; k++)
        {
            double cos, sin;
            if (k <= eighth)
            {
                (cos, sin) = Octant(k * step);
            }
            else if (k <= quarter)
            {
                (sin, cos) = Octant((quarter - k) * step);
            }
            else if (k <= quarter + eighth)
            {
                (sin, cos) = Octant((k - quarter) * step);
                cos = -cos;
            }
            else
            {
                (cos, sin) = Octant((half - k) * step);
                cos = -cos;
            }

            table[2 * k] = cos;
            table[(2 * k) + 1] = sin;
        }
    }

    /// <summary>(cos x, sin x) for 0 ≤ x ≤ π/4 from their Taylor series, about 1 ulp.</summary>
    private static (double Cos, double Sin) Octant(double x)
    {
        // Horner from the highest term: x¹⁷/17! and x¹⁶/16! are the last below 1e-17 relative at π/4.
        var x2 = x * x;
        var sin = 1.0 / 355687428096000;
        sin = (sin * x2) - (1.0 / 1307674368000);
        sin = (sin * x2) + (1.0 / 6227020800);
        sin = (sin * x2) - (1.0 / 39916800);
        sin = (sin * x2) + (1.0 / 362880);
        sin = (sin * x2) - (1.0 / 5040);
        sin = (sin * x2) + (1.0 / 120);
        sin = (sin * x2) - (1.0 / 6);
        sin = x + (x * x2 * sin);
        var cos = 1.0 / 20922789888000;
        cos = (cos * x2) - (1.0 / 87178291200);
        cos = (cos * x2) + (1.0 / 479001600);
        cos = (cos * x2) - (1.0 / 3628800);
        cos = (cos * x2) + (1.0 / 40320);
        cos = (cos * x2) - (1.0 / 720);
        cos = (cos * x2) + (1.0 / 24);
        cos = (cos * x2) - 0.5;
        cos = 1 + (x2 * cos);
        return (cos, sin);
    }
}
