using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class ScenarioLabelCsvTests
{
    [Fact]
    public void Write_FactoryLabels_ReadsBackEqual()
    {
        var labels = ScenarioTable.Create("factory", 35, 60_000).Labels;
        using var text = new StringWriter();

        ScenarioLabelCsv.Write(text, labels);
        var ok = ScenarioLabelCsv.TryRead(new StringReader(text.ToString()), out var read, out var error);

        ok.ShouldBeTrue(error);
        read.ShouldBe(labels);
        text.ToString().ShouldStartWith("kind,machine,field,start,end\n");
    }

    [Fact]
    public void Write_OneLabel_UsesTheVocabularyAndIsoUtcTimes()
    {
        var start = new DateTimeOffset(2026, 10, 20, 3, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var label = new ScenarioLabel(ScenarioLabelKind.LevelShift, "compressor-1", "power", start, start + 7_200_000);
        using var text = new StringWriter();

        ScenarioLabelCsv.Write(text, [label]);

        text.ToString().ShouldBe("kind,machine,field,start,end\nlevel_shift,compressor-1,power,2026-10-20T03:00:00Z,2026-10-20T05:00:00Z\n");
    }

    [Theory]
    [InlineData("kind,machine,field,start\n", "line 1")]
    [InlineData("kind,machine,field,start,end\nwobble,press-1,power,2026-10-20T03:00:00Z,2026-10-20T05:00:00Z\n", "line 2: unknown kind 'wobble'")]
    [InlineData("kind,machine,field,start,end\nspike,press-1,power,2026-10-20T03:00:00Z\n", "line 2: expected 5 columns")]
    [InlineData("kind,machine,field,start,end\nspike,press-1,power,soon,2026-10-20T05:00:00Z\n", "line 2: start and end")]
    [InlineData("kind,machine,field,start,end\n\nspike,press-1,power,2026-10-20T06:00:00Z,2026-10-20T05:00:00Z\n", "line 3: end is before start")]
    public void TryRead_BadFile_SaysWhichLineAndWhy(string text, string expected)
    {
        var ok = ScenarioLabelCsv.TryRead(new StringReader(text), out _, out var error);

        ok.ShouldBeFalse();
        error.ShouldNotBeNull().ShouldStartWith(expected);
    }

    [Theory]
    [InlineData(ScenarioLabelKind.Spike, "spike")]
    [InlineData(ScenarioLabelKind.LevelShift, "level_shift")]
    [InlineData(ScenarioLabelKind.SeasonalityBreak, "seasonality_break")]
    [InlineData(ScenarioLabelKind.ProductChange, "product_change")]
    public void ToText_Kind_RoundTripsThroughTryParse(ScenarioLabelKind kind, string text)
    {
        ScenarioLabelKinds.ToText(kind).ShouldBe(text);
        ScenarioLabelKinds.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(kind);
    }

    [Fact]
    public void Covers_AllFieldsLabel_CoversEveryFieldOfItsGroupOnly()
    {
        var scenario = ScenarioTable.Create("factory", 1);
        var gap = new ScenarioLabel(ScenarioLabelKind.Gap, "press-2", ScenarioLabel.AllFields, 0, 10);

        scenario.Series.Where(s => gap.Covers(s)).Select(s => s.Group).Distinct().ShouldBe(["press-2"]);
        scenario.Series.Count(s => gap.Covers(s)).ShouldBe(5);
    }
}
