using System.Text;

namespace Nunchi.Core.Scenarios;

/// <summary>
/// Writes a scenario's rows as InfluxDB line protocol, one line per row:
/// <c>machine,line=1,machine=press-1,site=plant-a temperature=61.3,vibration=0.82,pressure=152.31,power=41.2,output=31i 1790000000000000000</c>.
/// </summary>
/// <remarks>
/// Tags in key order, fields in the group's order at each field's resolution (integers with the <c>i</c> suffix),
/// nanosecond timestamps. Line prefixes are encoded once; a row costs no allocations. Call <see cref="Flush"/> at the end.
/// </remarks>
public sealed class LineProtocolWriter : IScenarioSink
{
    private readonly Utf8Output _output;
    private readonly byte[][] _prefixes;
    private readonly byte[][][] _fieldKeys;
    private readonly int[][] _decimals;
    private readonly bool[][] _integers;

    /// <summary>Creates a writer for <paramref name="scenario"/>'s groups onto <paramref name="output"/> (not closed by the writer).</summary>
    public LineProtocolWriter(IScenario scenario, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(output);
        _output = new Utf8Output(output);
        var groups = scenario.Groups;
        _prefixes = new byte[groups.Count][];
        _fieldKeys = new byte[groups.Count][][];
        _decimals = new int[groups.Count][];
        _integers = new bool[groups.Count][];
        foreach (var group in groups)
        {
            var prefix = new StringBuilder(Escape(scenario.Measurement, measurement: true));
            foreach (var tag in group.Tags)
            {
                prefix.Append(',').Append(Escape(tag.Key)).Append('=').Append(Escape(tag.Value));
            }

            _prefixes[group.Index] = Encoding.UTF8.GetBytes(prefix.Append(' ').ToString());
            var count = group.Series.Count;
            _fieldKeys[group.Index] = new byte[count][];
            _decimals[group.Index] = new int[count];
            _integers[group.Index] = new bool[count];
            for (var f = 0; f < count; f++)
            {
                var field = group.Series[f].Field;
                _fieldKeys[group.Index][f] = Encoding.UTF8.GetBytes((f == 0 ? string.Empty : ",") + Escape(field.Field) + "=");
                _decimals[group.Index][f] = field.Decimals;
                _integers[group.Index][f] = field.IsInteger;
            }
        }
    }

    /// <summary>Lines written.</summary>
    public long Rows { get; private set; }

    /// <summary>Field values written.</summary>
    public long Values { get; private set; }

    /// <summary>Bytes written (including those not flushed yet).</summary>
    public long Bytes => _output.BytesWritten;

    /// <inheritdoc/>
    public void OnRow(ScenarioRow row)
    {
        var g = row.Group.Index;
        var keys = _fieldKeys[g];
        var decimals = _decimals[g];
        var integers = _integers[g];
        var values = row.Values;
        _output.Write(_prefixes[g]);
        for (var f = 0; f < values.Length; f++)
        {
            _output.Write(keys[f]);
            if (integers[f])
            {
                _output.WriteInt64((long)values[f]);
                _output.Write((byte)'i');
            }
            else
            {
                _output.WriteFixed(values[f], decimals[f]);
            }
        }

        _output.Write((byte)' ');
        _output.WriteInt64(row.TimestampMs * 1_000_000);
        _output.Write((byte)'\n');
        Rows++;
        Values += values.Length;
    }

    /// <inheritdoc/>
    public void OnTimestampEnd(long timestampMs)
    {
    }

    /// <summary>Writes what is buffered and flushes the stream.</summary>
    public void Flush() => _output.Flush();

    // Line protocol escaping: commas and spaces everywhere, equals signs in tag keys, tag values and field keys.
    private static string Escape(string text, bool measurement = false)
    {
        var escaped = text.Replace(",", "\\,", StringComparison.Ordinal).Replace(" ", "\\ ", StringComparison.Ordinal);
        return measurement ? escaped : escaped.Replace("=", "\\=", StringComparison.Ordinal);
    }
}
