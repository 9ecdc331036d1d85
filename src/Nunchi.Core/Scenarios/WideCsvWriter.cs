using System.Text;

namespace Nunchi.Core.Scenarios;

/// <summary>
/// Writes a scenario as one wide CSV: header <c>timestamp,press-1.temperature,...</c>, then one line per timestamp with
/// the ISO 8601 UTC time (<c>2026-10-01T03:00:00Z</c>) and every series' value; a cell is empty while its group has
/// no row (a gap).
/// </summary>
/// <remarks>Values are written at each field's resolution; no allocations per line. Call <see cref="Flush"/> at the end.</remarks>
public sealed class WideCsvWriter : IScenarioSink
{
    private readonly Utf8Output _output;
    private readonly IReadOnlyList<SeriesGroup> _groups;
    private readonly double[] _cells;
    private readonly bool[] _present;
    private readonly byte[] _datePrefix = new byte[11];
    private long _prefixDay = long.MinValue;

    /// <summary>Creates a writer and writes the header to <paramref name="output"/> (not closed by the writer).</summary>
    public WideCsvWriter(IScenario scenario, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(output);
        _output = new Utf8Output(output);
        _groups = scenario.Groups;
        _cells = new double[scenario.Series.Count];
        _present = new bool[scenario.Groups.Count];
        var header = new StringBuilder("timestamp");
        foreach (var series in scenario.Series)
        {
            header.Append(',').Append(Quote(series.Column));
        }

        _output.Write(Encoding.UTF8.GetBytes(header.Append('\n').ToString()));
    }

    /// <summary>Lines written after the header (one per timestamp).</summary>
    public long Rows { get; private set; }

    /// <summary>Non-empty cells written.</summary>
    public long Values { get; private set; }

    /// <summary>Bytes written (including those not flushed yet).</summary>
    public long Bytes => _output.BytesWritten;

    /// <inheritdoc/>
    public void OnRow(ScenarioRow row)
    {
        row.Values.CopyTo(_cells.AsSpan(row.Group.FirstSeries));
        _present[row.Group.Index] = true;
    }

    /// <inheritdoc/>
    public void OnTimestampEnd(long timestampMs)
    {
        WriteTimestamp(timestampMs);
        foreach (var group in _groups)
        {
            var present = _present[group.Index];
            foreach (var series in group.Series)
            {
                _output.Write((byte)',');
                if (!present)
                {
                    continue;
                }

                if (series.Field.IsInteger)
                {
                    _output.WriteInt64((long)_cells[series.Index]);
                }
                else
                {
                    _output.WriteFixed(_cells[series.Index], series.Field.Decimals);
                }

                Values++;
            }

            _present[group.Index] = false;
        }

        _output.Write((byte)'\n');
        Rows++;
    }

    /// <summary>Writes what is buffered and flushes the stream.</summary>
    public void Flush() => _output.Flush();

    // The date part changes once a day, so it is formatted once a day; the time of day is written digit by digit.
    private void WriteTimestamp(long unixMs)
    {
        var day = LocalClock.FloorDiv(unixMs, LocalClock.DayMs);
        if (day != _prefixDay)
        {
            _prefixDay = day;
            var date = IsoTimestamp.Format(day * LocalClock.DayMs);
            Encoding.ASCII.GetBytes(date.AsSpan(0, 11), _datePrefix);
        }

        _output.Write(_datePrefix);
        var msOfDay = unixMs - (day * LocalClock.DayMs);
        var seconds = msOfDay / 1000;
        var millis = msOfDay % 1000;
        var text = _output.Reserve(13);
        TwoDigits(text, 0, seconds / 3600);
        text[2] = (byte)':';
        TwoDigits(text, 3, seconds / 60 % 60);
        text[5] = (byte)':';
        TwoDigits(text, 6, seconds % 60);
        var length = 8;
        if (millis != 0)
        {
            text[8] = (byte)'.';
            text[9] = (byte)('0' + (millis / 100));
            text[10] = (byte)('0' + (millis / 10 % 10));
            text[11] = (byte)('0' + (millis % 10));
            length = 12;
        }

        text[length] = (byte)'Z';
        _output.Advance(length + 1);
    }

    private static void TwoDigits(Span<byte> text, int at, long value)
    {
        text[at] = (byte)('0' + (value / 10));
        text[at + 1] = (byte)('0' + (value % 10));
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
