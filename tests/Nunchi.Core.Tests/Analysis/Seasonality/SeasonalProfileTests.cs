using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Analysis.Seasonality;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Tests.Analysis.Seasonality;

public sealed class SeasonalProfileTests
{
    private const long Day = SampleSeries.Day;
    private const long TenMinutes = 600_000;

    [Fact]
    public void Reset_DailyAt10Minutes_Has144Bins()
    {
        var profile = Daily();

        profile.Active.ShouldBeTrue();
        profile.Bins.ShouldBe(144);
        profile.BinCentreMs(0).ShouldBe(TenMinutes / 2);
        profile.BinCentreMs(143).ShouldBe(Day - (TenMinutes / 2));
    }

    [Fact]
    public void Reset_FineCadence_IsCappedAtMaxBins()
    {
        var profile = new SeasonalProfile(512);

        profile.Reset(Day, 10_000);

        profile.Bins.ShouldBe(512);
    }

    [Theory]
    [InlineData(0, 143, 0, 0.5)]                     // midnight: halfway between the last and the first bin centre
    [InlineData(TenMinutes / 2, 0, 1, 0)]            // the first bin centre
    [InlineData(TenMinutes, 0, 1, 0.5)]              // the edge between bins 0 and 1
    [InlineData(3 * TenMinutes / 4, 0, 1, 0.25)]
    [InlineData(Day - 1, 143, 0, 0.5)]               // just before midnight, wrapping to bin 0
    [InlineData(-TenMinutes / 2, 143, 0, 0)]         // before 1970: the last bin centre of the previous day
    [InlineData(-Day, 143, 0, 0.5)]
    [InlineData(SampleSeries.CalendarStartMs + (TenMinutes / 2), 0, 1, 0)]
    public void Locate_BinCentresEdgesAndNegativeTimes_GivesTheNeighbouringBins(long timestampMs, int bin0, int bin1, double fraction)
    {
        var at = Daily().Locate(timestampMs);

        at.Bin0.ShouldBe(bin0);
        at.Bin1.ShouldBe(bin1);
        at.Fraction.ShouldBe(fraction, tolerance: 1e-5);
    }

