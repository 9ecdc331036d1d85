namespace Nunchi.Cli.Plot;

/// <summary>The chart's style sheet: colours, strokes and fonts by class, so elements stay short.</summary>
/// <remarks>
/// Blue for the data, grey for the expectation, amber and red for moderate and severe findings; severity is
/// also carried by fill versus outline (labels, markers), so colour is never the only signal.
/// </remarks>
internal static class PlotStyle
{
    public const string Css = """
        text{font-family:'Segoe UI','Helvetica Neue',Arial,'Noto Sans','Noto Sans CJK KR','Malgun Gothic','Apple SD Gothic Neo','DejaVu Sans',sans-serif;fill:#1f2933}
        .bg{fill:#ffffff}
        .title{font-size:18px;font-weight:bold}
        .sub{font-size:12px;fill:#5b6675}
        .pt{font-size:13px;font-weight:bold}
        .pu,.ps{font-weight:normal;fill:#5b6675}
        .ps{font-size:11px}
        .ax{font-size:11px;fill:#5b6675}
        .lg{font-size:12px;fill:#333d49}
        .note{font-size:13px;fill:#8a94a3}
        .area{fill:#ffffff}
        .frame{fill:none;stroke:#b9c0ca;stroke-width:1}
        .grid{stroke:#e8ebef;stroke-width:1}
        .tick{stroke:#8a94a3;stroke-width:1}
        .band{fill:#b5d0ef;fill-opacity:0.5;stroke:none}
        .edge{fill:none;stroke:#5d8fcc;stroke-width:0.8;stroke-dasharray:3 2}
        .exp{fill:none;stroke:#1f2933;stroke-width:1.1}
        .val{fill:none;stroke:#3a78c2;stroke-width:1;stroke-linejoin:round;stroke-linecap:round}
        .miss{fill:#e3e6ea;fill-opacity:0.7;stroke:none}
        .fm{fill:#f2a516;fill-opacity:0.2;stroke:none}
        .fs{fill:#d7262b;fill-opacity:0.16;stroke:none}
        .fm.narrow{fill-opacity:0.5}
        .fs.narrow{fill-opacity:0.4}
        .pk-m{fill:#ffffff;stroke:#c77c00;stroke-width:1.8}
        .pk-s{fill:#c8161d;stroke:#ffffff;stroke-width:1}
        .lb-m{fill:#fffaf0;stroke:#d48a0a;stroke-width:1}
        .lb-s{fill:#c8161d;stroke:none}
        .lt-m{font-size:11px;fill:#7a4b00}
        .lt-s{font-size:11px;font-weight:bold;fill:#ffffff}
        """;
}
