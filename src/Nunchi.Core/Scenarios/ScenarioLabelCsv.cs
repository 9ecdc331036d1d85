using System.Diagnostics.CodeAnalysis;

namespace Nunchi.Core.Scenarios;

/// <summary>
/// Reads and writes labels files: CSV with the header <c>kind,machine,field,start,end</c>, one label per line, times in
/// ISO 8601 UTC and <c>end</c> inclusive (see <see cref="ScenarioLabel"/> for the vocabulary).
/// </summary>
public static class ScenarioLabelCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "kind,machine,field,start,end";

    /// <summary>Writes the header and one line per label.</summary>
    public static void Write(TextWriter writer, IEnumerable<ScenarioLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(labels);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var label in labels)
        {
            writer.Write(ScenarioLabelKinds.ToText(label.Kind));
            writer.Write(',');
            writer.Write(label.Group);
            writer.Write(',');
            writer.Write(label.Field);
            writer.Write(',');
            writer.Write(IsoTimestamp.Format(label.StartMs));
            writer.Write(',');
            writer.Write(IsoTimestamp.Format(label.EndMs));
            writer.Write('\n');
        }
    }

    /// <summary>Reads a labels file; on failure says which line is wrong and why.</summary>
    public static bool TryRead(
        TextReader reader,
        [NotNullWhen(true)] out IReadOnlyList<ScenarioLabel>? labels,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(reader);
        labels = null;
        var header = reader.ReadLine();
        if (!string.Equals(header?.Trim(), Header, StringComparison.Ordinal))
        {
            error = $"line 1: expected the header '{Header}'";
            return false;
        }

        var read = new List<ScenarioLabel>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length != 5)
            {
                error = $"line {lineNumber}: expected 5 columns, found {cells.Length}";
                return false;
            }

            if (!ScenarioLabelKinds.TryParse(cells[0], out var kind))
            {
                error = $"line {lineNumber}: unknown kind '{cells[0]}'";
                return false;
            }

            if (!IsoTimestamp.TryParse(cells[3], out var start) || !IsoTimestamp.TryParse(cells[4], out var end))
            {
                error = $"line {lineNumber}: start and end must be ISO 8601 times";
                return false;
            }

            if (end < start)
            {
                error = $"line {lineNumber}: end is before start";
                return false;
            }

            read.Add(new ScenarioLabel(kind, cells[1], cells[2], start, end));
        }

        labels = read;
        error = null;
        return true;
    }
}
