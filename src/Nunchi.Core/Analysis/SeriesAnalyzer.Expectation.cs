using Nunchi.Core.Analysis.Seasonality;

namespace Nunchi.Core.Analysis;

public sealed partial class SeriesAnalyzer
{
    /// <summary>
    /// The seasonal expectation at <paramref name="t"/>: the main profile (tolerant by a bin either side, since
    /// schedules jitter) plus the outer correction (tolerant between its two neighbouring bins), and the noise scale
    /// of the outer profile once it has been learned, else the larger of the two.
    /// </summary>
    private Expectation Expect(long t)
    {
        if (!_profile.Active)
        {
            return default;
        }

        var at = _profile.Locate(t);
        var inner = _profile.Offset(at);
        var scale = _profile.Scale(at, _noise);
        var (low, high) = _profile.Tolerance(at, widen: true);
        var slackLow = low - inner;
        var slackHigh = high - inner;
        if (!_outer.Active)
        {
            return new Expectation(at, default, inner, 0, scale, slackLow, slackHigh);
        }

        var outerAt = _outer.Locate(t);
        var outer = _outer.Offset(outerAt);
        var (outerLow, outerHigh) = _outer.Tolerance(outerAt, widen: false);
        // The outer profile knows each day of the week apart (a quiet Sunday, a busy Monday morning), so once its bin
        // has been seen for a whole visit its noise scale is the better one.
        return new Expectation(
            at,
            outerAt,
            inner,
            outer,
            _outer.Visited(outerAt) ? _outer.Scale(outerAt, _noise) : Math.Max(scale, _outer.Scale(outerAt, _noise)),
            slackLow + (outerLow - outer),
            slackHigh + (outerHigh - outer));
    }
}
