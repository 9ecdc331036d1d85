using Nunchi.Cli.Gen;

namespace Nunchi.Cli.Tests.Gen;

public sealed class GenRequestTests
{
    [Fact]
    public void Parse_OnlyScenario_UsesThirtyFiveDaysFromOctoberFirstInSeoulAndStandardOutput()
    {
        var request = GenRequest.Parse(new GenArguments("factory"), []);

        request.Options.FromMs.ShouldBe(new DateTimeOffset(2026, 9, 30, 15, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds());
        (request.Options.ToMs - request.Options.FromMs).ShouldBe(35 * 86_400_000L);
        request.Options.StepMs.ShouldBeNull();
        request.Options.Seed.ShouldBe(1);
        request.Format.ShouldBe(GenFormat.LineProtocol);
        request.OutPath.ShouldBeNull();
        request.LabelsPath.ShouldBeNull();
        request.AliasesPath.ShouldBeNull();
    }

    [Theory]
    [InlineData("10s", 10_000)]
    [InlineData("1m", 60_000)]
    [InlineData("15m", 900_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("1500ms", 1_500)]
    public void Parse_Step_ReadsNumberAndUnit(string text, long stepMs)
    {
        var request = GenRequest.Parse(new GenArguments("server", Step: text), []);

        request.Options.StepMs.ShouldBe(stepMs);
        GenRequest.FormatStep(stepMs).ShouldBe(text);
    }

    [Fact]
    public void Parse_FromAndDays_StartsAtFrom()
    {
        var request = GenRequest.Parse(new GenArguments("factory", From: "2026-11-01T00:00:00+09:00", Days: "2.5"), []);

        request.Options.FromMs.ShouldBe(new DateTimeOffset(2026, 10, 31, 15, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds());
        (request.Options.ToMs - request.Options.FromMs).ShouldBe(60 * 3_600_000L);
    }

    [Fact]
    public void Parse_Out_PutsLabelsAndAliasesBesideIt()
    {
        var output = Path.Combine("data", "plant.lp");

        var request = GenRequest.Parse(new GenArguments("factory", Out: output), []);

        request.OutPath.ShouldBe(output);
        request.LabelsPath.ShouldBe(Path.Combine("data", "plant.labels.csv"));
        request.AliasesPath.ShouldBe(Path.Combine("data", "plant.aliases.json"));
    }

    [Fact]
    public void Parse_DashOut_MeansStandardOutput()
    {
        GenRequest.Parse(new GenArguments("factory", Out: "-"), []).OutPath.ShouldBeNull();
    }
}
