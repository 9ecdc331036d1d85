using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;
using Nunchi.Core.Language;
using Nunchi.Core.Series;

namespace Nunchi.Cli.Detect;

/// <summary>Prints a <see cref="DetectReport"/> as one JSON document, for tools.</summary>
/// <remarks>
/// <para>Shape: <c>{ file, rows, timeColumn, from, to, minSeverity, series: [{ name, points, cadenceMs,
/// seasonalPeriodMs, mode, findings: [{ id, kind, ongoing, start, end, peak, durationMs, severity, expected, lower,
/// upper, actual, facts: {…}, narrative: { en, ko } }] }] }</c>. Times are ISO 8601 in UTC (<c>2024-01-05T10:00:00Z</c>,
/// with milliseconds when they are not zero); kinds are camel-case names (<c>spike</c>, <c>levelShift</c>); a number
/// that is not finite, or a fact that does not apply, is null. Narratives are rendered in the given time zone.</para>
/// <para>Written with <see cref="Utf8JsonWriter"/>: no reflection, so it stays correct when trimmed.</para>
/// </remarks>
internal static class JsonReport
{
    public static void Write(TextWriter output, DetectReport report, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(zone);
        var buffer = new ArrayBufferWriter<byte>();
        // Korean narratives and arrows stay readable rather than \u-escaped; the output is UTF-8 JSON, not HTML.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("file", report.FileName);
            json.WriteNumber("rows", report.Rows);
            json.WriteString("timeColumn", report.TimeColumn);
            if (report.Rows > 0)
            {
                json.WriteString("from", Iso(report.FirstMs));
                json.WriteString("to", Iso(report.LastMs));
            }

            json.WriteNumber("minSeverity", report.MinSeverity);
            json.WriteStartArray("series");
            foreach (var series in report.Series)
            {
                WriteSeries(json, series, zone);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary><c>2024-01-05T10:00:00Z</c>, or <c>2024-01-05T10:00:00.250Z</c> when the milliseconds are not zero.</summary>
    public static string Iso(long unixMs)
    {
        var format = unixMs % 1000 == 0 ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";
        return DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The camel-case name of a finding kind: <c>levelShift</c>.</summary>
    public static string KindCode(FindingKind kind)
    {
        var name = kind.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }

    private static void WriteSeries(Utf8JsonWriter json, SeriesReport series, TimeZoneInfo zone)
    {
        json.WriteStartObject();
        json.WriteString("name", series.Name);
        json.WriteNumber("points", series.Points);
        json.WriteNumber("cadenceMs", series.Summary.CadenceMs);
        json.WriteNumber("seasonalPeriodMs", series.Summary.SeasonalPeriodMs);
        json.WriteString("mode", series.Summary.Mode switch
        {
            SeriesMode.Counter => "counter",
            SeriesMode.Gauge => "gauge",
            _ => "undecided",
        });
        json.WriteStartArray("findings");
        var label = new SeriesLabel(series.Name);
        foreach (var finding in series.Findings)
        {
            WriteFinding(json, finding, label, zone);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, SeriesLabel label, TimeZoneInfo zone)
    {
        json.WriteStartObject();
        json.WriteNumber("id", finding.Id);
        json.WriteString("kind", KindCode(finding.Kind));
        json.WriteBoolean("ongoing", finding.IsOpen);
        json.WriteString("start", Iso(finding.StartMs));
        json.WriteString("end", Iso(finding.EndMs));
        json.WriteString("peak", Iso(finding.PeakMs));
        json.WriteNumber("durationMs", finding.DurationMs);
        Number(json, "severity", finding.Severity);
        Number(json, "expected", finding.Expected);
        Number(json, "lower", finding.Lower);
        Number(json, "upper", finding.Upper);
        Number(json, "actual", finding.Actual);
        WriteFacts(json, finding.Facts);
        json.WriteStartObject("narrative");
        json.WriteString("en", FindingNarrative.Render(finding, label, NarrativeLanguage.English, zone));
        json.WriteString("ko", FindingNarrative.Render(finding, label, NarrativeLanguage.Korean, zone));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter json, FindingFacts facts)
    {
        json.WriteStartObject("facts");
        json.WriteString("detector", facts.Detector);
        json.WriteString("direction", facts.Direction switch
        {
            Direction.Up => "up",
            Direction.Down => "down",
            _ => "none",
        });
        Number(json, "deviation", facts.Deviation);
        Number(json, "deviationSigma", facts.DeviationSigma);
        json.WriteNumber("points", facts.Points);
        Number(json, "shiftSize", facts.ShiftSize);
        Number(json, "varianceRatio", facts.VarianceRatio);
        Number(json, "slopePerHour", facts.SlopePerHour);
        Number(json, "stuckValue", facts.StuckValue);
        Number(json, "cadenceMs", facts.CadenceMs);
        Number(json, "seasonalPeriodMs", facts.SeasonalPeriodMs);
        Number(json, "normalAtPhaseMs", facts.NormalAtPhaseMs);
        json.WriteBoolean("becameNormal", facts.BecameNormal);
        json.WriteBoolean("returnedToKnownRegime", facts.ReturnedToKnownRegime);
        json.WriteBoolean("dampedByFeedback", facts.DampedByFeedback);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
