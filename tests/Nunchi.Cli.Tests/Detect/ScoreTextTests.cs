using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Cli.Detect;

namespace Nunchi.Cli.Tests.Detect;

public sealed class ScoreTextTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.734512, "0.734512")]
    [InlineData(0.7345124, "0.734512")]
    [InlineData(0.7345125, "0.734513")]
    [InlineData(0.05, "0.05")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000004, "0")]
    [InlineData(0.9999996, "1")]
    [InlineData(-0.25, "0")]
    [InlineData(3.0, "1")]
    [InlineData(double.NaN, "0")]
    public void Write_Score_ShortTextWithAtMostSixDecimals(double score, string expected)
    {
        var buffer = new byte[ScoreText.MaxLength];

        var written = ScoreText.Write(score, buffer);

        Encoding.ASCII.GetString(buffer, 0, written).ShouldBe(expected);
    }

    [Fact]
    public void Write_AnyScoreInRange_ParsesBackWithinHalfAMillionth()
    {
        Prop.ForAll(
            FsCheck.Fluent.Gen.Choose(0, 1_000_000_000).ToArbitrary(),
            n =>
            {
                var score = n / 1e9;
                var buffer = new byte[ScoreText.MaxLength];
                var text = Encoding.ASCII.GetString(buffer, 0, ScoreText.Write(score, buffer));
                return Math.Abs(double.Parse(text, CultureInfo.InvariantCulture) - score) <= 5e-7 + 1e-12 && !text.EndsWith('.') && (text.Length == 1 || !text.EndsWith('0'));
            }).QuickCheckThrowOnFailure();
    }
}
