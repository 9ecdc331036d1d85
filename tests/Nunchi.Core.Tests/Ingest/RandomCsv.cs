using System.Globalization;
using System.Text;

namespace Nunchi.Core.Tests.Ingest;

/// <summary>A random CSV file together with what a correct reader must produce from it, built side by side.</summary>
internal sealed class RandomCsv
{
    private static readonly string[] s_isoLayouts =
    [
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz",
        "yyyy-MM-dd HH:mm",
    ];

    private RandomCsv(byte[] bytes, string[] valueColumns, List<CsvTestRow> expected)
    {
        Bytes = bytes;
        ValueColumns = valueColumns;
        Expected = expected;
    }

    public byte[] Bytes { get; }

    public string[] ValueColumns { get; }

    public List<CsvTestRow> Expected { get; }

    /// <summary>Builds a file of <paramref name="rowCount"/> rows: a time column, 1–3 value columns and a free-text column in random order.</summary>
    public static RandomCsv Create(int seed, int rowCount)
    {
        var random = new Random(seed);
        var delimiter = ",;\t"[random.Next(3)];
        var valueCount = random.Next(1, 4);
        var epochMilliseconds = random.Next(4) == 0;

        // 1. Columns in random order: -1 time, -2 note, k value column k.
        var roles = new List<int> { -1, -2 };
        for (var k = 0; k < valueCount; k++)
        {
            roles.Insert(random.Next(roles.Count + 1), k);
        }

        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append('\uFEFF');
        }

        text.AppendJoin(delimiter, roles.Select(role => role switch { -1 => "timestamp", -2 => "note", _ => $"v{role}" })).Append('\n');
        var line = 2L;
        var expected = new List<CsvTestRow>();

        // 2. Rows, remembering what each must read as.
        for (var row = 0; row < rowCount; row++)
        {
            if (random.Next(10) == 0)
            {
                text.Append('\n');
                line++;
            }

            var instant = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(0, 900_000_000));
            var values = new double?[valueCount];
            var timeText = string.Empty;
            var rowLine = line;
            for (var i = 0; i < roles.Count; i++)
            {
                string field;
                switch (roles[i])
                {
                    case -1:
                        (field, var ms) = Timestamp(random, instant, epochMilliseconds);
                        timeText = field;
                        instant = DateTimeOffset.FromUnixTimeMilliseconds(ms);
                        break;
                    case -2:
                        field = Note(random);
                        break;
                    default:
                        (field, values[roles[i]]) = Value(random);
                        break;
                }

                var quoted = field.Contains('"') || field.Contains('\n') || field.Contains(delimiter) || random.Next(4) == 0;
                if (quoted)
                {
                    line += field.Count(c => c == '\n');
                    field = "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                }

                text.Append(i == 0 ? string.Empty : delimiter).Append(field);
            }

            expected.Add(new CsvTestRow(instant.ToUnixTimeMilliseconds(), rowLine, timeText, values));
            if (row < rowCount - 1 || random.Next(2) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
            }

            line++;
        }

        var names = Enumerable.Range(0, valueCount).Select(k => $"v{k}").ToArray();
        return new RandomCsv(Encoding.UTF8.GetBytes(text.ToString()), names, expected);
    }

    private static (string Text, long UnixMs) Timestamp(Random random, DateTimeOffset instant, bool epochMilliseconds)
    {
        var withMs = instant.AddMilliseconds(random.Next(1000));
        if (epochMilliseconds)
        {
            return (withMs.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), withMs.ToUnixTimeMilliseconds());
        }

        var layout = random.Next(s_isoLayouts.Length);
        var shown = layout switch
        {
            0 => instant,
            3 => instant.AddSeconds(-instant.Second),
            _ => withMs,
        };
        var offset = layout == 2 ? shown.ToOffset(TimeSpan.FromMinutes(30 * random.Next(-24, 25))) : shown;
        return (offset.ToString(s_isoLayouts[layout], CultureInfo.InvariantCulture), shown.ToUnixTimeMilliseconds());
    }

    private static (string Text, double? Value) Value(Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                return (string.Empty, null);
            case 1:
                return ("NaN", double.NaN);
            case 2:
                return ("-inf", double.NegativeInfinity);
            case 3:
                var integer = random.Next(-100_000, 100_000);
                return ($" {integer.ToString(CultureInfo.InvariantCulture)} ", integer);
            default:
                var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 12));
                var text = value.ToString(random.Next(2) == 0 ? "R" : "F3", CultureInfo.InvariantCulture);
                return (text, double.Parse(text, CultureInfo.InvariantCulture));
        }
    }

    private static string Note(Random random)
    {
        const string alphabet = "ab ,;\t\"\n\r프레스x";
        var note = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            note.Append(alphabet[random.Next(alphabet.Length)]);
        }

        // A CR only inside quotes and only before LF, so that line counting stays simple.
        return note.ToString().Replace("\r", "\r\n", StringComparison.Ordinal).Replace("\r\n\n", "\r\n", StringComparison.Ordinal);
    }
}
