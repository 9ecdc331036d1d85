using Nunchi.Cli.Detect;

namespace Nunchi.Cli.Tests.Detect;

public sealed class TextWidthTests
{
    [Theory]
    [InlineData("spike", 5)]
    [InlineData("급등", 4)]
    [InlineData("수준 변화", 9)]
    [InlineData("", 0)]
    public void Of_Text_CountsWideCharactersTwice(string text, int columns)
    {
        TextWidth.Of(text).ShouldBe(columns);
    }

    [Fact]
    public void PadRight_KoreanText_FillsToTheSameTerminalWidthAsLatin()
    {
        TextWidth.Of(TextWidth.PadRight("급등", 12)).ShouldBe(TextWidth.Of(TextWidth.PadRight("spike", 12)));
        TextWidth.PadRight("급등", 6).ShouldBe("급등  ");
    }
}
