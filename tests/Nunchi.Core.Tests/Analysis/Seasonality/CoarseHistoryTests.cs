using System.Buffers;
using Nunchi.Core.Analysis.Seasonality;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Tests.Analysis.Seasonality;

public sealed class CoarseHistoryTests
{
    private const long Start = SampleSeries.CalendarStartMs;
    private const long TenSeconds = 10_000;

    [Fact]
    public void Add_200DaysOf10SecondData_StaysBoundedAndSlides()
    {
        // This once looped forever once the history spanned its 35-day target and started to slide.
        var history = new CoarseHistory(1024);
        history.Start(Start, TenSeconds);
        var points = 200L * 86_400_000 / TenSeconds;
        var last = Start;
        for (var i = 0L; i < points; i++)
        {
            last = Start + (i * TenSeconds);
            history.Add(last, i % 8640);
            history.Count.ShouldBeLessThanOrEqualTo(history.Capacity);
        }

        // 10 s doubled until 1 024 buckets span 35 days: 10 s × 2⁹ = 5 120 s (2⁸ would span only 30 days).
        history.BucketMs.ShouldBe(TenSeconds << 9);
        history.Count.ShouldBe(history.Capacity);
        var span = history.Count * history.BucketMs;
        span.ShouldBeGreaterThanOrEqualTo(CoarseHistory.TargetSpanMs);
        (history.OriginMs + span).ShouldBeInRange(last - history.BucketMs, last + 1);
    }

    [Fact]
    public void Add_FullBeforeTheTargetSpan_MergesPairsIntoWiderBuckets()
    {
        var history = new CoarseHistory(64);
        history.Start(Start, TenSeconds);
        for (var i = 0; i <= 64; i++)
        {
            history.Add(Start + (i * TenSeconds), i);
        }

        history.Count.ShouldBe(64);
        history.BucketMs.ShouldBe(TenSeconds);

        // The 66th point closes bucket 65, which no longer fits: pairs merge and the width doubles.
        history.Add(Start + (65 * TenSeconds), 65);

        history.BucketMs.ShouldBe(2 * TenSeconds);
        history.Count.ShouldBe(32);
        var buckets = new double[history.Capacity];
        history.CopyTo(buckets);
        buckets[0].ShouldBe(0.5);
        buckets[31].ShouldBe(62.5);
        history.OriginMs.ShouldBe(Start);
    }

    [Fact]
    public void Add_SpanReached_SlidesWithoutChangingTheWidth()
    {
        var history = new CoarseHistory(64);
        var width = CoarseHistory.TargetSpanMs / 32; // 64 buckets of this width span the target twice over
        history.Start(Start, width);
        for (var i = 0; i < 200; i++)
        {
            history.Add(Start + (i * width), i);
        }

        history.BucketMs.ShouldBe(width);
        history.Count.ShouldBe(64);
        var buckets = new double[64];
        history.CopyTo(buckets);
        buckets[63].ShouldBe(198);
        buckets[0].ShouldBe(135);
        history.OriginMs.ShouldBe(Start + (135 * width));
    }

    [Fact]
    public void Add_ShortGap_LeavesNaNBuckets()
    {
        var history = new CoarseHistory(256);
        history.Start(Start, TenSeconds);
        for (var i = 0; i < 100; i++)
        {
            if (i is < 40 or >= 45)
            {
                history.Add(Start + (i * TenSeconds), 1);
            }
        }

        var buckets = new double[256];
        var n = history.CopyTo(buckets);
        n.ShouldBe(99);
        buckets.AsSpan(40, 5).ToArray().ShouldAllBe(b => double.IsNaN(b));
        buckets[39].ShouldBe(1);
        buckets[45].ShouldBe(1);
    }

    [Fact]
    public void Add_GapLongerThanTheHistory_StartsAgain()
    {
        var history = new CoarseHistory(64);
        history.Start(Start, TenSeconds);
        for (var i = 0; i < 50; i++)
        {
            history.Add(Start + (i * TenSeconds), 1);
        }

        var later = Start + (10_000 * TenSeconds);
        history.Add(later, 2);

        history.Count.ShouldBe(0);
        history.OriginMs.ShouldBe(later);
    }

    [Fact]
    public void SaveAndLoad_MidHistory_ContinuesIdentically()
    {
        var original = new CoarseHistory(128);
        original.Start(Start, TenSeconds);
        for (var i = 0; i < 1000; i++)
        {
            original.Add(Start + (i * TenSeconds), i % 37);
        }

        var buffer = new ArrayBufferWriter<byte>();
        original.Save(new StateWriter(buffer));
        var loaded = new CoarseHistory(128);
        var reader = new StateReader(buffer.WrittenSpan);
        loaded.Load(ref reader);

        for (var i = 1000; i < 3000; i++)
        {
            loaded.Add(Start + (i * TenSeconds), i % 37).ShouldBe(original.Add(Start + (i * TenSeconds), i % 37));
        }

        var a = new double[128];
        var b = new double[128];
        loaded.CopyTo(a).ShouldBe(original.CopyTo(b));
        a.ShouldBe(b);
        loaded.BucketMs.ShouldBe(original.BucketMs);
        loaded.OriginMs.ShouldBe(original.OriginMs);
    }
}
