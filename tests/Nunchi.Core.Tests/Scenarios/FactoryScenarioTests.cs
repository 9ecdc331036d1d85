using System.Globalization;
using Nunchi.Core.Scenarios;
using static Nunchi.Core.Tests.Scenarios.ScenarioTable;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class FactoryScenarioTests : IClassFixture<FactoryScenarioFixture>
{
    private static readonly (string Machine, string Line, string[] Fields)[] SpecMachines =
    [
        ("press-1", "1", ["temperature", "vibration", "pressure", "power", "output"]),
        ("press-2", "1", ["temperature", "vibration", "pressure", "power", "output"]),
        ("press-3", "2", ["temperature", "vibration", "pressure", "power", "output"]),
        ("press-4", "2", ["temperature", "vibration", "pressure", "power", "output"]),
        ("oven-1", "1", ["temperature", "power"]),
        ("oven-2", "2", ["temperature", "power"]),
        ("compressor-1", "utility", ["pressure", "power", "temperature"]),
    ];

    private readonly ScenarioTable _table;

    public FactoryScenarioTests(FactoryScenarioFixture fixture)
    {
        _table = fixture.Table;
    }

    private IScenario Scenario => _table.Scenario;

    [Fact]
    public void Series_Always_AreTheMachinesAndFieldsOfTheSpec()
    {
        var expected = SpecMachines
            .SelectMany(m => m.Fields.Select(f => $"machine,line={m.Line},machine={m.Machine},site=plant-a {f}"))
            .ToList();

        Scenario.Measurement.ShouldBe("machine");
        Scenario.GroupTag.ShouldBe("machine");
        Scenario.Groups.Select(g => g.Name).ShouldBe(SpecMachines.Select(m => m.Machine));
        Scenario.Series.Select(s => s.Key.ToString()).ShouldBe(expected);
        Scenario.Series.Count.ShouldBe(27);
        Scenario.StepMs.ShouldBe(60_000);
        ScenarioRegistry.DefaultStepMs("factory").ShouldBe(10_000);
    }

    [Theory]
    [InlineData("temperature", "°C", 1, false, "온도")]
    [InlineData("vibration", "mm/s", 2, false, "진동")]
    [InlineData("pressure", "bar", 2, false, "압력")]
    [InlineData("power", "kW", 1, false, "전력")]
    [InlineData("output", "parts/min", 0, true, "생산량")]
    public void Fields_Always_CarryTheSpecUnitResolutionAndKoreanName(string field, string unit, int decimals, bool isInteger, string korean)
    {
        var info = Scenario.Catalog.FindField(field).ShouldNotBeNull();

        info.Unit.ShouldBe(unit);
        info.Decimals.ShouldBe(decimals);
        info.IsInteger.ShouldBe(isInteger);
        info.Names.Korean.ShouldBe(korean);
        Scenario.Series.Where(s => s.Field.Field == field).ShouldAllBe(s => s.Unit == unit);
    }

    [Theory]
    [InlineData("machine", "press-1", "프레스 1호기|1호기 프레스|1번 프레스|1호기")]
    [InlineData("machine", "press-4", "프레스 4호기|4호기 프레스|4번 프레스|4호기")]
    [InlineData("machine", "oven-1", "오븐 1호기|1호기 오븐|1번 오븐|건조로 1호기")]
    [InlineData("machine", "oven-2", "오븐 2호기|2호기 오븐|2번 오븐|건조로 2호기")]
    [InlineData("machine", "compressor-1", "컴프레서|공기 압축기|압축기")]
    [InlineData("line", "1", "1라인|1번 라인")]
    [InlineData("line", "2", "2라인|2번 라인")]
    [InlineData("line", "utility", "유틸리티")]
    public void Catalog_Always_HoldsTheSpecKoreanAliases(string tag, string value, string aliases)
    {
        var entry = Scenario.Catalog.FindTagValue(tag, value).ShouldNotBeNull();

        entry.Names.KoreanAliases.ShouldBe(aliases.Split('|'), ignoreOrder: true);
    }

    [Fact]
    public void Catalog_Always_HoldsTheSpecFieldAndLineAliases()
    {
        var catalog = Scenario.Catalog;

        catalog.FindField("power")!.Names.KoreanAliases.ShouldBe(["전력", "소비전력", "전력 사용량"], ignoreOrder: true);
        catalog.FindField("output")!.Names.KoreanAliases.ShouldBe(["생산량", "생산 수량"], ignoreOrder: true);
        catalog.FindTagValue("line", "1")!.Names.EnglishAliases.ShouldContain("line 1");
        catalog.FindTagValue("line", "utility")!.Names.EnglishAliases.ShouldContain("utility");
        Scenario.Series.Single(s => s.Group == "press-3" && s.Field.Field == "vibration").Label.KoreanName.ShouldBe("프레스 3호기 진동");
    }

    [Theory]
    [InlineData(10, 2, 3, false)]   // Friday night
    [InlineData(10, 2, 10, true)]   // Friday morning shift
    [InlineData(10, 3, 15, true)]   // Saturday afternoon shift
    [InlineData(10, 4, 10, false)]  // Sunday
    [InlineData(10, 5, 23, false)]  // Monday after the second shift
    public void Output_AtShiftTimes_FollowsTwoShiftsAndSundayStop(int month, int day, int hour, bool producing)
    {
        foreach (var press in new[] { "press-1", "press-2", "press-3", "press-4" })
        {
            var output = _table.Value(press, "output", Seoul(month, day, hour));

            if (producing)
            {
                output.ShouldBeGreaterThan(0, press);
            }
            else
            {
                output.ShouldBe(0, press);
            }
        }
    }

    [Fact]
    public void Power_AtShiftStart_RampsOverMinutesNotInOneStep()
    {
        var table = Load(Create("factory", 3, 10_000));
        var power = table.Series("press-1", "power");

        var ramp = table.Window(power, Seoul(10, 2, 5, 59).ToUnixTimeMilliseconds(), Seoul(10, 2, 6, 20).ToUnixTimeMilliseconds());

        ramp[0].ShouldBeLessThan(5);
        ramp[^1].ShouldBeGreaterThan(35);
        ramp.Count(v => v > 10 && v < 30).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void Temperature_AfterShiftStart_RisesGraduallyWithThermalInertia()
    {
        var before = _table.Value("press-1", "temperature", Seoul(10, 2, 5, 55));
        var shortlyAfter = _table.Value("press-1", "temperature", Seoul(10, 2, 6, 15));
        var midShift = _table.Value("press-1", "temperature", Seoul(10, 2, 13));

        (shortlyAfter - before).ShouldBeLessThan(10);
        (midShift - before).ShouldBeGreaterThan(25);
    }

    [Fact]
    public void Oven_DuringProduction_HoldsItsSetPointAndCoolsAtNight()
    {
        var temperature = _table.Series("oven-1", "temperature");

        var held = _table.Window(temperature, Seoul(10, 2, 8).ToUnixTimeMilliseconds(), Seoul(10, 2, 21).ToUnixTimeMilliseconds());

        held.ShouldAllBe(v => v > 177 && v < 183);
        _table.Value("oven-1", "temperature", Seoul(10, 3, 4)).ShouldBeLessThan(60);
    }

    [Fact]
    public void Compressor_InLearningPeriod_HoldsAboutSevenBarAndDrawsMorePowerInProduction()
    {
        var pressure = _table.Series("compressor-1", "pressure");
        var learning = _table.Window(pressure, Scenario.Options.FromMs, Scenario.Options.FromMs + ScenarioOptions.LearningPeriodMs - 1);

        learning.ShouldAllBe(v => v > 6.8 && v < 7.2);
        _table.Value("compressor-1", "power", Seoul(10, 2, 11)).ShouldBeGreaterThan(30);
        _table.Value("compressor-1", "power", Seoul(10, 2, 3)).ShouldBeLessThan(20);
    }

    [Fact]
    public void Labels_DefaultRange_LieAfterLearningInsideRangeWithoutOverlap()
    {
        LabelInvariants.Check(Scenario);
    }

    [Fact]
    public void Labels_DefaultRange_HoldTwoToFourOfEachKindAndOneProductChange()
    {
        var byKind = Scenario.Labels.GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count());

        foreach (var kind in Enum.GetValues<ScenarioLabelKind>().Where(k => k != ScenarioLabelKind.ProductChange))
        {
            byKind.GetValueOrDefault(kind).ShouldBeInRange(2, 4, kind.ToString());
        }

        byKind[ScenarioLabelKind.ProductChange].ShouldBe(1);
    }

    [Fact]
    public void Labels_FirstLevelShift_IsTheCloggedCompressorFilter()
    {
        var first = Scenario.Labels.First(l => l.Kind == ScenarioLabelKind.LevelShift);

        (first.Group, first.Field).ShouldBe(("compressor-1", "power"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(14)]
    public void Labels_RangeWithinLearningPeriod_AreEmpty(double days)
    {
        Create("factory", days, 60_000).Labels.ShouldBeEmpty();
    }

    [Fact]
    public void Labels_LongerRange_HoldMoreEventsAndShorterFewer()
    {
        var shorter = Create("factory", 18, 60_000).Labels.Count;
        var longer = Create("factory", 70, 60_000).Labels.Count;

        shorter.ShouldBeLessThan(Scenario.Labels.Count);
        shorter.ShouldBeGreaterThan(0);
        longer.ShouldBeGreaterThan(Scenario.Labels.Count);
        LabelInvariants.Check(Create("factory", 70, 60_000));
    }

    [Fact]
    public void Gap_LabelledSpan_HasNoRowsForThatMachineOnly()
    {
        var gaps = Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Gap).ToList();
        gaps.ShouldNotBeEmpty();

        foreach (var gap in gaps)
        {
            gap.Field.ShouldBe(ScenarioLabel.AllFields);
            ((gap.EndMs - gap.StartMs) / 60_000).ShouldBe(19, "20 minutes, end inclusive");
            foreach (var series in Scenario.Series)
            {
                var inside = _table.Window(series, gap.StartMs, gap.EndMs);
                if (series.Group == gap.Group)
                {
                    inside.ShouldBeEmpty(series.Key.ToString());
                    double.IsNaN(_table.Values[series.Index][_table.Tick(gap.StartMs) - 1]).ShouldBeFalse();
                    double.IsNaN(_table.Values[series.Index][_table.Tick(gap.EndMs) + 1]).ShouldBeFalse();
                }
                else
                {
                    inside.Count.ShouldBe(20, series.Key.ToString());
                }
            }
        }
    }

    [Fact]
    public void Stuck_LabelledSpan_RepeatsTheLastValueBeforeIt()
    {
        var stuck = Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Stuck).ToList();
        stuck.ShouldNotBeEmpty();

        foreach (var label in stuck)
        {
            var series = _table.Series(label.Group, label.Field);
            var before = _table.Values[series.Index][_table.Tick(label.StartMs) - 1];
            var inside = _table.Window(series, label.StartMs, label.EndMs);

            (label.EndMs - label.StartMs).ShouldBeGreaterThanOrEqualTo(LocalHour);
            inside.ShouldAllBe(v => v == before, label.ToString());
            _table.Values[series.Index][_table.Tick(label.EndMs) + 5].ShouldNotBe(before);
        }
    }

    [Fact]
    public void ProductChange_Pressure_MovesToANewLevelThatPersistsToTheEnd()
    {
        var change = Scenario.Labels.Single(l => l.Kind == ScenarioLabelKind.ProductChange);
        var range = Scenario.Options;

        change.Field.ShouldBe("pressure");
        change.EndMs.ShouldBe(change.StartMs + LocalHour);
        change.StartMs.ShouldBeGreaterThanOrEqualTo(range.FromMs + ((range.ToMs - range.FromMs) * 2 / 3));

        foreach (var press in new[] { "press-1", "press-2", "press-3", "press-4" })
        {
            var series = _table.Series(press, "pressure");
            var before = ProductionMean(series, change.StartMs - (4 * Day), change.StartMs);
            var lastDay = ProductionMean(series, range.ToMs - (2 * Day), range.ToMs);
            if (press == change.Group)
            {
                Math.Abs(lastDay - before).ShouldBeGreaterThan(8);
            }
            else
            {
                Math.Abs(lastDay - before).ShouldBeLessThan(3, press);
            }
        }
    }

    [Fact]
    public void SeasonalityBreak_LabelledNight_OnlyThatPressProduces()
    {
        var nights = Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.SeasonalityBreak).ToList();
        nights.ShouldNotBeEmpty();

        foreach (var night in nights)
        {
            var middle = (night.StartMs + night.EndMs) / 2;
            LocalClock.HourOfDay(night.StartMs).ShouldBe(22);
            foreach (var press in new[] { "press-1", "press-2", "press-3", "press-4" })
            {
                var output = _table.Values[_table.Series(press, "output").Index][_table.Tick(middle)];
                if (press == night.Group)
                {
                    output.ShouldBeGreaterThan(0);
                }
                else
                {
                    output.ShouldBe(0);
                }
            }
        }
    }

    [Fact]
    public void Drift_LabelledSpan_OvenTemperatureCreepsUpHalfADegreePerHour()
    {
        var drifts = Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Drift).ToList();
        drifts.ShouldNotBeEmpty();

        foreach (var drift in drifts)
        {
            var series = _table.Series(drift.Group, drift.Field);
            var start = _table.Window(series, drift.StartMs, drift.StartMs + (30 * 60_000)).Average();
            var end = _table.Window(series, drift.EndMs - (30 * 60_000), drift.EndMs).Average();
            var hours = (drift.EndMs - drift.StartMs) / (double)LocalHour;

            (end - start).ShouldBeInRange((0.5 * (hours - 0.5)) - 0.6, (0.5 * hours) + 0.6);
        }
    }

    [Fact]
    public void Spike_LabelledSample_StandsFarAboveTheHalfHourBefore()
    {
        foreach (var spike in Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Spike))
        {
            var series = _table.Series(spike.Group, spike.Field);
            var before = _table.Window(series, spike.StartMs - (30 * 60_000), spike.StartMs - 60_000);
            var mean = before.Average();
            var sigma = Math.Sqrt(before.Average(v => (v - mean) * (v - mean)));

            var peak = _table.Values[series.Index][_table.Tick(spike.StartMs)];

            (peak - mean).ShouldBeGreaterThan(Math.Max(5 * sigma, 0.2), spike.ToString());
        }
    }

    [Fact]
    public void Dip_LabelledSamples_FallFarBelowTheHalfHourBefore()
    {
        foreach (var dip in Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Dip))
        {
            var series = _table.Series(dip.Group, dip.Field);
            var (mean, sigma) = MeanAndSigma(_table.Window(series, dip.StartMs - (30 * 60_000), dip.StartMs - 60_000));

            var inside = _table.Window(series, dip.StartMs, dip.EndMs);

            inside.ShouldAllBe(v => mean - v > Math.Max(5 * sigma, 0.5), dip.ToString());
        }
    }

    [Fact]
    public void Variance_LabelledSpan_NoiseAtLeastDoubles()
    {
        foreach (var label in Scenario.Labels.Where(l => l.Kind == ScenarioLabelKind.Variance))
        {
            var series = _table.Series(label.Group, label.Field);
            var (_, usual) = MeanAndSigma(_table.Window(series, label.StartMs - LocalHour, label.StartMs - 60_000));
            var (_, inside) = MeanAndSigma(_table.Window(series, label.StartMs, label.EndMs));

            (inside / usual).ShouldBeGreaterThan(1.8, label.ToString());
        }
    }

    private static (double Mean, double Sigma) MeanAndSigma(List<double> values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }

    private const long LocalHour = 3_600_000;
    private const long Day = 86_400_000;

    // Mean pressure while the presses run steadily (10:00-20:00 local, Monday to Saturday), outside labelled events.
    private double ProductionMean(SeriesInfo series, long fromMs, long toMs)
    {
        var values = new List<double>();
        for (var t = _table.Tick(fromMs); t < _table.Tick(toMs); t++)
        {
            var time = _table.Timestamps[t];
            var local = DateTimeOffset.FromUnixTimeMilliseconds(time).ToOffset(TimeSpan.FromHours(9));
            var value = _table.Values[series.Index][t];
            if (local.DayOfWeek != DayOfWeek.Sunday && local.Hour >= 10 && local.Hour < 20 && !double.IsNaN(value)
                && !Scenario.Labels.Any(l => !l.IsNormalEvent && l.Covers(series, time)))
            {
                values.Add(value);
            }
        }

        values.Count.ShouldBeGreaterThan(100, string.Create(CultureInfo.InvariantCulture, $"production samples of {series.Key}"));
        return values.Average();
    }
}
