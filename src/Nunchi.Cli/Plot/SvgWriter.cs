using System.Globalization;

namespace Nunchi.Cli.Plot;

/// <summary>
/// Writes SVG markup: raw markup, escaped text and compact numbers (invariant culture, one decimal).
/// </summary>
internal sealed class SvgWriter(TextWriter writer)
{
    /// <summary>Writes markup as is; only for constant strings, never for user data.</summary>
    public SvgWriter Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    public SvgWriter Raw(char c)
    {
        writer.Write(c);
        return this;
    }

    /// <summary>Writes user text escaped, so that it is inert character data (and valid in attribute values).</summary>
    public SvgWriter Text(string text)
    {
        writer.Write(SvgEscape.Text(text));
        return this;
    }

    /// <summary>Writes a coordinate rounded to one decimal, without a trailing ".0" or a negative zero.</summary>
    public SvgWriter Num(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (rounded == 0 || !double.IsFinite(rounded))
        {
            rounded = 0;
        }

        Span<char> buffer = stackalloc char[32];
        if (rounded.TryFormat(buffer, out var written, "0.#", CultureInfo.InvariantCulture))
        {
            writer.Write(buffer[..written]);
        }
        else
        {
            writer.Write(rounded.ToString("0.#", CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>Writes <c> name="value"</c> with the value as a compact number.</summary>
    public SvgWriter Attr(string name, double value)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        Num(value);
        writer.Write('"');
        return this;
    }

    /// <summary>Writes <c> name="value"</c> with a constant value; user data goes through <see cref="Text"/>.</summary>
    public SvgWriter Attr(string name, string constant)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        writer.Write(constant);
        writer.Write('"');
        return this;
    }

    /// <summary>Writes <c>x y</c> for a path or points list.</summary>
    public SvgWriter Point(double x, double y) => Num(x).Raw(' ').Num(y);

    /// <summary>Writes a <c>&lt;text&gt;</c> element whose content is escaped user text.</summary>
    public SvgWriter TextElement(double x, double y, string cssClass, string anchor, string text)
    {
        Raw("<text").Attr("x", x).Attr("y", y).Attr("class", cssClass);
        if (anchor != "start")
        {
            Attr("text-anchor", anchor);
        }

        return Raw('>').Text(text).Raw("</text>\n");
    }

    /// <summary>Writes a line from (x1, y1) to (x2, y2) with a CSS class.</summary>
    public SvgWriter Line(double x1, double y1, double x2, double y2, string cssClass) =>
        Raw("<line").Attr("x1", x1).Attr("y1", y1).Attr("x2", x2).Attr("y2", y2).Attr("class", cssClass).Raw("/>\n");

    /// <summary>Writes a rectangle with a CSS class.</summary>
    public SvgWriter Rect(double x, double y, double width, double height, string cssClass) =>
        Raw("<rect").Attr("x", x).Attr("y", y).Attr("width", width).Attr("height", height).Attr("class", cssClass).Raw("/>\n");
}
