using Nunchi.Cli.Plot;

namespace Nunchi.Cli.Tests.Plot;

public sealed class SvgEscapeTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;")]
    [InlineData("]]></style><script>", "]]&gt;&lt;/style&gt;&lt;script&gt;")]
    [InlineData("3호기 온도 °C", "3호기 온도 °C")]
    [InlineData("bell\u0007 nul\0 tab\t", "bell\uFFFD nul\uFFFD tab ")]
    public void Text_UserText_BecomesInertWellFormedCharacterData(string text, string expected)
    {
        SvgEscape.Text(text).ShouldBe(expected);
    }

    [Fact]
    public void Text_LoneSurrogate_ReplacedButPairKept()
    {
        // Built in code: test runners may not carry a lone surrogate through [InlineData] intact.
        var text = "lone " + '\uD800' + " pair \uD83D\uDE00";

        SvgEscape.Text(text).ShouldBe("lone \uFFFD pair \uD83D\uDE00");
    }
}
