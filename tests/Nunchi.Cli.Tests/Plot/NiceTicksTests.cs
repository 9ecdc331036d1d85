using FsCheck;
using FsCheck.Fluent;
using Nunchi.Cli.Plot;

namespace Nunchi.Cli.Tests.Plot;

public sealed class NiceTicksTests
{
    [Theory]
    [InlineData(0, 100, 6, 20, new[] { 0.0, 20, 40, 60, 80, 100 })]
    [InlineData(52.1, 79.3, 6, 5, new[] { 55.0, 60, 65, 70, 75 })]
    [InlineData(-0.013, 0.021, 5, 0.01, new[] { -0.01, 0, 0.01, 0.02 })]
    [InlineData(401.2, 425.9, 6, 5, new[] { 405.0, 410, 415, 420, 425 })]
    public void For_TypicalRanges_GivesRoundSteps(double min, double max, int maxTicks, double step, double[] expected)
    {
        // Act
        var ticks = NiceTicks.For(min, max, maxTicks);

        // Assert
        ticks.Step.ShouldBe(step, 1e-12);
        ticks.Values.Count.ShouldBe(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            ticks.Values[i].ShouldBe(expected[i], 1e-12);
        }
    }

    [Fact]
    public void For_AnyRange_StepIsOneTwoOrFiveTimesAPowerOfTenAndTicksAreItsMultiplesInRange()
    {
        // Arrange: ranges from 10^-6 to 10^9 wide anywhere within ±10^9.
        var cases = FsCheck.Fluent.Gen.Zip(
            FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(-1_000_000_000, 1_000_000_000), FsCheck.Fluent.Gen.Choose(1, 1_000_000)),
            FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(-6, 3), FsCheck.Fluent.Gen.Choose(3, 12))).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            var ((start, width), (exponent, maxTicks)) = c;
            var min = start / 1000.0;
            var max = min + width * Math.Pow(10, exponent);

            // Act
            var ticks = NiceTicks.For(min, max, maxTicks);

            // Assert
            var mantissa = ticks.Step / Math.Pow(10, Math.Floor(Math.Log10(ticks.Step) + 1e-9));
            new[] { 1.0, 2, 5 }.ShouldContain(m => Math.Abs(m - mantissa) < 1e-9);
            ticks.Values.Count.ShouldBeInRange(1, maxTicks);
            foreach (var value in ticks.Values)
            {
                value.ShouldBeInRange(min - ticks.Step * 1e-6, max + ticks.Step * 1e-6);
                var multiple = value / ticks.Step;
                Math.Abs(multiple - Math.Round(multiple)).ShouldBeLessThan(1e-6);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0, 1, 0.4, "0.4")]
    [InlineData(0, 100, 40, "40")]
    [InlineData(0, 50_000, 20_000, "20k")]
    [InlineData(0, 2_500_000_000, 1_000_000_000, "1.0G")]
    [InlineData(-1, 1, 0, "0.0")]
    [InlineData(-0.013, 0.021, -0.01, "-0.01")]
    public void Format_Tick_UsesStepDecimalsAndSuffix(double min, double max, double value, string expected)
    {
        // Arrange
        var ticks = NiceTicks.For(min, max, 6);

        // Act + Assert
        ticks.Format(value).ShouldBe(expected);
    }
}
