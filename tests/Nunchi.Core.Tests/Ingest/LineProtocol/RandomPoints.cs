using System.Globalization;
using System.Text;
using Nunchi.Core.Series;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

/// <summary>Random points written as line protocol by an independent formatter, with what a parser must read back.</summary>
internal sealed class RandomPoints
{
    // Names mix plain letters with everything line protocol escapes or could trip over.
    private static readonly string[] s_pieces = ["a", "b", "temp", " ", ",", "=", "\\", "\"", "#", "공장", "1호기", "🍭", "'", "\t", "i", "u", "1", "-", "."];

    private RandomPoints(string text, List<(SeriesKey Key, long TimestampMs, double Value, int Line)> expected, int skippedStrings)
    {
        Text = text;
        Expected = expected;
        SkippedStrings = skippedStrings;
    }

    public string Text { get; }

    public List<(SeriesKey Key, long TimestampMs, double Value, int Line)> Expected { get; }

    public int SkippedStrings { get; }

    public static RandomPoints Create(int seed, int points, long defaultTimestampMs)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var expected = new List<(SeriesKey, long, double, int)>();
        var skipped = 0;
        var line = 1;
        for (var p = 0; p < points; p++)
        {
            var measurement = Name(random);
            var tags = Distinct(random, random.Next(0, 4)).Select(k => new KeyValuePair<string, string>(k, Name(random))).ToList();
            text.Append(Escape(measurement, measurement: true));
            foreach (var tag in tags)
            {
                text.Append(',').Append(Escape(tag.Key, measurement: false)).Append('=').Append(Escape(tag.Value, measurement: false));
            }

            text.Append(' ');
            var fields = Distinct(random, random.Next(1, 6));
            var values = new List<(string Field, double Value)>();
            var newlinesInStrings = 0;
            for (var f = 0; f < fields.Count; f++)
            {
                text.Append(f == 0 ? string.Empty : ",").Append(Escape(fields[f], measurement: false)).Append('=');
                switch (random.Next(6))
                {
                    case 0:
                        var integer = random.NextInt64(long.MinValue, long.MaxValue);
                        text.Append(integer.ToString(CultureInfo.InvariantCulture)).Append('i');
                        values.Add((fields[f], integer));
                        break;
                    case 1:
                        var unsigned = (ulong)random.NextInt64() * 2;
                        text.Append(unsigned.ToString(CultureInfo.InvariantCulture)).Append('u');
                        values.Add((fields[f], unsigned));
                        break;
                    case 2:
                        var truth = random.Next(2) == 0;
                        text.Append(truth ? (random.Next(2) == 0 ? "t" : "True") : (random.Next(2) == 0 ? "F" : "false"));
                        values.Add((fields[f], truth ? 1 : 0));
                        break;
                    case 3:
                        var content = Name(random) + (random.Next(3) == 0 ? "\n" : string.Empty) + Name(random);
                        newlinesInStrings += content.Count(c => c == '\n');
                        text.Append('"').Append(content.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                        skipped++;
                        break;
                    default:
                        var number = random.Next(2) == 0
                            ? Math.Round((random.NextDouble() - 0.5) * 1000, random.Next(5))
                            : BitConverter.Int64BitsToDouble(random.NextInt64());
                        number = double.IsFinite(number) ? number : 1.5;
                        text.Append(number.ToString("R", CultureInfo.InvariantCulture));
                        values.Add((fields[f], number));
                        break;
                }
            }

            var timestampMs = defaultTimestampMs;
            if (random.Next(4) != 0)
            {
                var nanoseconds = random.NextInt64(long.MinValue, long.MaxValue);
                text.Append(' ').Append(nanoseconds.ToString(CultureInfo.InvariantCulture));
                timestampMs = nanoseconds / 1_000_000 - (nanoseconds % 1_000_000 < 0 ? 1 : 0);
            }

            foreach (var (field, value) in values)
            {
                expected.Add((new SeriesKey(measurement, tags, field), timestampMs, value, line));
            }

            text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
            line += 1 + newlinesInStrings;
        }

        return new RandomPoints(text.ToString(), expected, skipped);
    }

    private static List<string> Distinct(Random random, int count)
    {
        var names = new List<string>();
        while (names.Count < count)
        {
            var name = Name(random);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string Name(Random random)
    {
        var name = new StringBuilder();
        var length = random.Next(1, 5);
        for (var i = 0; i < length; i++)
        {
            name.Append(s_pieces[random.Next(s_pieces.Length)]);
        }

        // A line whose first character is '#' is a comment, so a measurement may not start with one; and blanks
        // before a measurement or field set are skipped (as InfluxDB does), so neither may start with a tab.
        return name[0] is '#' or '\t' ? "x" + name : name.ToString();
    }

    private static string Escape(string text, bool measurement)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (c is ',' or ' ' or '\\' || (!measurement && c == '='))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
