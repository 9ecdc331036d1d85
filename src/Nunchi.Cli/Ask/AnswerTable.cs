using System.Globalization;
using Nunchi.Cli.Detect;
using Nunchi.Core.Findings;
using Nunchi.Core.Language;
using Nunchi.Engine.Questions;
using Nunchi.Storage;

namespace Nunchi.Cli.Ask;

/// <summary>The small tables under an answer's text: its values, its findings, or a forecast step by step.</summary>
internal static class AnswerTable
{
    private const int MostRows = 20;

    public static void Write(TextWriter output, AskResult result, ISeriesCatalog catalog, TimeZoneInfo zone)
    {
        var language = result.Interpretation.Language;
        bool korean = language == NarrativeLanguage.Korean;
        var answer = result.Answer;
        string Time(long ms) => TimeText.Format(ms, zone, language);
        if (answer.Forecast.Select(r => r.SeriesId).Distinct().Count() == 1)
        {
            var unit = catalog.ById(answer.Forecast[0].SeriesId)?.Unit;
            Rows(output, korean ? ["시각", "예상값", "하한", "상한"] : ["time", "expected", "lower", "upper"], [.. answer.Forecast.Select(r => new[]
            {
                Time(r.Point.TimestampMs),
                Number(r.Point.Expected, r.Decimals, unit),
                Number(r.Point.Lower, r.Decimals, unit),
                Number(r.Point.Upper, r.Decimals, unit),
            })]);
            return;
        }

        if (answer.Findings.Count > 0)
        {
            Rows(output, korean ? ["시작", "끝", "종류", "시리즈", "심각도"] : ["start", "end", "kind", "series", "severity"], [.. answer.Findings.Select(f => new[]
            {
                Time(f.Finding.StartMs),
                Time(f.Finding.EndMs),
                FindingNarrative.KindName(f.Finding.Kind, language),
                Name(catalog, f, korean),
                NumberText.Fixed(f.Finding.Severity, 2),
            })]);
            return;
        }

        if (answer.Values.Count > 1 || (answer.Values.Count == 1 && answer.Values[0].AtMs is not null))
        {
            Rows(output, korean ? ["이름", "값", "시각"] : ["name", "value", "at"], [.. answer.Values.Select(v => new[]
            {
                v.Name,
                Number(v.Value, v.Decimals, v.Unit),
                v.AtMs is long at ? Time(at) : "",
            })]);
        }
    }

    private static string Name(ISeriesCatalog catalog, StoredFinding finding, bool korean)
    {
        var series = catalog.ById(finding.SeriesId);
        if (series is null)
        {
            return finding.SeriesId.ToString(CultureInfo.InvariantCulture);
        }

        var label = Core.Series.SeriesNaming.Label(series.Key, series.Aliases, series.Unit);
        return korean ? label.KoreanName ?? label.Name : label.Name;
    }

    // As the text writes it: the series' resolution; counts as whole numbers.
    private static string Number(double value, int? decimals, string? unit)
    {
        string number = NumberText.Fixed(value, decimals ?? 0);
        return unit is null ? number : $"{number} {unit}";
    }

    // Left-aligned columns as wide as their widest cell (Hangul counts two), the first rows only.
    private static void Rows(TextWriter output, string[] header, List<string[]> rows)
    {
        var shown = rows.Take(MostRows).ToList();
        var widths = new int[header.Length];
        foreach (var row in shown.Prepend(header))
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], TextWidth.Of(row[c]));
            }
        }

        output.WriteLine();
        foreach (var row in shown.Prepend(header))
        {
            output.WriteLine("  " + string.Join("   ", row.Select((cell, c) => c == row.Length - 1 ? cell : TextWidth.PadRight(cell, widths[c]))).TrimEnd());
        }

        if (rows.Count > shown.Count)
        {
            output.WriteLine($"  … {rows.Count - shown.Count} more");
        }
    }
}