    [Fact]
    public void Locate_AnyTimestamp_IsPeriodicAndInRange()
    {
        var cases =
            from t in Gen.Choose(int.MinValue, int.MaxValue)
            from k in Gen.Choose(-20_000, 20_000)
            from period in Gen.Elements(Day, 7 * Day, 137_000L, 3_600_000L, 1000L)
            from cadence in Gen.Elements(1L, 1000L, 60_000L)
            select (T: t * 997L, K: k, Period: period, Cadence: cadence);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var profile = new SeasonalProfile(512);
            profile.Reset(c.Period, c.Cadence);

            var at = profile.Locate(c.T);
            var shifted = profile.Locate(c.T + (c.K * c.Period));

            at.Bin0.ShouldBeInRange(0, profile.Bins - 1);
            at.Bin1.ShouldBe(at.Bin0 == profile.Bins - 1 ? 0 : at.Bin0 + 1);
            at.Fraction.ShouldBeInRange(0, 1);
            (at.Fraction < 1).ShouldBeTrue();
            shifted.Bin0.ShouldBe(at.Bin0);
            shifted.Fraction.ShouldBe(at.Fraction, tolerance: 1e-6);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Offset_BetweenBinCentres_InterpolatesLinearly()
    {
        var profile = Daily();
        profile.SetMean(10, 4);
        profile.SetMean(11, 8);

        profile.Offset(profile.Locate(profile.BinCentreMs(10))).ShouldBe(4, tolerance: 1e-9);
        profile.Offset(profile.Locate(11 * TenMinutes)).ShouldBe(6, tolerance: 1e-9);
        profile.Offset(profile.Locate((10 * TenMinutes) + (3 * TenMinutes / 4))).ShouldBe(5, tolerance: 1e-9);
        profile.Offset(profile.Locate(profile.BinCentreMs(11) + (5 * Day))).ShouldBe(8, tolerance: 1e-9);
    }

    [Fact]
    public void Scale_YoungBin_LeansOnTheGlobalScale()
    {
        var profile = Daily();
        var at = profile.Locate(profile.BinCentreMs(20));

        profile.Scale(at, 2).ShouldBe(2);
        for (var i = 0; i < 200; i++)
        {
            profile.Learn(0, at, 0, 0.5, anomalous: false);
        }

        profile.Scale(at, 2).ShouldBeInRange(0.5, 0.8);
    }

    [Fact]
    public void Learn_RepeatedTarget_ConvergesToIt()
    {
        var profile = Daily();
        var at = profile.Locate(profile.BinCentreMs(30));

        for (var i = 0; i < 100; i++)
        {
            profile.Learn(0, at, 3, 0.1, anomalous: false);
        }

        profile.Offset(at).ShouldBe(3, tolerance: 0.01);
    }

    [Fact]
    public void Learn_OneOffAnomaly_MovesTheMeanAQuarterAsFar()
    {
        var usual = Daily();
        var anomalous = Daily();
        var at = usual.Locate(usual.BinCentreMs(30));
        for (var i = 0; i < 100; i++)
        {
            usual.Learn(0, at, 3, 0.1, anomalous: false);
            anomalous.Learn(0, at, 3, 0.1, anomalous: false);
        }

        usual.Learn(0, at, 100, 0.1, anomalous: false);
        anomalous.Learn(0, at, 100, 0.1, anomalous: true);

        (anomalous.Offset(at) - 3).ShouldBe((usual.Offset(at) - 3) / 4, tolerance: 1e-4);
    }

    [Fact]
    public void Learn_AnomalyAtTheSamePhaseNextCycle_TeachesTheMean()
    {
        var profile = Daily();
        var at = profile.Locate(profile.BinCentreMs(30));
        for (var i = 0; i < 100; i++)
        {
            profile.Learn(0, at, 3, 0.1, anomalous: false);
        }

        profile.Learn(0, at, 100, 0.1, anomalous: true);
        var afterOneOff = profile.Offset(at);
        profile.Learn(profile.PeriodMs, at, 100, 0.1, anomalous: true);

        // The recurrence counts in full: four times the step the one-off was allowed (less the ground it gained).
        (profile.Offset(at) - afterOneOff).ShouldBeGreaterThan(3 * (afterOneOff - 3));
    }

    [Fact]
    public void Recentre_RemovesAndReturnsTheMean()
    {
        var profile = Daily();
        for (var b = 0; b < profile.Bins; b++)
        {
            profile.SetMean(b, 10 + (b % 3));
        }

        var mean = profile.Recentre();

        mean.ShouldBe(11, tolerance: 1e-6);
        var sum = 0.0;
        foreach (var m in profile.Means)
        {
            sum += m;
        }

        sum.ShouldBe(0, tolerance: 1e-3);
        profile.Range().Min.ShouldBe(-1, tolerance: 1e-6);
        profile.Range().Max.ShouldBe(1, tolerance: 1e-6);
    }

    [Fact]
    public void Tolerance_OnARamp_CoversTheNeighbouringBins()
    {
        // Arrange: a step between bins 10 and 11 (a shift starting), flat elsewhere.
        var profile = Daily();
        for (var b = 11; b < profile.Bins; b++)
        {
            profile.SetMean(b, 100);
        }

        var onTheStep = profile.Locate((profile.BinCentreMs(10) + profile.BinCentreMs(11)) / 2);

        // Act
        var (low, high) = profile.Tolerance(onTheStep, widen: true);
        var (narrowLow, narrowHigh) = profile.Tolerance(profile.Locate(profile.BinCentreMs(5)), widen: true);

        // Assert: a value anywhere on the step is expected there; on the flat part nothing changes.
        low.ShouldBe(0);
        high.ShouldBe(100);
        narrowLow.ShouldBe(0);
        narrowHigh.ShouldBe(0);
    }

    [Fact]
    public void SaveAndLoad_RoundTripsEveryBin()
    {
        var profile = Daily();
        var random = new TestRandom(4);
        for (var i = 0; i < 5000; i++)
        {
            var at = profile.Locate(i * 7_777_777L);
            profile.Learn(0, at, random.NextGaussian(), Math.Abs(random.NextGaussian()), anomalous: false);
        }

        var buffer = new ArrayBufferWriter<byte>();
        profile.Save(new StateWriter(buffer));
        var loaded = new SeasonalProfile(512);
        var reader = new StateReader(buffer.WrittenSpan);
        loaded.Load(ref reader);

        reader.AtEnd.ShouldBeTrue();
        loaded.Bins.ShouldBe(profile.Bins);
        for (var t = 0L; t < Day; t += 333_333)
        {
            var at = profile.Locate(t);
            loaded.Offset(loaded.Locate(t)).ShouldBe(profile.Offset(at));
            loaded.Scale(loaded.Locate(t), 1).ShouldBe(profile.Scale(at, 1));
        }
    }

    [Fact]
    public void Load_MoreBinsThanAllowed_IsRefusedAsDamaged()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Daily().Save(new StateWriter(buffer));
        var smaller = new SeasonalProfile(64);

        var error = Should.Throw<InvalidDataException>(() =>
        {
            var reader = new StateReader(buffer.WrittenSpan);
            smaller.Load(ref reader);
        });

        error.Message.ShouldContain("144 bins");
    }

    [Fact]
    public void Load_NoSeason_HoldsNoBins()
    {
        var buffer = new ArrayBufferWriter<byte>();
        new SeasonalProfile(512).Save(new StateWriter(buffer));
        var loaded = Daily();
        var reader = new StateReader(buffer.WrittenSpan);

        loaded.Load(ref reader);

        reader.AtEnd.ShouldBeTrue();
        loaded.Active.ShouldBeFalse();
        loaded.Means.Length.ShouldBe(0);
    }

    private static SeasonalProfile Daily()
    {
        var profile = new SeasonalProfile(512);
        profile.Reset(Day, TenMinutes);
        return profile;
    }
}
